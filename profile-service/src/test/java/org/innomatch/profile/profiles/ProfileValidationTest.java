package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.innomatch.profile.profiles.ProfileRequests.post;
import static org.innomatch.profile.profiles.ProfileRequests.valid;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class ProfileValidationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    static Stream<Arguments> constraintBreaks() {
        return Stream.of(
                breaks("name", b -> b.remove("name")),
                breaks("name", b -> b.put("name", "   ")),
                breaks("name", b -> b.put("name", "x".repeat(201))),
                breaks("kind", b -> b.remove("kind")),
                breaks("organization", b -> b.put("organization", "x".repeat(201))),
                breaks("country", b -> b.put("country", "")),
                breaks("sectors", b -> b.remove("sectors")),
                breaks("sectors", b -> b.put("sectors", List.of())),
                breaks("sectors", b -> b.put("sectors", Collections.nCopies(21, "AI"))),
                breaks("sectors[1]", b -> b.put("sectors", List.of("AI", " "))),
                breaks("offers", b -> b.put("offers", "x".repeat(4001))),
                breaks("needs", b -> b.put("needs", "x".repeat(4001))),
                breaks("keywords", b -> b.put("keywords", Collections.nCopies(21, "kw"))),
                breaks("keywords[1]", b -> b.put("keywords", List.of("fine", "x".repeat(61)))),
                breaks("cooperationTypes", b -> b.put("cooperationTypes", Collections.nCopies(21, "LICENSING"))),
                breaks("languages[0]", b -> b.put("languages", List.of(""))),
                breaks("contact.email", b -> b.put("contact", Map.of("email", "not-an-email"))),
                breaks("contact.email", b -> b.put("contact", Map.of("email", "anna@localhost"))),
                breaks("contact.phone", b -> b.put("contact", Map.of("phone", "call me"))),
                breaks("contact.website", b -> b.put("contact", Map.of("website", "ftp://example.pl"))));
    }

    private static Arguments breaks(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraintBreaks")
    void eachBrokenConstraintIsABadRequestNamingTheField(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = valid("Constraint check");
        change.accept(body);
        post(body).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://innomatch.org/problems/validation"))
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", notNullValue());
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                Arguments.of("kind", (Consumer<Map<String, Object>>) b -> b.put("kind", "ROBOT"), "ROBOT", "DIPLOMAT"),
                Arguments.of("country", (Consumer<Map<String, Object>>) b -> b.put("country", "XX"), "XX", "PL"),
                Arguments.of("country", (Consumer<Map<String, Object>>) b -> b.put("country", "POL"), "POL", "CN"),
                Arguments.of("sectors[1]", (Consumer<Map<String, Object>>) b -> b.put("sectors", List.of("HEALTH", "HEALTH.SPACE")),
                        "HEALTH.SPACE", "HEALTH.MEDTECH"),
                Arguments.of("sectors[0]", (Consumer<Map<String, Object>>) b -> b.put("sectors", List.of("SPACE")), "SPACE", "AEROSPACE"),
                Arguments.of("cooperationTypes[1]", (Consumer<Map<String, Object>>) b -> b.put("cooperationTypes",
                        List.of("JOINT_RESEARCH", "BARTER")), "BARTER", "LICENSING"),
                Arguments.of("languages[1]", (Consumer<Map<String, Object>>) b -> b.put("languages", List.of("pl", "xx")), "xx", "de"),
                Arguments.of("visibility", (Consumer<Map<String, Object>>) b -> b.put("visibility", "SECRET"), "SECRET", "HIDDEN"));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("unknownCodes")
    void eachUnknownCodeIsUnprocessableAndListsTheAllowedOnes(String field, Consumer<Map<String, Object>> change,
                                                             String rejected, String oneAllowed) {
        Map<String, Object> body = valid("Code check");
        change.accept(body);
        post(body).then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://innomatch.org/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rejectedValue", equalTo(rejected))
                .body("errors[0].allowed", hasItem(oneAllowed));
    }

    @Test
    void everyBrokenConstraintIsReportedAtOnce() {
        Map<String, Object> body = valid("x".repeat(300));
        body.remove("kind");
        body.put("keywords", List.of("ok", ""));
        body.put("contact", Map.of("email", "nope", "website", "example.pl"));
        post(body).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("name", "kind", "keywords[1]", "contact.email", "contact.website"));
    }

    @Test
    void everyUnknownCodeIsReportedAtOnce() {
        Map<String, Object> body = valid("Many unknown codes");
        body.put("kind", "ALIEN");
        body.put("country", "ZZ");
        body.put("sectors", List.of("AI.NLP", "HEALTH.UNKNOWN", "FOOD"));
        body.put("cooperationTypes", List.of("BARTER"));
        body.put("languages", List.of("klingon", "EN"));
        body.put("visibility", "EVERYONE");
        post(body).then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("kind", "country", "sectors[1]", "sectors[2]",
                        "cooperationTypes[0]", "languages[0]", "visibility"))
                .body("errors.allowed", everyItem(notNullValue()))
                .body("errors.find { it.field == 'sectors[2]' }.allowed", hasItems("HEALTH", "AI.NLP", "AGRIFOOD.FOOD_TECH"));
    }

    @Test
    void codesAreAcceptedInAnyCase() {
        Map<String, Object> body = valid("Lower-case codes");
        body.put("kind", "startup");
        body.put("country", "de");
        body.put("sectors", List.of("ai.nlp"));
        body.put("cooperationTypes", List.of("licensing"));
        body.put("languages", List.of("DE"));
        body.put("visibility", "hidden");
        post(body).then().statusCode(201)
                .body("kind", equalTo("STARTUP"))
                .body("country", equalTo("DE"))
                .body("sectors", equalTo(List.of("AI.NLP")))
                .body("cooperationTypes", equalTo(List.of("LICENSING")))
                .body("languages", equalTo(List.of("de")))
                .body("visibility", equalTo("HIDDEN"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsABadRequestNamingTheField() {
        Map<String, Object> body = valid("Wrong type");
        body.put("sectors", "HEALTH");
        post(body).then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("sectors"));

        Map<String, Object> nested = valid("Wrong nested type");
        nested.put("contact", List.of("anna@example.pl"));
        post(nested).then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("contact"));
    }

    @Test
    void aNulCharacterInTextIsABadRequestNamingTheField() {
        // PostgreSQL cannot store U+0000 in text; without this check the insert failed with a 500.
        Map<String, Object> body = valid("Nul \u0000 inside");
        post(body).then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("name"));

        Map<String, Object> nested = valid("Nul in a list");
        nested.put("keywords", List.of("ok", "bad\u0000"));
        post(nested).then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("keywords[1]"));
    }

    @Test
    void malformedJsonAndAMissingBodyAreBadRequests() {
        given().contentType(ContentType.JSON).body("{\"name\": \"unterminated").when().post("/profiles").then()
                .statusCode(400).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).when().post("/profiles").then()
                .statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsRefused() {
        Map<String, Object> body = valid("Too large");
        body.put("offers", "x".repeat(70 * 1024));
        post(body).then().statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413));
    }

    @Test
    void badQueryParametersAreNamed() {
        given().queryParam("sector", "SPACE").when().get("/profiles").then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("sector"))
                .body("errors[0].rejectedValue", equalTo("SPACE"))
                .body("errors[0].allowed", hasItems("HEALTH", "HEALTH.MEDTECH"));
        for (String limit : List.of("0", "101", "ten")) {
            given().queryParam("limit", limit).when().get("/profiles").then()
                    .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", equalTo(List.of("limit")));
        }
        given().queryParam("cursor", "not a cursor").when().get("/profiles").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", equalTo(List.of("cursor")));
        given().queryParam("country", "XX").queryParam("kind", "ROBOT").queryParam("language", "xx")
                .queryParam("cooperationType", "BARTER").when().get("/profiles").then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("country", "kind", "language", "cooperationType"));
    }

    @Test
    void aCursorOnlyContinuesTheKindOfQueryItCameFrom() {
        for (int i = 0; i < 2; i++) {
            ProfileRequests.create(valid("Cursor kind " + i));
        }
        String plainCursor = given().queryParam("limit", 1).when().get("/profiles").then()
                .statusCode(200).extract().path("nextCursor");
        given().queryParam("q", "cursor").queryParam("cursor", plainCursor).when().get("/profiles").then()
                .statusCode(400).body("errors.field", equalTo(List.of("cursor")));
    }
}
