package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.meetings.MeetingFixtures.act;
import static org.innomatch.matching.meetings.MeetingFixtures.created;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
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

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class ScheduleApiTest {

    private static TestEvents events;

    @Inject
    CandidateIndex index;
    @Inject
    EventModelStore store;

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

    @Test
    void scheduleRespectsAvailabilityKeepsLocksAndReportsChangesOnReRun() {
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        // 09:00–10:00: three 20-minute slots, two tables.
        var e = MeetingFixtures.event(events, store, 6, 2, start, start.plusHours(1));
        String from = given().contentType(ContentType.JSON).body(Map.of("unavailable", List.of(Map.of("from", start.toLocalDateTime().toString(),
                        "to", start.plusMinutes(20).toLocalDateTime().toString()))))
                .put("/events/{id}/availability/{p}", e.id(), e.p(0)).then().statusCode(200).extract().path("unavailable[0].from");
        // A local time is read in the event's zone.
        assertEquals(start, OffsetDateTime.parse(from));
        given().contentType(ContentType.JSON).body(Map.of("unavailable", List.of(Map.of("from", "tomorrow", "to", start.toString()))))
                .put("/events/{id}/availability/{p}", e.id(), e.p(1)).then().statusCode(422)
                .body("errors[0].field", equalTo("unavailable[0].from"));
        given().contentType(ContentType.JSON)
                .body(Map.of("unavailable", List.of(Map.of("from", start.toString(), "to", "+999999999-12-31T23:59:59Z"))))
                .put("/events/{id}/availability/{p}", e.id(), e.p(1)).then().statusCode(422)
                .body("errors[0].field", equalTo("unavailable[0].to"));

        String p0p1 = agreed(e, 0, 1);
        String p0p2 = agreed(e, 0, 2);
        String p0p3 = agreed(e, 0, 3);
        String p1p2 = agreed(e, 1, 2);
        String p4p5 = agreed(e, 4, 5);

        JsonPath first = given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, first.getInt("considered"));
        // p0 can attend only two of the three slots.
        assertEquals(4, first.getInt("scheduled"));
        assertEquals(1, first.getList("unscheduled").size());
        assertEquals(List.of("ADDED", "ADDED", "ADDED", "ADDED"), first.getList("changes.change"));

        JsonPath grid = given().get("/events/{id}/schedule", e.id()).then().statusCode(200).extract().jsonPath();
        assertValidGrid(grid, 2, Map.of(e.p(0).toString(), 0));
        assertEquals(first.getList("unscheduled"), grid.getList("unscheduled"));

        String someScheduled = first.getString("changes[0].meetingId");
        List<MeetingChanged> changes = MeetingLifecycleTest.changesOf(someScheduled, 3);
        assertEquals("SCHEDULED", changes.get(2).status());
        assertEquals(MeetingFixtures.SHANGHAI.getRules().getOffset(start.toInstant()), changes.get(2).slotStart().getOffset());

        // Lock one of p0's meetings, cancel the other: the re-run keeps the lock and places the waiting one.
        String unscheduled = first.getString("unscheduled[0]");
        List<String> p0Scheduled = new java.util.ArrayList<>(List.of(p0p1, p0p2, p0p3));
        p0Scheduled.remove(unscheduled);
        String locked = p0Scheduled.get(0);
        String cancelled = p0Scheduled.get(1);
        JsonPath before = given().get("/events/{id}/meetings/{mid}", e.id(), locked).then().statusCode(200)
                .extract().jsonPath();
        given().post("/events/{id}/meetings/{mid}/lock", e.id(), locked).then().statusCode(200).body("locked", equalTo(true));
        given().post("/events/{id}/meetings/{mid}/lock", e.id(), unscheduled).then().statusCode(409);
        act(e.id(), cancelled, "cancel", e.p(0), "Changed plans").then().statusCode(200);

        JsonPath second = given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, second.getInt("scheduled"));
        assertEquals(List.of(), second.getList("unscheduled"));
        assertTrue(second.getList("changes.meetingId").contains(unscheduled), second.prettify());
        assertFalse(second.getList("changes.meetingId").contains(locked));
        given().get("/events/{id}/meetings/{mid}", e.id(), locked).then()
                .body("slotStart", equalTo(before.getString("slotStart"))).body("table", equalTo(before.getInt("table")));
        JsonPath grid2 = given().get("/events/{id}/schedule", e.id()).then().statusCode(200).extract().jsonPath();
        assertValidGrid(grid2, 2, Map.of(e.p(0).toString(), 0));
        assertNotEquals(grid.prettify(), grid2.prettify());
        assertEquals(Set.of(p1p2, p4p5, locked, unscheduled), new HashSet<>(grid2.getList("slots.meetings.meetingId.flatten()")));
    }

    @Test
    void agendaAsJsonAndAsCalendarInTheEventZone() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var e = MeetingFixtures.event(events, store, 2, 2, start, start.plusHours(1));
        OffsetDateTime second = start.plusMinutes(20);
        String id = given().contentType(ContentType.JSON).body(Map.of("requesterProfileId", e.p(0).toString(),
                        "inviteeProfileId", e.p(1).toString(), "message", "Validation, pilots; and more",
                        "preferredSlots", List.of(second.toString())))
                .post("/events/{id}/meetings", e.id()).then().statusCode(201).extract().path("meetingId");
        act(e.id(), id, "accept", e.p(1), null).then().statusCode(200);
        given().get("/events/{id}/agenda?profileId={p}", e.id(), e.p(0)).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("awaitingPlacement", equalTo(1));
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200);

        JsonPath agenda = given().accept(ContentType.JSON).get("/events/{id}/agenda?profileId={p}", e.id(), e.p(0))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Asia/Shanghai", agenda.getString("timezone"));
        assertEquals(1, agenda.getList("items").size());
        assertEquals(second, OffsetDateTime.parse(agenda.getString("items[0].slotStart")));
        assertEquals(e.p(1).toString(), agenda.getString("items[0].withProfileId"));

        events.upsert(TestEvents.profile(e.p(0), "Beijing Cardiology Trial Centre", "ENTERPRISE", "CN", List.of("HEALTH"),
                "Device-trial units.", "Cardiac implants.", List.of(), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(10), "the other side indexed", () -> index.get(TargetType.PROFILE, e.p(0)).isPresent());
        var response = given().accept("text/calendar").get("/events/{id}/agenda?profileId={p}", e.id(), e.p(1));
        response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(response.asString()));
        calendar.validate();
        net.fortuna.ical4j.model.component.VEvent event = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        assertEquals(id + "@innomatch", event.getProperty("UID").orElseThrow().getValue());
        assertTrue(event.getProperty("SUMMARY").orElseThrow().getValue().startsWith("Meeting with Beijing Cardiology Trial Centre (CN)"),
                "the calendar names the other side");
        java.time.temporal.Temporal dtStart = ((net.fortuna.ical4j.model.property.DtStart<?>) event.getDateTimeStart().orElseThrow()).getDate();
        assertEquals(second.toInstant(), java.time.Instant.from(dtStart));
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
        // Subscription links cannot set Accept: ?format=ics gives the same calendar.
        given().get("/events/{id}/agenda?profileId={p}&format=ics", e.id(), e.p(1)).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar"));

        given().get("/events/{id}/agenda", e.id()).then().statusCode(400).body("errors[0].field", equalTo("profileId"));
    }

    @Test
    void whenTheOrganiserMovesTheEventScheduledMeetingsMoveToTheNewSlots() {
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var e = MeetingFixtures.event(events, store, 2, 2, start, start.plusHours(1));
        String id = agreed(e, 0, 1);
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200)
                .body("changes[0].change", equalTo("ADDED"));

        OffsetDateTime later = start.plusMinutes(10);
        events.send(org.innomatch.events.EventType.EVENT_UPSERTED, new org.innomatch.events.matchmaking.EventUpserted(e.id(),
                "Moved", "Beijing", "Asia/Shanghai", later, later.plusHours(1), 20, 2, "OPEN", 2, java.time.Instant.now()));
        Await.until(java.time.Duration.ofSeconds(30), "event v2", () -> store.event(e.id()).map(d -> d.version == 2).orElse(false));

        JsonPath run = given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("MOVED"), run.getList("changes.change"));
        OffsetDateTime moved = OffsetDateTime.parse(run.getString("changes[0].to.slotStart"));
        assertEquals(0, java.time.Duration.between(later, moved).toMinutes() % 20);
        assertTrue(!moved.isBefore(later), moved.toString());
        given().get("/events/{id}/meetings/{mid}", e.id(), id).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void mutualMatchesCanBeAddedByTheOrganiser() {
        var e = MeetingFixtures.event(events, store, 0, 3);
        UUID a = org.innomatch.matching.testing.SeedProfiles.ISRAELI_MEDTECH;
        UUID b = org.innomatch.matching.testing.SeedProfiles.BEIJING_HOSPITAL;
        for (UUID[] pair : new UUID[][] {{a, b}, {b, a}}) {
            given().contentType(ContentType.JSON).body(Map.of("targetType", "PROFILE", "targetId", pair[1].toString(),
                    "decision", "INTERESTED")).post("/profiles/{id}/interests", pair[0]).then().statusCode(org.hamcrest.Matchers.anyOf(
                    equalTo(200), equalTo(201)));
        }
        for (UUID p : List.of(a, b)) {
            events.send(org.innomatch.events.EventType.REGISTRATION_CHANGED,
                    new org.innomatch.events.matchmaking.RegistrationChanged(e.id(), p, "REGISTERED", java.time.Instant.now()));
        }
        Await.until(java.time.Duration.ofSeconds(30), "registered", () -> store.isRegistered(e.id(), a) && store.isRegistered(e.id(), b));
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200)
                .body("addedFromMutualMatches", equalTo(0)).body("scheduled", equalTo(0));
        JsonPath run = given().contentType(ContentType.JSON).body(Map.of("includeMutualMatches", true))
                .post("/events/{id}/schedule", e.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(1, run.getInt("addedFromMutualMatches"));
        assertEquals(1, run.getInt("scheduled"));
        given().get("/events/{id}/meetings?profileId={p}", e.id(), a).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].origin", equalTo("MUTUAL_MATCH"))
                .body("items[0].status", equalTo("SCHEDULED"));
        given().contentType(ContentType.JSON).body(Map.of("includeMutualMatches", true))
                .post("/events/{id}/schedule", e.id()).then().statusCode(200).body("addedFromMutualMatches", equalTo(0))
                .body("changes.size()", equalTo(0));

        given().contentType(ContentType.JSON).body(Map.of("includeMutualMatches", true, "maxSuggestedPerParticipant", 0))
                .post("/events/{id}/schedule", e.id()).then().statusCode(422)
                .body("errors[0].field", equalTo("maxSuggestedPerParticipant"));
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", UUID.randomUUID()).then().statusCode(404);
    }

    private static String agreed(MeetingFixtures.Event e, int a, int b) {
        String id = created(e.id(), e.p(a), e.p(b));
        act(e.id(), id, "accept", e.p(b), null).then().statusCode(200);
        return id;
    }

    /** Independent check of the grid: tables in range and unique per slot, nobody twice in a slot, unavailability kept. */
    private static void assertValidGrid(JsonPath grid, int tables, Map<String, Integer> unavailableSlot) {
        List<Map<String, Object>> slots = grid.getList("slots");
        for (Map<String, Object> slot : slots) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> seats = (List<Map<String, Object>>) slot.get("meetings");
            Set<Object> tablesUsed = new HashSet<>();
            Set<Object> people = new HashSet<>();
            for (Map<String, Object> seat : seats) {
                int table = (Integer) seat.get("table");
                assertTrue(table >= 1 && table <= tables, "table " + table);
                assertTrue(tablesUsed.add(table), "table twice in slot " + slot.get("index"));
                assertTrue(people.add(seat.get("requesterProfileId")), "person twice in slot " + slot.get("index"));
                assertTrue(people.add(seat.get("inviteeProfileId")), "person twice in slot " + slot.get("index"));
            }
            unavailableSlot.forEach((p, s) -> {
                if (s.equals(slot.get("index"))) {
                    assertFalse(people.contains(p), p + " is unavailable in slot " + s);
                }
            });
        }
    }
}
