package org.innomatch.project.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.projects.ProjectClosed;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class ProjectLifecycleTest {

    @Inject
    ProjectDeadlineJob deadlineJob;

    @Test
    void draftIsPublishedThenClosed() {
        String id = ProjectApi.create(Profiles.shared());

        given().header("If-Match", "\"0\"").when().post("/projects/" + id + "/publish").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("PUBLISHED"));
        given().header("If-Match", "\"1\"").when().post("/projects/" + id + "/close").then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("MANUAL"))
                .body("closedAt", notNullValue());

        List<TopicReader.Read> records = TopicReader.awaitKey(Topics.PROJECTS, id, 4);
        assertEquals(List.of(EventType.PROJECT_UPSERTED.type(), EventType.PROJECT_UPSERTED.type(),
                EventType.PROJECT_CLOSED.type(), EventType.PROJECT_UPSERTED.type()),
                records.stream().map(r -> r.header("ce_type")).toList());
        assertEquals("PUBLISHED", ((ProjectUpserted) records.get(1).envelope().data()).status());
        ProjectClosed closed = (ProjectClosed) records.get(2).envelope().data();
        assertEquals("MANUAL", closed.reason());
        ProjectUpserted last = (ProjectUpserted) records.get(3).envelope().data();
        assertEquals("CLOSED", last.status());
        assertEquals(2, last.version());
    }

    @Test
    void aDraftCanBeClosedWithoutBeingPublished() {
        String id = ProjectApi.create(Profiles.shared());
        ProjectApi.close(id);
        given().when().get("/projects/" + id).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void aPublishedProjectCannotBePublishedAgain() {
        String id = ProjectApi.create(Profiles.shared());
        ProjectApi.publish(id);
        given().when().post("/projects/" + id + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("PUBLISHED"));
    }

    @ParameterizedTest(name = "{0} a CLOSED project is refused")
    @ValueSource(strings = {"publish", "close", "put", "patch"})
    void aClosedProjectRefusesEveryChange(String action) {
        String id = ProjectApi.create(Profiles.shared());
        ProjectApi.close(id);
        String etag = ProjectApi.etag(id);
        var response = switch (action) {
            case "publish" -> given().when().post("/projects/" + id + "/publish");
            case "close" -> given().when().post("/projects/" + id + "/close");
            case "put" -> given().header("If-Match", etag).contentType(ContentType.JSON)
                    .body(ProjectApi.body(Profiles.shared())).when().put("/projects/" + id);
            default -> given().header("If-Match", etag).contentType("application/merge-patch+json")
                    .body("{\"trl\": 9}").when().patch("/projects/" + id);
        };
        response.then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CLOSED"));
        given().when().get("/projects/" + id).then().header("ETag", equalTo(etag));
    }

    @Test
    void aStaleIfMatchOnALifecycleActionIs412() {
        String id = ProjectApi.create(Profiles.shared());
        given().header("If-Match", "\"4\"").when().post("/projects/" + id + "/publish").then().statusCode(412);
        given().when().get("/projects/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void editingAPublishedProjectKeepsItPublished() {
        String id = ProjectApi.create(Profiles.shared());
        ProjectApi.publish(id);
        given().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"trl\": 7}")
                .when().patch("/projects/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("trl", equalTo(7));
    }

    @Test
    void theDeadlineJobClosesPublishedProjectsPastTheirDeadline() throws Exception {
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = ProjectApi.body(Profiles.shared());
        body.put("deadline", soon.toString());
        String due = ProjectApi.create(body).getString("id");
        ProjectApi.publish(due);
        String draft = ProjectApi.create(body).getString("id");
        Map<String, Object> later = ProjectApi.body(Profiles.shared());
        later.put("deadline", OffsetDateTime.now().plusDays(30).toString());
        String notYet = ProjectApi.create(later).getString("id");
        ProjectApi.publish(notYet);

        while (!OffsetDateTime.now().isAfter(soon)) {
            Thread.sleep(100);
        }
        // The scheduled run may get there first; either way the project ends up closed exactly once.
        deadlineJob.closeProjectsPastDeadline();

        given().when().get("/projects/" + due).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("DEADLINE_PASSED"));
        given().when().get("/projects/" + draft).then().body("status", equalTo("DRAFT"));
        given().when().get("/projects/" + notYet).then().body("status", equalTo("PUBLISHED"));
        // A draft whose deadline passed cannot be published any more.
        given().when().post("/projects/" + draft + "/publish").then().statusCode(409)
                .body("detail", containsString("deadline"));

        List<TopicReader.Read> records = TopicReader.awaitKey(Topics.PROJECTS, due, 4);
        TopicReader.Read closedRecord = records.get(2);
        assertEquals(EventType.PROJECT_CLOSED.type(), closedRecord.header("ce_type"));
        assertEquals("DEADLINE_PASSED", ((ProjectClosed) closedRecord.envelope().data()).reason());
        ProjectUpserted last = (ProjectUpserted) records.get(3).envelope().data();
        assertEquals("CLOSED", last.status());
        assertEquals(2, last.version());
        assertEquals(4, records.size(), "nothing more was published for it");

        // Running the job again does not touch a closed project.
        deadlineJob.closeProjectsPastDeadline();
        given().when().get("/projects/" + due).then().body("version", equalTo(2));
    }
}
