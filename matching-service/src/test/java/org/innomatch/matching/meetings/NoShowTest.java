package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.innomatch.matching.meetings.MeetingFixtures.act;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
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
import io.restassured.response.Response;

/** No-shows on the day: who may report one, when, for whom; the table it frees and the statistics. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,"
                + "innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class NoShowTest {

    private static TestEvents events;

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
    void aNoShowFreesTheTableCountsInStatsAndIsRefusedForCheckedInOrEarlyMeetings() {
        // Running now with one table: slots 0 and 1 started 60 and 40 minutes ago, slot 4 starts in 20 minutes.
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES);
        var e = MeetingFixtures.event(events, store, 8, 1, start, start.plusHours(2));
        Instant arrived = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.send(EventType.REGISTRATION_CHANGED, new RegistrationChanged(e.id(), e.p(5), "REGISTERED",
                arrived, arrived));
        Await.until(Duration.ofSeconds(30), "check-in stored", () -> store.checkedInAt(e.id(), e.p(5)).isPresent());

        String absent = agreedAt(e, 0, 1, start);
        String present = agreedAt(e, 4, 5, start.plusMinutes(20));
        String early = agreedAt(e, 6, 7, start.plusMinutes(80));
        schedule(e.id()).then().statusCode(200).body("scheduled", equalTo(3));

        noShow(e.id(), absent, null, e.p(1)).then().statusCode(403).contentType("application/problem+json");
        noShow(e.id(), absent, e.p(0), UUID.randomUUID()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("absentProfileId"));
        noShow(e.id(), absent, e.p(1), e.p(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("absentProfileId"));
        noShow(e.id(), present, e.p(4), e.p(5)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("checked in at the venue"));
        noShow(e.id(), early, e.p(6), e.p(7)).then().statusCode(409)
                .body("detail", containsString("innomatch.meetings.no-show-after=PT10M"));
        given().get("/events/{id}/meetings/{mid}", e.id(), early).then().body("status", equalTo("SCHEDULED"));

        noShow(e.id(), absent, e.p(0), e.p(1)).then().statusCode(200)
                .body("status", equalTo("NO_SHOW"))
                .body("absentProfileId", equalTo(e.p(1).toString()))
                .body("table", equalTo(1));
        noShow(e.id(), absent, e.p(0), e.p(1)).then().statusCode(409);
        // The organiser, without an actor, for the requester side of the present meeting (not checked in).
        given().contentType(ContentType.JSON).body(Map.of("absentProfileId", e.p(4).toString()))
                .post("/events/{id}/meetings/{mid}/no-show", e.id(), present).then().statusCode(200)
                .body("status", equalTo("NO_SHOW")).body("absentProfileId", equalTo(e.p(4).toString()));

        // The freed table takes another meeting in the same slot.
        String replacement = agreedAt(e, 2, 3, start);
        schedule(e.id()).then().statusCode(200);
        given().get("/events/{id}/meetings/{mid}", e.id(), replacement).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("table", equalTo(1))
                .body("slotStart", equalTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start)));

        JsonPath stats = given().get("/events/{id}/stats", e.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(2, stats.getInt("byStatus.NO_SHOW"));
        assertEquals(2, stats.getInt("noShows"));
        // The two no-shows and the replacement, whose slot has ended unrated.
        assertEquals(3, stats.getInt("past"));
        assertEquals(1, stats.getInt("unrated"));
    }

    @Test
    void meetingChangedCarriesTheAbsentSide() {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID().toString();
        m.eventId = UUID.randomUUID().toString();
        m.requesterProfileId = UUID.randomUUID().toString();
        m.inviteeProfileId = UUID.randomUUID().toString();
        m.status = MeetingStatus.NO_SHOW.name();
        m.absentProfileId = m.inviteeProfileId;
        MeetingChanged change = MeetingEvents.toEvent(m, ZoneId.of("Asia/Shanghai"));
        assertEquals("NO_SHOW", change.status());
        assertEquals(UUID.fromString(m.inviteeProfileId), change.absentProfileId());
    }

    private static String agreedAt(MeetingFixtures.Event e, int a, int b, OffsetDateTime slot) {
        String id = given().contentType(ContentType.JSON).body(Map.of("requesterProfileId", e.p(a).toString(),
                        "inviteeProfileId", e.p(b).toString(), "preferredSlots", List.of(slot.toString())))
                .post("/events/{id}/meetings", e.id()).then().statusCode(201).extract().path("meetingId");
        act(e.id(), id, "accept", e.p(b), null).then().statusCode(200);
        return id;
    }

    private static Response schedule(UUID event) {
        return given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", event);
    }

    private static Response noShow(UUID event, String meeting, UUID actor, UUID absent) {
        Map<String, Object> body = new HashMap<>();
        if (actor != null) {
            body.put("actorProfileId", actor.toString());
        }
        body.put("absentProfileId", absent.toString());
        // Without an actor, as a partner: only the organiser may report without naming a side.
        var request = given().contentType(ContentType.JSON).body(body);
        if (actor == null) {
            request = request.header("Authorization", TestTokens.bearer(TestTokens.internalPartner("embassy-pl")));
        }
        return request.post("/events/{id}/meetings/{mid}/no-show", event, meeting);
    }
}
