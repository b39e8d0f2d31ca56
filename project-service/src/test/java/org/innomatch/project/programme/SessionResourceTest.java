package org.innomatch.project.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.innomatch.project.programme.ProgrammeApi.as;
import static org.innomatch.project.programme.ProgrammeApi.asParticipant;
import static org.innomatch.project.programme.ProgrammeApi.create;
import static org.innomatch.project.programme.ProgrammeApi.event;
import static org.innomatch.project.programme.ProgrammeApi.panel;
import static org.innomatch.project.programme.ProgrammeApi.session;
import static org.innomatch.project.programme.ProgrammeApi.sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.SessionChanged;
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

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "innomatch_projects"))
class SessionResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void aPitchIsCreatedMovedCancelledAndDeletedAndEveryChangeIsPublishedInOrder() {
        String event = event("OPEN");
        UUID speaker = Profiles.known("Israeli wearable-ECG start-up");
        String project = ProjectApi.create(speaker);
        Map<String, Object> body = panel("10:40", "10:55", "Hall B");
        body.put("kind", "ROADSHOW_PITCH");
        body.put("title", "Roadshow: ECG models for wearable cardiac monitoring");
        body.put("capacity", 120);
        body.put("speakerProfileIds", List.of(speaker.toString()));
        body.put("projectId", project);

        String id = given().contentType(ContentType.JSON).body(body).when().post(sessions(event))
                .then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString(session(event, "")))
                .body("status", equalTo("SCHEDULED"))
                .body("startsAt", equalTo("2026-12-03T10:40:00+08:00"))
                .body("projectId", equalTo(project))
                .body("speakerProfileIds", equalTo(List.of(speaker.toString())))
                .extract().path("id");
        given().when().get(session(event, id)).then().statusCode(200).header("ETag", "\"0\"")
                .body("room", equalTo("Hall B")).body("capacity", equalTo(120));

        // Sent in UTC, shown at the venue's offset.
        given().header("If-Match", "\"0\"").contentType(MERGE_PATCH)
                .body("{\"startsAt\": \"2026-12-03T03:00:00Z\", \"endsAt\": \"2026-12-03T03:15:00Z\", "
                        + "\"room\": \"Hall C\"}")
                .when().patch(session(event, id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("startsAt", equalTo("2026-12-03T11:00:00+08:00")).body("room", equalTo("Hall C"));
        given().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"status\": \"CANCELLED\"}")
                .when().patch(session(event, id)).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().when().delete(session(event, id)).then().statusCode(204);
        given().when().get(session(event, id)).then().statusCode(404).contentType("application/problem+json");

        List<SessionChanged> changes = TopicReader.await(Topics.EVENTS, r -> event.equals(r.key())
                        && EventType.SESSION_CHANGED.type().equals(r.header("ce_type")), 4,
                java.time.Duration.ofSeconds(30)).stream()
                .map(r -> (SessionChanged) r.envelope().data()).toList();
        assertEquals(List.of("SCHEDULED", "SCHEDULED", "CANCELLED", "DELETED"),
                changes.stream().map(SessionChanged::status).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L), changes.stream().map(SessionChanged::version).toList());
        assertEquals(List.of(List.of(), List.of("startsAt", "endsAt", "room"), List.of("status"), List.of("status")),
                changes.stream().map(SessionChanged::changedFields).toList());
        SessionChanged created = changes.get(0);
        assertEquals("ROADSHOW_PITCH", created.kind());
        assertEquals(UUID.fromString(project), created.projectId());
        assertEquals(List.of(speaker), created.speakerProfileIds());
        assertEquals(Integer.valueOf(120), created.capacity());
        assertEquals("2026-12-03T11:00+08:00", changes.get(1).startsAt().toString());
        assertEquals("Hall C", changes.get(3).room());
    }

    @Test
    void badInputIs422NamingTheFieldAndStoresNothing() {
        String event = event("OPEN");
        create(event, panel("14:00", "15:00", "Hall A"));

        Map<String, Object> reversed = panel("12:00", "11:00", null);
        expect422(event, reversed, "endsAt");
        expect422(event, panel("14:30", "15:30", "hall a"), "room");
        Map<String, Object> nextDay = panel("10:00", "11:00", null);
        nextDay.put("startsAt", "2026-12-04T10:00:00+08:00");
        nextDay.put("endsAt", "2026-12-04T11:00:00+08:00");
        expect422(event, nextDay, "startsAt");
        Map<String, Object> unknownSpeaker = panel("10:00", "11:00", null);
        unknownSpeaker.put("speakerProfileIds", List.of(UUID.randomUUID().toString()));
        expect422(event, unknownSpeaker, "speakerProfileIds[0]");
        Map<String, Object> pitchWithoutProject = panel("10:00", "11:00", null);
        pitchWithoutProject.put("kind", "ROADSHOW_PITCH");
        expect422(event, pitchWithoutProject, "projectId");
        Map<String, Object> unknownProject = panel("10:00", "11:00", null);
        unknownProject.put("kind", "ROADSHOW_PITCH");
        unknownProject.put("projectId", UUID.randomUUID().toString());
        expect422(event, unknownProject, "projectId");
        Map<String, Object> panelWithProject = panel("10:00", "11:00", null);
        panelWithProject.put("projectId", UUID.randomUUID().toString());
        expect422(event, panelWithProject, "projectId");
        Map<String, Object> unknownKind = panel("10:00", "11:00", null);
        unknownKind.put("kind", "KEYNOTE");
        expect422(event, unknownKind, "kind");

        Map<String, Object> noTitle = panel("10:00", "11:00", null);
        noTitle.remove("title");
        given().contentType(ContentType.JSON).body(noTitle).when().post(sessions(event))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title"));
        given().contentType(ContentType.JSON).body("{\"kind\": \"PANEL\", \"title\": \"t\", \"startsAt\": \"soon\"}")
                .when().post(sessions(event)).then().statusCode(400).contentType("application/problem+json");

        given().when().get(sessions(event)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aMoveIntoATakenRoomIsRefusedAndChangesNothing() {
        String event = event("OPEN");
        create(event, panel("14:00", "15:00", "Hall A"));
        String other = create(event, panel("15:00", "16:00", "Hall A"));

        given().header("If-Match", "\"0\"").contentType(MERGE_PATCH)
                .body("{\"startsAt\": \"2026-12-03T14:30:00+08:00\"}").when().patch(session(event, other))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("room"))
                .body("errors[0].message", containsString("is taken"));
        given().when().get(session(event, other)).then().header("ETag", "\"0\"")
                .body("startsAt", equalTo("2026-12-03T15:00:00+08:00"));

        // A cancelled session gives its room back.
        given().header("If-Match", "\"0\"").contentType(MERGE_PATCH).body("{\"status\": \"CANCELLED\"}")
                .when().patch(session(event, other)).then().statusCode(200);
        create(event, panel("15:00", "16:00", "Hall A"));
        given().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"status\": \"SCHEDULED\"}")
                .when().patch(session(event, other)).then().statusCode(422).body("errors[0].field", equalTo("room"));
    }

    @Test
    void patchesNeedTheCurrentETagAndAnEmptyChangePublishesNothing() {
        String event = event("OPEN");
        String id = create(event, panel("09:30", "10:00", "Hall A"));
        given().contentType(MERGE_PATCH).body("{\"room\": \"Hall D\"}").when().patch(session(event, id))
                .then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"7\"").contentType(MERGE_PATCH).body("{\"room\": \"Hall D\"}")
                .when().patch(session(event, id)).then().statusCode(412);
        given().header("If-Match", "\"0\"").contentType(MERGE_PATCH).body("{\"room\": \"Hall A\"}")
                .when().patch(session(event, id)).then().statusCode(200).header("ETag", "\"0\"");
        given().header("If-Match", "\"0\"").contentType(MERGE_PATCH).body("{\"capacity\": 0}")
                .when().patch(session(event, id)).then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        given().header("If-Match", "\"0\"").contentType(MERGE_PATCH).body("{\"description\": \"Q&A after\"}")
                .when().patch(session(event, id)).then().statusCode(200).header("ETag", "\"1\"");

        List<SessionChanged> changes = TopicReader.await(Topics.EVENTS, r -> event.equals(r.key())
                        && EventType.SESSION_CHANGED.type().equals(r.header("ce_type")), 2,
                java.time.Duration.ofSeconds(30)).stream()
                .map(r -> (SessionChanged) r.envelope().data()).toList();
        assertEquals(List.of(0L, 1L), changes.stream().map(SessionChanged::version).toList());
        assertEquals(List.of("description"), changes.get(1).changedFields());
    }

    @Test
    void onlyAdminsPlanAndEveryoneReadsThePublishedProgramme() {
        String open = event("OPEN");
        String id = create(open, panel("11:00", "12:00", null));
        UUID participant = Profiles.shared();
        asParticipant(participant).contentType(ContentType.JSON).body(panel("13:00", "14:00", null))
                .when().post(sessions(open)).then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.internalPartner("embassy-pl")).header("If-Match", "\"0\"").contentType(MERGE_PATCH)
                .body("{\"room\": \"Hall Z\"}").when().patch(session(open, id)).then().statusCode(403);
        asParticipant(participant).when().delete(session(open, id)).then().statusCode(403);
        asParticipant(participant).when().get(sessions(open)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].room", nullValue()).body("nextCursor", nullValue());
        asParticipant(participant).when().get(session(open, id)).then().statusCode(200);

        String draft = event("DRAFT");
        String planned = create(draft, panel("11:00", "12:00", null));
        asParticipant(participant).when().get(sessions(draft)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("DRAFT"));
        asParticipant(participant).when().get(session(draft, planned)).then().statusCode(404);
        given().when().get(sessions(draft)).then().statusCode(200).body("items", hasSize(1));
        given().when().get(session(open, planned)).then().statusCode(404);
    }

    @Test
    void theProgrammeIsPagedInTimeOrderAndFiltered() {
        String event = event("OPEN");
        String late = create(event, panel("16:00", "16:30", null));
        String early = create(event, panel("09:00", "09:30", null));
        Map<String, Object> talk = panel("12:00", "12:30", null);
        talk.put("kind", "POLICY_PRESENTATION");
        String middle = create(event, talk);

        String cursor = given().queryParam("limit", 2).when().get(sessions(event)).then().statusCode(200)
                .body("items.id", equalTo(List.of(early, middle))).extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("cursor", cursor).when().get(sessions(event)).then()
                .body("items.id", equalTo(List.of(late))).body("nextCursor", nullValue());
        given().queryParam("kind", "POLICY_PRESENTATION").when().get(sessions(event)).then()
                .body("items.id", equalTo(List.of(middle)));
        given().queryParam("kind", "KEYNOTE").when().get(sessions(event)).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().queryParam("cursor", "not-ours").when().get(sessions(event)).then().statusCode(400);
    }

    private static void expect422(String event, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post(sessions(event))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems(field));
    }
}
