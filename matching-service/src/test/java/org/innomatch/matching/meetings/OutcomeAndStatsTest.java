package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.meetings.MeetingFixtures.act;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
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

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class OutcomeAndStatsTest {

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
    void ratingsAfterTheSlotFeedStatistics() {
        // Running now: started an hour ago, ends in an hour; slot 0 is over.
        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        var e = MeetingFixtures.event(events, store, 8, 4, start, start.plusHours(2));
        String held = agreedAt(e, 0, 1, start);
        String noShow = agreedAt(e, 2, 3, start);
        String future = agreedAt(e, 4, 5, start.plusMinutes(100));
        String declined = MeetingFixtures.created(e.id(), e.p(6), e.p(7));
        act(e.id(), declined, "decline", e.p(7), null).then().statusCode(200);
        MeetingFixtures.created(e.id(), e.p(7), e.p(0));
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200)
                .body("scheduled", equalTo(3));

        rate(e.id(), future, e.p(4), "INFORMATIVE").then().statusCode(409);
        rate(e.id(), held, e.p(7), "INFORMATIVE").then().statusCode(403);
        rate(e.id(), held, e.p(0), "SPLENDID").then().statusCode(400).contentType("application/problem+json");
        rate(e.id(), held, e.p(0), "NO_INTEREST").then().statusCode(200).body("requesterOutcome", equalTo("NO_INTEREST"));
        rate(e.id(), held, e.p(0), "COOPERATION_LIKELY").then().statusCode(200).body("requesterOutcome", equalTo("COOPERATION_LIKELY"));
        rate(e.id(), held, e.p(1), "INFORMATIVE").then().statusCode(200).body("inviteeOutcome", equalTo("INFORMATIVE"));
        rate(e.id(), noShow, e.p(3), "DID_NOT_TAKE_PLACE").then().statusCode(200);

        JsonPath stats = given().get("/events/{id}/stats", e.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(5, stats.getInt("requests"));
        assertEquals(3, stats.getInt("accepted"));
        assertEquals(1, stats.getInt("declined"));
        assertEquals(0.75, stats.getDouble("acceptanceRate"), 1e-9);
        assertEquals(3, stats.getInt("byStatus.SCHEDULED"));
        assertEquals(1, stats.getInt("byStatus.PENDING"));
        assertEquals(2, stats.getInt("past"));
        assertEquals(1, stats.getInt("held"));
        assertEquals(1, stats.getInt("noShows"));
        assertEquals(0, stats.getInt("unrated"));
        assertEquals(Map.of("DID_NOT_TAKE_PLACE", 1, "NO_INTEREST", 0, "INFORMATIVE", 1, "COOPERATION_LIKELY", 1),
                stats.getMap("outcomes"));
        given().get("/events/{id}/stats", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void noInterestAfterAMeetingLowersTheRecommendationWithAReason() {
        UUID me = SeedProfiles.CHINESE_MEDTECH;
        UUID them = SeedProfiles.EU_CRO;
        double before = partnerScore(me, them);
        assertTrue(before > 0.1, "seed pair not recommended: " + before);

        OffsetDateTime start = OffsetDateTime.now(MeetingFixtures.SHANGHAI).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        var e = MeetingFixtures.event(events, store, 0, 4, start, start.plusHours(2));
        for (UUID p : List.of(me, them)) {
            events.send(EventType.REGISTRATION_CHANGED, new RegistrationChanged(e.id(), p, "REGISTERED", java.time.Instant.now()));
        }
        Await.until(java.time.Duration.ofSeconds(30), "registrations", () -> store.isRegistered(e.id(), me) && store.isRegistered(e.id(), them));
        String id = given().contentType(ContentType.JSON).body(Map.of("requesterProfileId", me.toString(),
                        "inviteeProfileId", them.toString(), "preferredSlots", List.of(start.toString())))
                .post("/events/{id}/meetings", e.id()).then().statusCode(201).extract().path("meetingId");
        act(e.id(), id, "accept", them, null).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200);
        rate(e.id(), id, me, "NO_INTEREST").then().statusCode(200);
        rate(e.id(), id, them, "NO_INTEREST").then().statusCode(200);

        JsonPath after = partner(me, them);
        // Both sides said "no interest": mean −1, so the score is multiplied by 1 − 0.15.
        double expected = before * (1 - 0.15);
        // Scores and contributions are rounded to 4 decimals: the product is exact only to within that rounding.
        assertEquals(expected, after.getDouble("score"), 1e-4);
        assertEquals(OutcomeFeedback.FACTOR, after.getString("reasons[-1].factor"));
        assertEquals(expected - before, after.getDouble("reasons[-1].contribution"), 1e-4);
    }

    private static double partnerScore(UUID me, UUID them) {
        return partner(me, them).getDouble("score");
    }

    private static JsonPath partner(UUID me, UUID them) {
        List<Map<String, Object>> items = given().get("/profiles/{id}/recommendations/partners?limit=100", me).then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> item = items.stream().filter(i -> them.toString().equals(i.get("profileId"))).findFirst()
                .orElseThrow(() -> new AssertionError(them + " not among " + me + "'s partners"));
        return new JsonPath(io.restassured.path.json.JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(item).toString()).prettify());
    }

    private static String agreedAt(MeetingFixtures.Event e, int a, int b, OffsetDateTime slot) {
        String id = given().contentType(ContentType.JSON).body(Map.of("requesterProfileId", e.p(a).toString(),
                        "inviteeProfileId", e.p(b).toString(), "preferredSlots", List.of(slot.toString())))
                .post("/events/{id}/meetings", e.id()).then().statusCode(201).extract().path("meetingId");
        act(e.id(), id, "accept", e.p(b), null).then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response rate(UUID event, String id, UUID actor, String outcome) {
        return given().contentType(ContentType.JSON).body(Map.of("actorProfileId", actor.toString(), "outcome", outcome))
                .post("/events/{id}/meetings/{mid}/outcome", event, id);
    }
}
