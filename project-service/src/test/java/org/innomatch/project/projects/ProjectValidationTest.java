package org.innomatch.project.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class ProjectValidationTest {

    private static final List<String> SECTORS = List.of("HEALTH", "AI", "MANUFACTURING", "FINTECH", "ENERGY",
            "AGRIFOOD", "MOBILITY", "ICT", "MATERIALS", "ENVIRONMENT", "AEROSPACE", "EDUCATION");
    private static final List<String> COOPERATION_TYPES = List.of("JOINT_RESEARCH", "TECHNOLOGY_TRANSFER",
            "LICENSING", "INVESTMENT", "JOINT_VENTURE", "MARKET_ACCESS", "PILOT_CUSTOMER", "TALENT_EXCHANGE");

    /** Shape and length rules: Bean Validation, 400 naming the field. */
    static Stream<Arguments> malformedFields() {
        return Stream.of(
                bad("title", b -> b.put("title", " ")),
                bad("title", b -> b.remove("title")),
                bad("title", b -> b.put("title", "x".repeat(201))),
                bad("summary", b -> b.put("summary", "")),
                bad("summary", b -> b.put("summary", "x".repeat(4001))),
                bad("ownerProfileId", b -> b.remove("ownerProfileId")),
                bad("ownerProfileId", b -> b.put("ownerProfileId", "not-a-uuid")),
                bad("country", b -> b.remove("country")),
                bad("sectors", b -> b.put("sectors", List.of())),
                bad("sectors", b -> b.put("sectors", Collections.nCopies(11, "AI"))),
                bad("sectors[1]", b -> b.put("sectors", List.of("AI", ""))),
                bad("trl", b -> b.put("trl", 0)),
                bad("trl", b -> b.put("trl", 10)),
                bad("trl", b -> b.put("trl", "six")),
                bad("cooperationTypes", b -> b.put("cooperationTypes", Collections.nCopies(9, "LICENSING"))),
                bad("keywords", b -> b.put("keywords", Collections.nCopies(21, "k"))),
                bad("keywords[2]", b -> b.put("keywords", List.of("a", "b", "x".repeat(61)))),
                bad("fundingSought.amount", b -> b.put("fundingSought", Map.of("amount", 0, "currency", "EUR"))),
                bad("fundingSought.amount", b -> b.put("fundingSought", Map.of("amount", -5, "currency", "EUR"))),
                bad("fundingSought.amount", b -> b.put("fundingSought", Map.of("amount", 10.001, "currency", "EUR"))),
                bad("fundingSought.amount", b -> b.put("fundingSought", Map.of("currency", "EUR"))),
                bad("fundingSought.currency", b -> b.put("fundingSought", Map.of("amount", 10))),
                bad("deadline", b -> b.put("deadline", "next tuesday")));
    }

    /** Codes, the owner and the deadline: 422 naming the field, listing the allowed codes. */
    static Stream<Arguments> unprocessableFields() {
        return Stream.of(
                unprocessable("country", null, b -> b.put("country", "XX")),
                unprocessable("country", null, b -> b.put("country", "pl")),
                unprocessable("country", null, b -> b.put("country", "CHN")),
                unprocessable("sectors[1]", SECTORS, b -> b.put("sectors", List.of("AI", "BIOTECH"))),
                unprocessable("sectors[0]", SECTORS, b -> b.put("sectors", List.of("SPACE.SATELLITES"))),
                unprocessable("sectors[0]", SECTORS, b -> b.put("sectors", List.of("HEALTH."))),
                unprocessable("sectors[0]", SECTORS, b -> b.put("sectors", List.of("health"))),
                unprocessable("cooperationTypes[0]", COOPERATION_TYPES, b -> b.put("cooperationTypes", List.of("FRIENDSHIP"))),
                unprocessable("fundingSought.currency", null, b -> b.put("fundingSought", Map.of("amount", 10, "currency", "EURO"))),
                unprocessable("deadline", null, b -> b.put("deadline", OffsetDateTime.now().minusMinutes(1).toString())),
                unprocessable("ownerProfileId", null, b -> b.put("ownerProfileId", "0d3c7b0e-8a5a-4d61-9f1e-6f3b2c1d0e9a")));
    }

    @ParameterizedTest(name = "400 naming {0}")
    @MethodSource("malformedFields")
    void shapeViolationsAre400NamingTheField(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        change.accept(body);
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "422 naming {0}")
    @MethodSource("unprocessableFields")
    void ruleViolationsAre422NamingTheField(String field, List<String> allowed, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        change.accept(body);
        var response = given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        if (allowed != null) {
            response.body("errors.find { it.field == '" + field + "' }.allowed", equalTo(allowed));
        }
    }

    @Test
    void unknownCountriesAndCurrenciesListTheIsoCodes() {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("country", "XX");
        body.put("fundingSought", Map.of("amount", 10, "currency", "EURO"));
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(422)
                .body("errors.find { it.field == 'country' }.allowed", hasItems("CA", "CN", "IL", "PL"))
                .body("errors.find { it.field == 'fundingSought.currency' }.allowed", hasItems("CNY", "EUR", "USD"));
    }

    @Test
    void everyRuleViolationIsListedInOneResponse() {
        Map<String, Object> body = ProjectApi.body(java.util.UUID.randomUUID());
        body.put("country", "XX");
        body.put("sectors", List.of("AI", "BIOTECH", "HEALTH.MEDTECH", "SPACE"));
        body.put("cooperationTypes", List.of("FRIENDSHIP"));
        body.put("deadline", "2001-01-01T00:00:00Z");
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("ownerProfileId", "country", "sectors[1]", "sectors[3]",
                        "cooperationTypes[0]", "deadline"))
                .body("detail", equalTo("6 invalid fields"));
    }

    @Test
    void everyShapeViolationIsListedInOneResponse() {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("title", "");
        body.put("trl", 11);
        body.put("keywords", new ArrayList<>(List.of("ok", "x".repeat(61))));
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "trl", "keywords[1]"));
    }

    @Test
    void subCodesOfKnownSectorsAreAccepted() {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("sectors", List.of("HEALTH.DIGITAL_HEALTH", "AI.COMPUTER_VISION", "FINTECH"));
        ProjectApi.create(body);
    }

    @Test
    void aNulCharacterInTextIs400NamingTheField() {
        // PostgreSQL cannot store U+0000 in text; it used to fail the insert with a 500.
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("summary", "Cardiac \u0000 imaging");
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("summary"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"title\": ").when().post("/projects")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post("/projects")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void bodiesOverSixtyFourKibAre413() {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("summary", "x".repeat(70 * 1024));
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        // Just under the limit is read (and then refused for its length, not its size).
        body.put("summary", "x".repeat(60 * 1024));
        given().contentType(ContentType.JSON).body(body).when().post("/projects")
                .then().statusCode(400).body("errors.field", hasItem("summary"));
    }

    @Test
    void nothingIsStoredForARefusedRequest() {
        java.util.UUID owner = Profiles.known("Validation probe");
        Map<String, Object> body = ProjectApi.body(owner);
        body.put("country", "XX");
        given().contentType(ContentType.JSON).body(body).when().post("/projects").then().statusCode(422);
        given().queryParam("ownerProfileId", owner.toString()).when().get("/projects")
                .then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    private static Arguments unprocessable(String field, List<String> allowed, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, allowed, change);
    }
}
