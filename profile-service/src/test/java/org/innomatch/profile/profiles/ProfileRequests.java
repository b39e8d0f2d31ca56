package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Request bodies and calls shared by the profile tests. */
final class ProfileRequests {

    private ProfileRequests() {
    }

    /** A valid, complete profile body; change it freely, every call returns a new map. */
    static Map<String, Object> valid(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "RESEARCH_INSTITUTE");
        body.put("organization", "Łukasiewicz Research Network");
        body.put("country", "PL");
        body.put("sectors", new ArrayList<>(List.of("HEALTH.MEDTECH", "AI")));
        body.put("offers", "Ultrasound imaging prototypes");
        body.put("needs", "Manufacturing partner in China");
        body.put("keywords", new ArrayList<>(List.of("ultrasound", "imaging")));
        body.put("cooperationTypes", new ArrayList<>(List.of("JOINT_RESEARCH")));
        body.put("languages", new ArrayList<>(List.of("pl", "en")));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", "anna.kowalska@example.pl");
        contact.put("phone", "+48 22 123 45 67");
        contact.put("website", "https://example.pl");
        body.put("contact", contact);
        body.put("visibility", "PUBLIC");
        return body;
    }

    static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/profiles");
    }

    /** Creates the profile and returns its id. */
    static String create(Map<String, Object> body) {
        return post(body).then().statusCode(201).extract().path("id");
    }

    static String etagOf(String id) {
        return given().when().get("/profiles/" + id).then().statusCode(200).extract().header("ETag");
    }
}
