package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.innomatch.matching.meetings.MeetingFixtures.act;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.programme.ProgrammeSession;
import org.innomatch.matching.programme.ProgrammeStore;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.SeedProfiles;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The programme of an event (sessions, follows) from Kafka into the agenda, the scheduler and recommendations. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,"
                + "innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class ProgrammeApiTest {

    private static TestEvents events;

    @Inject
    EventModelStore store;
    @Inject
    ProgrammeStore programme;
    @Inject
    CandidateIndex index;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void ready() {
        Await.ready();
    }

    private static SessionChanged session(UUID id, UUID event, String kind, String title, OffsetDateTime start,
                                          int minutes, List<UUID> speakers, UUID project, String status, long version) {
        return new SessionChanged(id, event, kind, title, "About " + title, start, start.plusMinutes(minutes),
                "Hall " + title.charAt(0), 80, speakers, project, status, version, List.of(), Instant.now());
    }

    private static void follow(UUID event, UUID session, UUID profile, String status, long version) {
        events.send(EventType.SESSION_FOLLOW_CHANGED,
                new SessionFollowChanged(event, session, profile, status, version, profile, Instant.now()));
    }

    /** Same key (the event), same partition: once the marker session is stored everything before it was applied. */
    private void awaitApplied(UUID event) {
        UUID marker = UUID.randomUUID();
        events.send(EventType.SESSION_CHANGED, new SessionChanged(marker, event, "OTHER", "marker", null, null, null,
                null, null, List.of(), null, ProgrammeSession.DELETED, 1, List.of(), Instant.now()));
        Await.until(Duration.ofSeconds(30), "marker session stored",
                () -> ProgrammeSession.findByIdOptional(marker.toString()).isPresent());
    }

    @Test
    void olderVersionsAndRedeliveriesChangeNothingAndADeletedSessionTakesItsFollowsWithIt() {
        UUID event = UUID.randomUUID();
        UUID s = UUID.randomUUID();
        UUID p = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.parse("2026-12-03T14:00:00+08:00");
        SessionChanged v2 = session(s, event, "PANEL", "Renamed panel", start, 30, List.of(), null, "SCHEDULED", 2);
        SessionChanged v1 = session(s, event, "PANEL", "Old panel", start, 45, List.of(), null, "SCHEDULED", 1);
        events.send(EventType.SESSION_CHANGED, v2);
        events.send(EventType.SESSION_CHANGED, v1);
        events.send(EventType.SESSION_CHANGED, v2);
        follow(event, s, p, "FOLLOWING", 1);
        follow(event, s, p, "UNFOLLOWED", 2);
        follow(event, s, p, "FOLLOWING", 1);
        awaitApplied(event);
        List<ProgrammeSession> sessions = programme.sessions(event);
        assertEquals(1, sessions.size(), "tombstones (the marker) are not part of the programme");
        assertEquals("Renamed panel", sessions.get(0).title);
        assertEquals(2, sessions.get(0).version);
        assertEquals(start.plusMinutes(30).toInstant(), sessions.get(0).endsAt);
        assertEquals(Set.of(), programme.followed(event, p), "an older FOLLOWING must not override UNFOLLOWED");

        follow(event, s, p, "FOLLOWING", 3);
        awaitApplied(event);
        assertEquals(Set.of(s.toString()), programme.followed(event, p));

        events.send(EventType.SESSION_CHANGED, session(s, event, "PANEL", "Gone", start, 30, List.of(), null,
                "DELETED", 3));
        events.send(EventType.SESSION_CHANGED, v2);
        follow(event, s, p, "FOLLOWING", 4);
        awaitApplied(event);
        assertEquals(List.of(), programme.sessions(event), "a redelivered older state does not bring it back");
        assertEquals(Set.of(), programme.followed(event, p));
    }

    @Test
    void theSchedulerKeepsMeetingsOutOfSessionsEitherSideAttendsAndTheAgendaShowsBoth() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).plusDays(3).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        // 09:00–10:00: three 20-minute slots.
        var e = MeetingFixtures.event(events, store, 2, 2, start, start.plusHours(1));
        UUID followed = UUID.randomUUID();
        UUID spoken = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        // p0 follows 09:00–09:20, p1 speaks 09:20–09:40; p1's cancelled pitch at 09:40 frees that slot again.
        events.send(EventType.SESSION_CHANGED, session(followed, e.id(), "POLICY_PRESENTATION", "Policy of Israel",
                start, 20, List.of(), null, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(spoken, e.id(), "PANEL", "Medtech panel",
                start.plusMinutes(20), 20, List.of(e.p(1)), null, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(cancelled, e.id(), "ROADSHOW_PITCH", "CT screening",
                start.plusMinutes(40), 20, List.of(e.p(1)), SeedProfiles.POLISH_IMAGING_PROJECT, "CANCELLED", 4));
        events.send(EventType.SESSION_CHANGED, session(deleted, e.id(), "PANEL", "Deleted panel",
                start, 60, List.of(e.p(0), e.p(1)), null, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(deleted, e.id(), "PANEL", "Deleted panel",
                start, 60, List.of(e.p(0), e.p(1)), null, "DELETED", 2));
        follow(e.id(), followed, e.p(0), "FOLLOWING", 1);
        awaitApplied(e.id());

        String id = given().contentType(ContentType.JSON).body(Map.of("requesterProfileId", e.p(0).toString(),
                        "inviteeProfileId", e.p(1).toString(), "preferredSlots", List.of(start.toString())))
                .post("/events/{id}/meetings", e.id()).then().statusCode(201).extract().path("meetingId");
        act(e.id(), id, "accept", e.p(1), null).then().statusCode(200);
        JsonPath run = given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, run.getInt("scheduled"), run.prettify());
        OffsetDateTime placed = start.plusMinutes(40);
        assertEquals(placed.toInstant(), OffsetDateTime.parse(run.getString("changes[0].to.slotStart")).toInstant(),
                "the preferred 09:00 is p0's session, 09:20 p1's: only 09:40 is free for both");

        JsonPath p0 = given().accept(ContentType.JSON).get("/events/{id}/agenda?profileId={p}", e.id(), e.p(0))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("SESSION", "MEETING"), p0.getList("items.type"), p0.prettify());
        assertEquals(followed.toString(), p0.getString("items[0].sessionId"));
        assertEquals("POLICY_PRESENTATION", p0.getString("items[0].kind"));
        assertEquals("Policy of Israel", p0.getString("items[0].title"));
        assertEquals("Hall P", p0.getString("items[0].room"));
        assertEquals(start.toInstant(), OffsetDateTime.parse(p0.getString("items[0].start")).toInstant());
        assertEquals(start.plusMinutes(20).toInstant(), OffsetDateTime.parse(p0.getString("items[0].end")).toInstant());
        assertTrue(p0.getBoolean("items[0].following"));
        assertFalse(p0.getBoolean("items[0].speaking"));
        assertEquals(id, p0.getString("items[1].meetingId"));
        assertEquals(p0.getString("items[1].slotStart"), p0.getString("items[1].start"));

        JsonPath p1 = given().accept(ContentType.JSON).get("/events/{id}/agenda?profileId={p}", e.id(), e.p(1))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("SESSION", "MEETING", "SESSION"), p1.getList("items.type"), p1.prettify());
        assertTrue(p1.getBoolean("items[0].speaking"));
        assertEquals("CANCELLED", p1.getString("items[2].status"), "a cancelled session stays, marked");
        assertEquals("ROADSHOW_PITCH", p1.getString("items[2].kind"));
        assertEquals(SeedProfiles.POLISH_IMAGING_PROJECT.toString(), p1.getString("items[2].projectId"));

        // The panel moves to another room: same UID, higher SEQUENCE, so a calendar app updates its copy.
        events.send(EventType.SESSION_CHANGED, session(spoken, e.id(), "PANEL", "Medtech panel",
                start.plusMinutes(20), 20, List.of(e.p(1)), null, "SCHEDULED", 2));
        awaitApplied(e.id());
        String ics = given().get("/events/{id}/agenda?profileId={p}&format=ics", e.id(), e.p(1)).then()
                .statusCode(200).extract().asString();
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
        calendar.validate();
        List<net.fortuna.ical4j.model.component.VEvent> vevents = calendar.getComponents("VEVENT");
        assertEquals(3, vevents.size(), ics);
        List<String> uids = new ArrayList<>();
        for (var v : vevents) {
            uids.add(v.getProperty("UID").orElseThrow().getValue());
        }
        assertEquals(List.of("session-" + spoken + "@innomatch", id + "@innomatch",
                "session-" + cancelled + "@innomatch"), uids);
        assertEquals("2", vevents.get(0).getProperty("SEQUENCE").orElseThrow().getValue());
        assertTrue(vevents.get(0).getProperty("SUMMARY").orElseThrow().getValue().startsWith("Panel: Medtech panel"));
        assertEquals("CONFIRMED", vevents.get(0).getProperty("STATUS").orElseThrow().getValue());
        assertEquals("4", vevents.get(2).getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("CANCELLED", vevents.get(2).getProperty("STATUS").orElseThrow().getValue());
        java.time.temporal.Temporal dtStart = ((net.fortuna.ical4j.model.property.DtStart<?>) vevents.get(0)
                .getDateTimeStart().orElseThrow()).getDate();
        assertEquals(start.plusMinutes(20).toInstant(), Instant.from(dtStart));

        // Following the 09:40 slot's session now: the re-run finds no slot both can attend.
        UUID late = UUID.randomUUID();
        events.send(EventType.SESSION_CHANGED, session(late, e.id(), "OTHER", "Closing", start.plusMinutes(40), 20,
                List.of(), null, "SCHEDULED", 1));
        follow(e.id(), late, e.p(1), "FOLLOWING", 1);
        awaitApplied(e.id());
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200)
                .body("scheduled", equalTo(0)).body("changes[0].change", equalTo("REMOVED"));
    }

    @Test
    void sessionsAreRankedForTheProfileLikeItsPartnerAndProjectLists() {
        UUID me = UUID.randomUUID();
        events.upsert(TestEvents.profile(me, "HeartSense", "STARTUP", "IL", List.of("HEALTH.MEDTECH"),
                "Wearable ECG patch with CE mark; medical device engineering.",
                "A hospital to run a clinical trial of our wearable cardiac monitor; AI for medical imaging.",
                List.of("clinical validation", "wearable"), List.of("JOINT_RESEARCH", "PILOT_CUSTOMER"),
                List.of("en"), 1));
        Await.until(Duration.ofSeconds(30), "requester indexed", () -> index.get(TargetType.PROFILE, me).isPresent());
        var e = MeetingFixtures.event(events, store, 0, 2);
        OffsetDateTime at = e.start();
        UUID pitch = UUID.randomUUID();
        UUID policy = UUID.randomUUID();
        UUID panel = UUID.randomUUID();
        UUID nobody = UUID.randomUUID();
        UUID draftPitch = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID mine = UUID.randomUUID();
        events.send(EventType.SESSION_CHANGED, session(pitch, e.id(), "ROADSHOW_PITCH", "CT screening", at, 10,
                List.of(SeedProfiles.POLISH_AI_LAB), SeedProfiles.POLISH_IMAGING_PROJECT, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(policy, e.id(), "POLICY_PRESENTATION", "Beijing health policy",
                at.plusMinutes(10), 20, List.of(SeedProfiles.BEIJING_HOSPITAL), null, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(panel, e.id(), "PANEL", "Trials and fintech",
                at.plusMinutes(30), 30,
                List.of(SeedProfiles.CANADIAN_AI, SeedProfiles.EU_CRO, UUID.randomUUID()), null,
                "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(nobody, e.id(), "OTHER", "Opening", at.minusMinutes(30), 30,
                List.of(), null, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(draftPitch, e.id(), "ROADSHOW_PITCH", "Draft pitch",
                at.plusMinutes(60), 10, List.of(), SeedProfiles.CANADIAN_DRAFT_PROJECT, "SCHEDULED", 1));
        events.send(EventType.SESSION_CHANGED, session(cancelled, e.id(), "PANEL", "Cancelled panel",
                at.plusMinutes(70), 10, List.of(SeedProfiles.BEIJING_HOSPITAL), null, "CANCELLED", 1));
        events.send(EventType.SESSION_CHANGED, session(mine, e.id(), "PANEL", "My own panel",
                at.plusMinutes(80), 10, List.of(me), null, "SCHEDULED", 1));
        follow(e.id(), policy, me, "FOLLOWING", 1);
        awaitApplied(e.id());

        JsonPath page = given().get("/profiles/{id}/recommendations/sessions?eventId={e}&limit=100", me, e.id())
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.sessionId");
        assertEquals(6, ids.size(), page.prettify());
        assertFalse(ids.contains(cancelled.toString()), "only SCHEDULED sessions are recommended");
        assertNull(page.getString("nextCursor"));
        // Scored first, best first; then the unscored by start time.
        List<Float> scores = page.getList("items.score");
        assertEquals(Set.copyOf(ids.subList(0, 3)), Set.of(pitch.toString(), policy.toString(), panel.toString()));
        for (int i = 0; i < 2; i++) {
            assertTrue(scores.get(i) >= scores.get(i + 1), "descending: " + scores);
        }
        assertEquals(List.of(nobody.toString(), draftPitch.toString(), mine.toString()), ids.subList(3, 6));
        assertEquals(List.of(), page.getList("items[5].reasons"));
        assertNull(page.get("items[5].score"), "only the profile itself speaks: nothing to score");

        Map<String, Object> pitchItem = item(page, pitch);
        Map<String, Object> policyItem = item(page, policy);
        Map<String, Object> panelItem = item(page, panel);
        assertEquals(SeedProfiles.POLISH_IMAGING_PROJECT.toString(), pitchItem.get("scoredProjectId"));
        assertEquals(SeedProfiles.BEIJING_HOSPITAL.toString(), policyItem.get("scoredSpeakerProfileId"));
        assertEquals(true, policyItem.get("following"));
        assertEquals(false, pitchItem.get("following"));
        assertFalse(((List<?>) pitchItem.get("reasons")).isEmpty());
        // The same scores as the project and partner lists give.
        assertEquals(listScore("projects", me, "projectId", SeedProfiles.POLISH_IMAGING_PROJECT),
                ((Number) pitchItem.get("score")).doubleValue(), 1e-6);
        assertEquals(listScore("partners", me, "profileId", SeedProfiles.BEIJING_HOSPITAL),
                ((Number) policyItem.get("score")).doubleValue(), 1e-6);
        // The panel: the better of its indexed speakers (the third is unknown to the index).
        double cro = listScore("partners", me, "profileId", SeedProfiles.EU_CRO);
        assertTrue(cro > listScore("partners", me, "profileId", SeedProfiles.CANADIAN_AI));
        assertEquals(cro, ((Number) panelItem.get("score")).doubleValue(), 1e-6);
        assertEquals(SeedProfiles.EU_CRO.toString(), panelItem.get("scoredSpeakerProfileId"));

        // Pages.
        JsonPath first = given().get("/profiles/{id}/recommendations/sessions?eventId={e}&limit=4", me, e.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ids.subList(0, 4), first.getList("items.sessionId"));
        assertNotNull(first.getString("nextCursor"));
        given().get("/profiles/{id}/recommendations/sessions?eventId={e}&limit=4&cursor={c}", me, e.id(),
                first.getString("nextCursor")).then().statusCode(200)
                .body("items.sessionId", equalTo(ids.subList(4, 6))).body("nextCursor", equalTo(null));

        // A speaker the profile marked NOT_INTERESTED no longer scores the panel, as it leaves the partner list.
        given().contentType(ContentType.JSON).body(Map.of("targetType", "PROFILE", "targetId",
                SeedProfiles.EU_CRO.toString(), "decision", "NOT_INTERESTED")).post("/profiles/{id}/interests", me)
                .then().statusCode(201);
        JsonPath after = given().get("/profiles/{id}/recommendations/sessions?eventId={e}&limit=100", me, e.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(SeedProfiles.CANADIAN_AI.toString(), item(after, panel).get("scoredSpeakerProfileId"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        UUID me = SeedProfiles.ISRAELI_MEDTECH;
        given().get("/profiles/{id}/recommendations/sessions", me).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("eventId"));
        given().get("/profiles/{id}/recommendations/sessions?eventId=tomorrow", me).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("eventId"));
        given().get("/profiles/{id}/recommendations/sessions?eventId={e}&limit=0", me, UUID.randomUUID()).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().get("/profiles/{id}/recommendations/sessions?eventId={e}&cursor=%%%", me, UUID.randomUUID()).then()
                .statusCode(400).contentType("application/problem+json");
        given().get("/profiles/{id}/recommendations/sessions?eventId={e}", me, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("Event"));
        given().get("/profiles/{id}/recommendations/sessions?eventId={e}", UUID.randomUUID(), UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> item(JsonPath page, UUID session) {
        return page.getMap("items.find { it.sessionId == '" + session + "' }");
    }

    private static double listScore(String list, UUID profile, String idField, UUID target) {
        JsonPath page = given().get("/profiles/{id}/recommendations/" + list + "?limit=100", profile).then()
                .statusCode(200).extract().jsonPath();
        Object score = page.get("items.find { it." + idField + " == '" + target + "' }.score");
        return score == null ? 0.0 : ((Number) score).doubleValue();
    }
}
