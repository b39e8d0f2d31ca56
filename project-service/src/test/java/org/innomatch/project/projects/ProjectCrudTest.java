package org.innomatch.project.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.projects.ProjectDeleted;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class ProjectCrudTest {

    @Test
    void createsADraftWithLocationAndETagAndPublishesItsState() {
        UUID owner = Profiles.shared();
        Map<String, Object> body = ProjectApi.body(owner);
        body.put("deadline", "2031-03-31T23:59:59+03:00");
        body.put("keywords", List.of(" imaging ", "Imaging", "oncology"));

        Response created = given().contentType(ContentType.JSON).body(body).when().post("/projects");
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo(body.get("title")))
                .body("ownerProfileId", equalTo(owner.toString()))
                .body("sectors", contains("HEALTH.MEDTECH", "MATERIALS"))
                .body("keywords", contains("imaging", "oncology"))
                .body("fundingSought.currency", equalTo("EUR"))
                .body("deadline", equalTo("2031-03-31T23:59:59+03:00"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .body("$", hasKey("ownerPartnerId"))
                .body("ownerPartnerId", nullValue());
        String id = created.path("id");
        created.then().header("Location", endsWith("/projects/" + id));

        given().when().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("deadline", equalTo("2031-03-31T23:59:59+03:00"))
                .body("fundingSought.amount", equalTo(1200000.50f));

        TopicReader.Read record = TopicReader.awaitKey(Topics.PROJECTS, id, 1).get(0);
        assertEquals(EventType.PROJECT_UPSERTED.type(), record.header("ce_type"));
        assertEquals("/project-service", record.header("ce_source"));
        assertEquals(id, record.header("ce_subject"));
        ProjectUpserted state = (ProjectUpserted) record.envelope().data();
        assertEquals("DRAFT", state.status());
        assertEquals(0, state.version());
        assertEquals(OffsetDateTime.parse("2031-03-31T23:59:59+03:00"), state.deadline());
        assertEquals(0, new BigDecimal("1200000.50").compareTo(state.fundingSought().amount()));
        assertEquals(List.of("HEALTH.MEDTECH", "MATERIALS"), state.sectors());
    }

    @Test
    void unknownIdsAre404Problems() {
        String missing = UUID.randomUUID().toString();
        given().when().get("/projects/" + missing).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(missing));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ProjectApi.body(Profiles.shared()))
                .when().put("/projects/" + missing).then().statusCode(404);
        given().when().delete("/projects/" + missing).then().statusCode(404);
        given().when().post("/projects/" + missing + "/publish").then().statusCode(404);
        given().when().post("/projects/" + missing + "/close").then().statusCode(404);
        given().when().get("/projects/not-a-uuid").then().statusCode(404);
    }

    @Test
    void putReplacesTheEditableFieldsUnderIfMatch() {
        String id = ProjectApi.create(Profiles.shared());
        Map<String, Object> changed = ProjectApi.body(Profiles.shared());
        changed.put("title", "Quantum-dot imaging, phase II");
        changed.put("trl", 6);
        changed.remove("fundingSought");
        changed.put("status", "PUBLISHED");

        given().contentType(ContentType.JSON).body(changed).when().put("/projects/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(changed).when().put("/projects/" + id)
                .then().statusCode(412).contentType("application/problem+json");

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(changed).when().put("/projects/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Quantum-dot imaging, phase II"))
                .body("trl", equalTo(6))
                .body("fundingSought", nullValue())
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1));

        // The ETag just used is stale now.
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(changed).when().put("/projects/" + id)
                .then().statusCode(412);

        List<TopicReader.Read> records = TopicReader.awaitKey(Topics.PROJECTS, id, 2);
        ProjectUpserted latest = (ProjectUpserted) records.get(records.size() - 1).envelope().data();
        assertEquals(1, latest.version());
        assertEquals("Quantum-dot imaging, phase II", latest.title());
        assertNull(latest.fundingSought());
    }

    @Test
    void patchMergesIntoTheStoredProject() {
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("deadline", "2031-01-01T00:00:00Z");
        String id = ProjectApi.create(body).getString("id");

        given().contentType("application/merge-patch+json").body("{\"trl\": 8, \"deadline\": null}")
                .when().patch("/projects/" + id).then().statusCode(428);

        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"trl\": 8, \"deadline\": null, \"fundingSought\": {\"amount\": 5000}}")
                .when().patch("/projects/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("trl", equalTo(8))
                .body("deadline", nullValue())
                .body("fundingSought.amount", equalTo(5000.0f))
                .body("fundingSought.currency", equalTo("EUR"))
                .body("title", equalTo(body.get("title")));

        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"sectors\": [\"AI\"]}")
                .when().patch("/projects/" + id)
                .then().statusCode(200).body("sectors", contains("AI"));
    }

    @Test
    void patchResultsAreValidatedLikeAPut() {
        String id = ProjectApi.create(Profiles.shared());
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"title\": null, \"trl\": 12}")
                .when().patch("/projects/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("title", "trl"));
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"trl\": \"six\"}")
                .when().patch("/projects/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("trl"));
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"sectors\": [\"AI\", \"SPACE\"]}")
                .when().patch("/projects/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("sectors[1]"));
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("[1, 2]")
                .when().patch("/projects/" + id)
                .then().statusCode(400);
        given().when().get("/projects/" + id).then().body("version", equalTo(0));
    }

    @Test
    void deleteRemovesTheProjectAndPublishesATombstone() {
        String id = ProjectApi.create(Profiles.shared());
        given().header("If-Match", "\"3\"").when().delete("/projects/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete("/projects/" + id).then().statusCode(204);
        given().when().get("/projects/" + id).then().statusCode(404);
        given().when().delete("/projects/" + id).then().statusCode(404);

        List<TopicReader.Read> records = TopicReader.awaitKey(Topics.PROJECTS, id, 2);
        TopicReader.Read tombstone = records.get(records.size() - 1);
        assertNull(tombstone.value(), "a tombstone has no value");
        assertEquals(EventType.PROJECT_DELETED.type(), tombstone.header("ce_type"));
        assertEquals(UUID.fromString(id), ((ProjectDeleted) tombstone.envelope().data()).id());
    }

    @Test
    void listedEntityTagsMatchButIfMatchComparesStrongly() {
        String id = ProjectApi.create(Profiles.shared());
        // RFC 9110 §13.1.1: a weak tag never satisfies If-Match.
        given().header("If-Match", "W/\"0\"").contentType("application/merge-patch+json").body("{\"trl\": 3}")
                .when().patch("/projects/" + id).then().statusCode(412);
        given().header("If-Match", "\"5\", \"0\"").contentType("application/merge-patch+json").body("{\"trl\": 3}")
                .when().patch("/projects/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        String id = ProjectApi.create(Profiles.shared());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int trl = i + 1;
                statuses.add(pool.submit(() -> given().header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json").body("{\"trl\": " + trl + "}")
                        .when().patch("/projects/" + id).then().extract().statusCode()));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter(s -> s == 200).count(), "one winner: " + results);
            assertEquals(5, results.stream().filter(s -> s == 412).count(), "the others are stale: " + results);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/projects/" + id).then().body("version", equalTo(1));
        assertEquals(2, TopicReader.awaitKey(Topics.PROJECTS, id, 2).size(), "one event per accepted write");
    }
}
