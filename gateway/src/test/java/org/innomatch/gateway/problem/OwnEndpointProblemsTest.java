package org.innomatch.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The gateway's own endpoints refuse bad input as the services do: problem+json naming the offending field, with
 * the call's request id; never a bare status.
 */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class OwnEndpointProblemsTest {

    private static final String API_KEYS = "/api/v1/admin/api-keys";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void malformedJsonIs400Problem() {
        problem(asAdmin("bad-json-1").contentType("application/json").body("{\"name\": \"portal\",")
                .when().post(API_KEYS), 400, "bad-json-1")
                .body("type", equalTo("https://innomatch.org/problems/malformed-body"))
                .body("title", equalTo("Malformed request body"))
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIs400NamingTheField() {
        problem(asAdmin("bad-json-2").contentType("application/json").body("{\"name\": {\"first\": \"portal\"}}")
                .when().post(API_KEYS), 400, "bad-json-2")
                .body("type", equalTo("https://innomatch.org/problems/malformed-body"))
                .body("errors.field", contains("name"));
    }

    @Test
    void aMissingBodyIs400WithAMessage() {
        problem(asAdmin("no-body-1").contentType("application/json").when().post(API_KEYS), 400, "no-body-1")
                .body("detail", containsString("Missing body"))
                .body("errors.field", contains("name"));
    }

    @Test
    void anUnsupportedContentTypeIs415Problem() {
        problem(asAdmin("text-1").contentType("text/plain").body("name=portal").when().post(API_KEYS), 415,
                "text-1")
                .body("title", equalTo("Unsupported Media Type"));
    }

    @Test
    void aMethodTheEndpointDoesNotHaveIs405Problem() {
        problem(asAdmin("put-1").contentType("application/json").body("{\"name\":\"portal\"}").when().put(API_KEYS),
                405, "put-1")
                .body("title", equalTo("Method Not Allowed"))
                .body("detail", containsString("PUT"));
    }

    @Test
    void anAcceptHeaderTheEndpointCannotSatisfyIs406Problem() {
        problem(given().header("X-Request-Id", "xml-1").accept("text/xml").when().get("/api/v1/status"), 406,
                "xml-1")
                .body("title", equalTo("Not Acceptable"));
    }

    @Test
    void invalidNameAndPartnerIdAre422NamingBoth() {
        String tooLong = "n".repeat(121);
        problem(asAdmin("invalid-1").contentType("application/json")
                .body("{\"name\":\"" + tooLong + "\",\"partnerId\":\"Embassy PL\"}").when().post(API_KEYS), 422,
                "invalid-1")
                .body("type", equalTo("https://innomatch.org/problems/validation"))
                .body("title", equalTo("Validation failed"))
                .body("detail", equalTo("2 invalid fields"))
                .body("errors.field", contains("name", "partnerId"))
                .body("errors[0].message", equalTo("must be 1–120 characters"))
                .body("errors[0].rejectedValue", containsString("nnnn"))
                .body("errors[1].rejectedValue", equalTo("Embassy PL"));
        problem(asAdmin("invalid-2").contentType("application/json").body("{\"partnerId\":\"embassy-pl\"}")
                .when().post(API_KEYS), 422, "invalid-2")
                .body("errors.field", contains("name"))
                .body("errors[0].rejectedValue", nullValue());
    }

    @Test
    void devTokenQueryParametersAre400NamingEachParameter() {
        problem(asAdmin("dev-1").queryParam("subject", "not-a-uuid").when().post("/api/v1/dev/tokens"), 400,
                "dev-1")
                .body("type", equalTo("https://innomatch.org/problems/validation"))
                .body("errors.field", contains("subject"))
                .body("errors[0].rejectedValue", equalTo("not-a-uuid"));
        problem(asAdmin("dev-2").queryParam("role", "owner").queryParam("subject", UUID.randomUUID().toString())
                .queryParam("lifetime", "forever").when().post("/api/v1/dev/tokens"), 400, "dev-2")
                .body("errors.field", contains("role", "lifetime"))
                .body("errors[0].allowed", contains("participant", "admin"));
        problem(asAdmin("dev-3").when().post("/api/v1/dev/tokens"), 400, "dev-3")
                .body("errors.field", contains("subject"));
    }

    @Test
    void aPathNobodyHasIs404ProblemInTheGatewaysWords() {
        problem(asAdmin("nowhere-1").when().get("/api/v1/nowhere"), 404, "nowhere-1")
                .body("type", equalTo("https://innomatch.org/problems/not-found"))
                .body("detail", equalTo("No public API resource at /api/v1/nowhere"))
                .body("instance", equalTo("/api/v1/nowhere"));
        problem(asAdmin("nowhere-2").when().delete(API_KEYS + "/abc/def"), 404, "nowhere-2")
                .body("detail", equalTo("No public API resource at /api/v1/admin/api-keys/abc/def"));
    }

    private static RequestSpecification asAdmin(String requestId) {
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY).header("X-Request-Id", requestId);
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status,
            String requestId) {
        return response.then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .header("X-Request-Id", requestId)
                .body("status", equalTo(status))
                .body("requestId", equalTo(requestId));
    }
}
