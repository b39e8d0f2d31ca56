package org.innomatch.project.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Project requests as a partner portal would send them. */
public final class ProjectApi {

    private ProjectApi() {
    }

    /** A valid request body; tests change single members of the (mutable) map. */
    public static Map<String, Object> body(UUID ownerProfileId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Quantum-dot imaging for early tumour detection");
        body.put("summary", "A Polish university spin-off with a contrast agent for low-dose imaging, "
                + "looking for a hospital partner in Beijing for a clinical pilot.");
        body.put("ownerProfileId", ownerProfileId.toString());
        body.put("country", "PL");
        body.put("sectors", new ArrayList<>(List.of("HEALTH.MEDTECH", "MATERIALS")));
        body.put("trl", 5);
        body.put("cooperationTypes", new ArrayList<>(List.of("JOINT_RESEARCH", "PILOT_CUSTOMER")));
        body.put("keywords", new ArrayList<>(List.of("quantum dots", "imaging", "oncology")));
        Map<String, Object> funding = new LinkedHashMap<>();
        funding.put("amount", 1200000.50);
        funding.put("currency", "EUR");
        body.put("fundingSought", funding);
        return body;
    }

    /** Creates the project, asserting 201, and returns the response body. */
    public static JsonPath create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/projects")
                .then().statusCode(201).extract().jsonPath();
    }

    public static String create(UUID ownerProfileId) {
        return create(body(ownerProfileId)).getString("id");
    }

    public static String etag(String id) {
        return given().when().get("/projects/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static JsonPath publish(String id) {
        return given().when().post("/projects/" + id + "/publish").then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath close(String id) {
        return given().when().post("/projects/" + id + "/close").then().statusCode(200).extract().jsonPath();
    }
}
