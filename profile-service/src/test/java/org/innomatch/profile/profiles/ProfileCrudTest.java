package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.innomatch.profile.profiles.ProfileRequests.create;
import static org.innomatch.profile.profiles.ProfileRequests.etagOf;
import static org.innomatch.profile.profiles.ProfileRequests.post;
import static org.innomatch.profile.profiles.ProfileRequests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.outbox.Outbox;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class ProfileCrudTest {

    @Inject
    Outbox outbox;

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void createsAProfileWithLocationAndEtagAndReadsItBack() {
        Map<String, Object> body = valid("  Dr. Anna Kowalska  ");
        body.put("country", "pl");
        body.put("languages", List.of("PL", "en", "pl"));
        body.put("sectors", List.of("health.medtech", "AI", "HEALTH.MEDTECH"));
        body.put("keywords", List.of(" ultrasound ", "Ultrasound", "imaging"));

        ExtractableResponse<Response> created = post(body).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("name", equalTo("Dr. Anna Kowalska"))
                .body("country", equalTo("PL"))
                .body("languages", contains("pl", "en"))
                .body("sectors", contains("HEALTH.MEDTECH", "AI"))
                .body("keywords", contains("ultrasound", "imaging"))
                .body("contact.email", equalTo("anna.kowalska@example.pl"))
                .body("ownerPartnerId", nullValue())
                .body("createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/profiles/" + id), created.header("Location"));
        assertEquals(created.<String>path("createdAt"), created.<String>path("updatedAt"));

        given().when().get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("kind", equalTo("RESEARCH_INSTITUTE"))
                .body("organization", equalTo("Łukasiewicz Research Network"))
                .body("cooperationTypes", contains("JOINT_RESEARCH"))
                .body("contact.phone", equalTo("+48 22 123 45 67"))
                .body("contact.website", equalTo("https://example.pl"))
                .body("visibility", equalTo("PUBLIC"))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void visibilityDefaultsToParticipantsOnly() {
        Map<String, Object> body = valid("Default visibility");
        body.remove("visibility");
        post(body).then().statusCode(201).body("visibility", equalTo("PARTICIPANTS_ONLY"));
    }

    @Test
    void aConditionalGetWithTheCurrentEtagAnswersNotModified() {
        String id = create(valid("Conditional reader"));
        given().header("If-None-Match", "\"0\"").when().get("/profiles/" + id).then()
                .statusCode(304).header("ETag", "\"0\"");
        given().header("If-None-Match", "W/\"0\"").when().get("/profiles/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"7\"").when().get("/profiles/" + id).then()
                .statusCode(200).body("id", equalTo(id));
    }

    @Test
    void putReplacesTheWholeProfileOnlyWithTheCurrentEtag() {
        String id = create(valid("Replace me"));
        Map<String, Object> replacement = valid("Replaced");
        replacement.remove("organization");
        replacement.put("sectors", List.of("ENERGY.HYDROGEN"));

        given().contentType(ContentType.JSON).body(replacement).when().put("/profiles/" + id).then()
                .statusCode(428).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://innomatch.org/problems/precondition-required"))
                .body("status", equalTo(428));
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(replacement)
                .when().put("/profiles/" + id).then()
                .statusCode(412).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://innomatch.org/problems/precondition-failed"));
        // If-Match compares strongly: a weak tag never matches.
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(replacement)
                .when().put("/profiles/" + id).then().statusCode(412);
        given().when().get("/profiles/" + id).then().body("name", equalTo("Replace me")).body("version", equalTo(0));

        ExtractableResponse<Response> replaced = given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(replacement).when().put("/profiles/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("name", equalTo("Replaced"))
                .body("organization", nullValue())
                .body("sectors", contains("ENERGY.HYDROGEN"))
                .extract();
        assertTrue(Instant.parse(replaced.path("updatedAt")).isAfter(Instant.parse(replaced.path("createdAt"))));

        // The old ETag is now stale.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replacement)
                .when().put("/profiles/" + id).then().statusCode(412);
        given().when().get("/profiles/" + id).then().header("ETag", "\"1\"").body("organization", nullValue());
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersion() {
        Map<String, Object> body = valid("Unchanged");
        String id = create(body);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/profiles/" + id).then()
                .statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
    }

    @Test
    void patchMergesFieldsRemovesNullsAndReplacesArrays() {
        String id = create(valid("Patch me"));

        String patch = """
                {"needs": "Distributors in Germany", "organization": null,
                 "contact": {"phone": null}, "keywords": ["AI"], "languages": ["DE"]}""";
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body(patch)
                .when().patch("/profiles/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("name", equalTo("Patch me"))
                .body("needs", equalTo("Distributors in Germany"))
                .body("offers", equalTo("Ultrasound imaging prototypes"))
                .body("organization", nullValue())
                .body("contact.email", equalTo("anna.kowalska@example.pl"))
                .body("contact.phone", nullValue())
                .body("contact.website", equalTo("https://example.pl"))
                .body("keywords", contains("AI"))
                .body("languages", contains("de"))
                .body("sectors", contains("HEALTH.MEDTECH", "AI"));

        // application/json is accepted as well
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"contact\": null}")
                .when().patch("/profiles/" + id).then()
                .statusCode(200).header("ETag", "\"2\"").body("$", not(hasKey("contact")));
        given().when().get("/profiles/" + id).then().body("version", equalTo(2)).body("$", not(hasKey("contact")));
    }

    @Test
    void patchNeedsTheCurrentEtag() {
        String id = create(valid("Patch guard"));
        given().contentType(MERGE_PATCH).body("{\"needs\": \"x\"}").when().patch("/profiles/" + id).then()
                .statusCode(428).contentType(PROBLEM_JSON);
        given().contentType(MERGE_PATCH).header("If-Match", "\"3\"").body("{\"needs\": \"x\"}")
                .when().patch("/profiles/" + id).then()
                .statusCode(412).contentType(PROBLEM_JSON).body("status", equalTo(412));
        given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"needs\": \"x\"}")
                .when().patch("/profiles/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aPatchedProfileIsValidatedLikeAWrittenOne() {
        String id = create(valid("Patch validation"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"name\": null, \"sectors\": []}")
                .when().patch("/profiles/" + id).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("name", "sectors"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"kind\": \"ROBOT\", \"languages\": [\"en\", \"xx\"]}")
                .when().patch("/profiles/" + id).then()
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("kind", "languages[1]"))
                .body("errors.find { it.field == 'kind' }.allowed", hasItem("DIPLOMAT"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"sectors\": \"HEALTH\"}")
                .when().patch("/profiles/" + id).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("sectors"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("[\"HEALTH\"]")
                .when().patch("/profiles/" + id).then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"name\": ")
                .when().patch("/profiles/" + id).then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType("text/plain").header("If-Match", "\"0\"").body("name=x")
                .when().patch("/profiles/" + id).then().statusCode(415).contentType(PROBLEM_JSON);
        // nothing of it was stored
        given().when().get("/profiles/" + id).then().body("version", equalTo(0)).body("name", equalTo("Patch validation"));
    }

    @Test
    void listsLeaveContactDetailsOutWhileTheSingleProfileHasThem() {
        String tag = "contactrule" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = valid("Contact rule");
        body.put("keywords", List.of(tag));
        String id = create(body);

        given().queryParam("q", tag).when().get("/profiles").then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("items[0]", not(hasKey("contact")))
                .body("items[0].name", equalTo("Contact rule"));
        given().when().get("/profiles/" + id).then().body("contact.email", equalTo("anna.kowalska@example.pl"));
    }

    @Test
    void exportsEverythingStoredAsAnAttachment() {
        String id = create(valid("Export me"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"needs\": \"Exported needs\"}")
                .when().patch("/profiles/" + id).then().statusCode(200);

        given().when().get("/profiles/" + id + "/export").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Disposition", containsString("profile-" + id + ".json"))
                .body("exportedAt", notNullValue())
                .body("profile.id", equalTo(id))
                .body("profile.contact.email", equalTo("anna.kowalska@example.pl"))
                .body("profile.needs", equalTo("Exported needs"))
                .body("profile.version", equalTo(1))
                .body("profile.createdAt", notNullValue())
                .body("events.type", contains("org.innomatch.profile.upserted.v1", "org.innomatch.profile.upserted.v1"))
                .body("events.data.version", contains(0, 1))
                .body("events[1].data.needs", equalTo("Exported needs"));
    }

    @Test
    void erasureDeletesTheProfileAndLaterReadsFindNothing() {
        String id = create(valid("Erase me"));
        given().header("If-Match", "\"4\"").when().delete("/profiles/" + id).then().statusCode(412);
        outbox.flushNow();
        assertEquals(List.of("org.innomatch.profile.upserted.v1 sent"), outboxRows(id), "sent, kept for the retention period");

        given().when().delete("/profiles/" + id).then().statusCode(204);

        // The delivered event with the personal data is gone from the outbox; only the tombstone remains.
        assertEquals(List.of("org.innomatch.profile.deleted.v1 pending"), outboxRows(id).stream()
                .map(row -> row.replace(" sent", " pending")).toList());

        given().when().get("/profiles/" + id).then()
                .statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://innomatch.org/problems/not-found"))
                .body("instance", endsWith("/profiles/" + id));
        given().when().get("/profiles/" + id + "/export").then().statusCode(404);
        given().when().delete("/profiles/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(valid("Back?"))
                .when().put("/profiles/" + id).then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static List<String> outboxRows(String profileId) {
        return QuarkusTransaction.requiringNew().call(() -> Profile.getEntityManager()
                .createNativeQuery("SELECT event_type || CASE WHEN sent_at IS NULL THEN ' pending' ELSE ' sent' END "
                        + "FROM outbox_event WHERE message_key = :key ORDER BY seq")
                .setParameter("key", profileId)
                .getResultList());
    }

    @Test
    void unknownProfilesAreProblems() {
        given().when().get("/profiles/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
        given().when().get("/profiles/not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void theEtagFollowsEveryChange() {
        String id = create(valid("Versions"));
        for (int version = 0; version < 3; version++) {
            assertEquals("\"" + version + "\"", etagOf(id));
            given().contentType(MERGE_PATCH).header("If-Match", "\"" + version + "\"")
                    .body("{\"offers\": \"offer " + version + "\"}")
                    .when().patch("/profiles/" + id).then().statusCode(200);
        }
        assertEquals("\"3\"", etagOf(id));
    }
}
