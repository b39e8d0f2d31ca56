package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.innomatch.matching.meetings.MeetingFixtures.act;
import static org.innomatch.matching.meetings.MeetingFixtures.created;
import static org.innomatch.matching.meetings.MeetingFixtures.request;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.Topics;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestClock;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class MeetingLifecycleTest {

    private static TestEvents events;

    @Inject
    EventModelStore store;
    @Inject
    MeetingJobs jobs;
    @Inject
    TestClock clock;

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

    @AfterEach
    void systemClockAgain() {
        clock.release();
    }

    @Test
    void requestThenAcceptPublishesEveryStateInOrderKeyedByMeeting() {
        var e = MeetingFixtures.event(events, store, 2, 5);
        String id = created(e.id(), e.p(0), e.p(1));
        given().get("/events/{id}/meetings/{mid}", e.id(), id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("revision", equalTo(1))
                // default TTL 72 h is later than the event start (2 days ahead, 09:00 Beijing): expiry is the start
                .body("expiresAt", equalTo(e.start().toInstant().toString()));

        act(e.id(), id, "accept", e.p(0), null).then().statusCode(403).contentType("application/problem+json");
        act(e.id(), id, "accept", e.p(1), null).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("revision", equalTo(2));
        act(e.id(), id, "decline", e.p(1), null).then().statusCode(409);

        List<MeetingChanged> changes = changesOf(id, 2);
        assertEquals(List.of("PENDING", "ACCEPTED"), changes.stream().map(MeetingChanged::status).toList());
        assertEquals(List.of(1L, 2L), changes.stream().map(MeetingChanged::revision).toList());
        assertEquals(e.p(1), changes.get(1).actorProfileId());
        assertEquals(e.id(), changes.get(0).eventId());
    }

    @Test
    void declineWithReasonFreesThePairForANewRequest() {
        var e = MeetingFixtures.event(events, store, 2, 5);
        String id = created(e.id(), e.p(0), e.p(1));
        request(e.id(), e.p(0), e.p(1)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id));
        request(e.id(), e.p(1), e.p(0)).then().statusCode(409);

        act(e.id(), id, "decline", e.p(1), "Not our field").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("reason", equalTo("Not our field"));
        String second = created(e.id(), e.p(1), e.p(0));
        assertNotEquals(id, second);
        assertEquals("Not our field", changesOf(id, 2).get(1).reason());
    }

    @Test
    void inviteeProposesAnotherSlotAndTheRequesterAccepts() {
        var e = MeetingFixtures.event(events, store, 2, 5);
        String id = created(e.id(), e.p(0), e.p(1));
        OffsetDateTime notASlot = e.start().plusMinutes(7);
        OffsetDateTime lunch = e.start().withHour(12);
        propose(e.id(), id, e.p(1), notASlot).then().statusCode(422).body("errors.field", hasItem("slotStart"));
        propose(e.id(), id, e.p(1), lunch).then().statusCode(422).body("errors.field", hasItem("slotStart"));
        propose(e.id(), id, e.p(0), e.start().withHour(14)).then().statusCode(403);
        // Same instant written in UTC is the same slot.
        OffsetDateTime twoPm = e.start().withHour(14);
        String proposed = propose(e.id(), id, e.p(1), twoPm.withOffsetSameInstant(java.time.ZoneOffset.UTC)).then()
                .statusCode(200).body("status", equalTo("PROPOSED")).extract().path("proposedSlotStart");
        // Shown at the venue's offset.
        assertEquals(twoPm, OffsetDateTime.parse(proposed));

        act(e.id(), id, "accept", e.p(1), null).then().statusCode(403);
        List<String> preferred = act(e.id(), id, "accept", e.p(0), null).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().path("preferredSlots");
        assertEquals(List.of(twoPm), preferred.stream().map(OffsetDateTime::parse).toList());
        assertEquals(List.of("PENDING", "PROPOSED", "ACCEPTED"),
                changesOf(id, 3).stream().map(MeetingChanged::status).toList());
    }

    @Test
    void eitherSideCancelsButNobodyElse() {
        var e = MeetingFixtures.event(events, store, 3, 5);
        String id = created(e.id(), e.p(0), e.p(1));
        act(e.id(), id, "accept", e.p(1), null).then().statusCode(200);
        act(e.id(), id, "cancel", e.p(2), null).then().statusCode(403);
        act(e.id(), id, "cancel", e.p(0), "Flight moved").then().statusCode(200).body("status", equalTo("CANCELLED"));
        act(e.id(), id, "cancel", e.p(1), null).then().statusCode(409);
        given().get("/events/{id}/meetings?profileId={p}&status=CANCELLED", e.id(), e.p(1)).then().statusCode(200)
                .body("items.meetingId", equalTo(List.of(id)));
        given().get("/events/{id}/meetings?status=LOST", e.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        var e = MeetingFixtures.event(events, store, 1, 5);
        UUID stranger = UUID.randomUUID();
        request(e.id(), e.p(0), e.p(0)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("inviteeProfileId"));
        request(e.id(), e.p(0), stranger).then().statusCode(422).body("errors.field", equalTo(List.of("inviteeProfileId")));
        request(e.id(), stranger, e.p(0)).then().statusCode(422).body("errors.field", equalTo(List.of("requesterProfileId")));
        request(UUID.randomUUID(), e.p(0), stranger).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("inviteeProfileId", e.p(0).toString()))
                .post("/events/{id}/meetings", e.id()).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("requesterProfileId")));
        given().contentType(ContentType.JSON).body(Map.of("requesterProfileId", e.p(0).toString(),
                        "inviteeProfileId", stranger.toString(), "preferredSlots", List.of(e.start().plusMinutes(3).toString())))
                .post("/events/{id}/meetings", e.id()).then().statusCode(422)
                .body("errors.field", hasItem("preferredSlots[0]"));
    }

    @Test
    void outgoingPendingRequestsAreCappedAndCancellingFreesOne() {
        var e = MeetingFixtures.event(events, store, 12, 5);
        String first = null;
        for (int i = 1; i <= 10; i++) {
            String id = created(e.id(), e.p(0), e.p(i));
            first = first == null ? id : first;
        }
        request(e.id(), e.p(0), e.p(11)).then().statusCode(409).body("detail", containsString("max-pending-outgoing"));
        act(e.id(), first, "cancel", e.p(0), null).then().statusCode(200);
        created(e.id(), e.p(0), e.p(11));
    }

    @Test
    void meetingsPerParticipantAreCappedAtAccept() {
        var e = MeetingFixtures.event(events, store, 15, 5);
        UUID popular = e.p(0);
        List<String> requests = new java.util.ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            requests.add(created(e.id(), e.p(i), popular));
        }
        for (String id : requests.subList(0, 12)) {
            act(e.id(), id, "accept", popular, null).then().statusCode(200);
        }
        String thirteenth = requests.get(12);
        act(e.id(), thirteenth, "accept", popular, null).then().statusCode(409)
                .body("detail", containsString("max-per-event"));
        given().get("/events/{id}/meetings/{mid}", e.id(), thirteenth).then().body("status", equalTo("PENDING"));
        given().get("/events/{id}/meetings?profileId={p}&status=ACCEPTED", e.id(), popular).then()
                .body("items.size()", equalTo(12));
        // In pages of 5: 5 + 5 + 2, each meeting once.
        List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        List<Integer> sizes = new java.util.ArrayList<>();
        do {
            var page = given().queryParam("profileId", popular).queryParam("status", "ACCEPTED")
                    .queryParam("limit", 5).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/events/{id}/meetings", e.id()).then().statusCode(200).extract().jsonPath();
            sizes.add(page.getList("items").size());
            paged.addAll(page.getList("items.meetingId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(5, 5, 2), sizes);
        assertEquals(12, paged.size());
        assertEquals(java.util.Set.copyOf(requests.subList(0, 12)), java.util.Set.copyOf(paged));
        // A new request to a participant who is full is refused up front; cancelling one meeting makes room.
        request(e.id(), e.p(14), popular).then().statusCode(409).body("detail", containsString("inviteeProfileId"));
        act(e.id(), requests.get(0), "cancel", popular, null).then().statusCode(200);
        act(e.id(), thirteenth, "accept", popular, null).then().statusCode(200);
    }

    @Test
    void unansweredRequestsExpireAtTheEventStartByTheJobAndFreeTheCap() {
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).plusHours(1).withNano(0);
        var e = MeetingFixtures.event(events, store, 3, 5, start, start.plusHours(2));
        String watched = created(e.id(), e.p(0), e.p(1));
        String unread = created(e.id(), e.p(0), e.p(2));
        assertEquals(1, changesOf(unread, 1).size());
        clock.pin(start.toInstant().plusSeconds(1));
        // Nobody reads `unread`: its EXPIRED state can only come from the job.
        jobs.expire();
        List<MeetingChanged> changes = changesOf(unread, 2);
        assertEquals("EXPIRED", changes.get(1).status());
        assertEquals(start.toInstant(), changes.get(0).expiresAt());
        given().get("/events/{id}/meetings/{mid}", e.id(), watched).then().body("status", equalTo("EXPIRED"));
        act(e.id(), watched, "accept", e.p(1), null).then().statusCode(409);
        // The pair and the pending cap are free again (the event runs for two more hours).
        created(e.id(), e.p(0), e.p(1));
    }

    private static io.restassured.response.Response propose(UUID event, String id, UUID actor, OffsetDateTime slot) {
        return given().contentType(ContentType.JSON).body(Map.of("actorProfileId", actor.toString(), "slotStart", slot.toString()))
                .post("/events/{id}/meetings/{mid}/propose", event, id);
    }

    /** The MeetingChanged records of one meeting, in topic order, once {@code n} arrived. */
    static List<MeetingChanged> changesOf(String meetingId, int n) {
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(KafkaTestResource.broker().bootstrapServers(),
                Topics.MEETINGS, rs -> rs.stream().filter(r -> meetingId.equals(r.key())).count() >= n, Duration.ofSeconds(30));
        List<MeetingChanged> changes = records.stream().filter(r -> meetingId.equals(r.key()))
                .map(r -> (MeetingChanged) EventEnvelope.fromKafka(TopicRecords.headers(r), r.value()).data()).toList();
        assertEquals(n, changes.size(), "MeetingChanged records of " + meetingId + ": " + changes);
        return changes;
    }
}
