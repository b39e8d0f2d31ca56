package org.innomatch.notification.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.caller.testing.NoDefaultCaller;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.support.SseClient;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may see what (role × endpoint × own/other): a participant its own notifications and preferences; a partner
 * those of the profiles it created; an admin all. Webhooks belong to partners. No token: 401.
 */
@QuarkusTest
@NoDefaultCaller
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class NotificationAccessTest {

    private static final String PL = "embassy-pl";
    private static final String CA = "embassy-ca";

    @Inject
    Recipients recipients;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** Created by partner PL. */
    UUID alice;
    /** Registered directly, by no partner. */
    UUID bob;
    String aliceNotification;
    String bobNotification;

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @BeforeEach
    void twoProfilesWithAMatch() throws Exception {
        alice = profile("Alice Labs", PL);
        bob = profile("Bob Ltd", null);
        await(() -> recipients.find(alice).isPresent() && recipients.find(bob).isPresent());
        MatchFound m = new MatchFound(UUID.randomUUID(), party(alice), party(bob), 0.8, Instant.now());
        produce(EventEnvelope.of(EventType.MATCH_FOUND, "/test", m.matchId().toString(), m));
        await(() -> count(alice) == 1 && count(bob) == 1);
        aliceNotification = firstId(alice);
        bobNotification = firstId(bob);
    }

    @Test
    void everyEndpointNeedsAToken() {
        for (Response response : List.of(
                given().get("/profiles/{id}/notifications", alice),
                given().get("/profiles/{id}/notifications/unread-count", alice),
                given().post("/profiles/{id}/notifications/read-all", alice),
                given().post("/notifications/{id}/read", aliceNotification),
                given().accept("text/event-stream").get("/profiles/{id}/notifications/stream", alice),
                given().get("/profiles/{id}/notification-preferences", alice),
                given().contentType(ContentType.JSON).body(Map.of()).put("/profiles/{id}/notification-preferences", alice),
                given().get("/webhooks"),
                given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook")).post("/webhooks"))) {
            response.then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aParticipantSeesAndMarksOnlyItsOwnNotificationsAndPreferences() throws Exception {
        String token = TestTokens.internalParticipant(alice.toString());
        as(token).get("/profiles/{id}/notifications", alice).then().statusCode(200).body("items.size()", equalTo(1));
        as(token).get("/profiles/{id}/notifications/unread-count", alice).then().statusCode(200).body("unread", equalTo(1));
        as(token).get("/profiles/{id}/notification-preferences", alice).then().statusCode(200);
        as(token).contentType(ContentType.JSON).body(Map.of("dailyCap", 10))
                .put("/profiles/{id}/notification-preferences", alice).then().statusCode(200);
        as(token).post("/notifications/{id}/read", aliceNotification).then().statusCode(204);
        as(token).post("/profiles/{id}/notifications/read-all", alice).then().statusCode(204);
        try (SseClient stream = SseClient.open(port, alice, "0", token)) {
            assertEquals(aliceNotification, io.restassured.path.json.JsonPath.from(stream.next().data()).getString("id"));
        }

        as(token).get("/profiles/{id}/notifications", bob).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("participant " + alice + " may not read the notifications of profile " + bob
                        + ": it belongs to another participant"));
        as(token).get("/profiles/{id}/notifications/unread-count", bob).then().statusCode(403);
        as(token).post("/profiles/{id}/notifications/read-all", bob).then().statusCode(403);
        as(token).post("/notifications/{id}/read", bobNotification).then().statusCode(403);
        as(token).accept("text/event-stream").get("/profiles/{id}/notifications/stream", bob).then().statusCode(403);
        as(token).get("/profiles/{id}/notification-preferences", bob).then().statusCode(403);
        as(token).contentType(ContentType.JSON).body(Map.of("dailyCap", 1))
                .put("/profiles/{id}/notification-preferences", bob).then().statusCode(403);
        // Refused means untouched.
        given().header("Authorization", TestTokens.bearer(TestTokens.internalParticipant(bob.toString())))
                .get("/profiles/{id}/notifications/unread-count", bob).then().statusCode(200).body("unread", equalTo(1));
    }

    @Test
    void aPartnerSeesTheNotificationsOfTheProfilesItCreatedOnly() {
        String pl = TestTokens.internalPartner(PL);
        as(pl).get("/profiles/{id}/notifications", alice).then().statusCode(200).body("items.size()", equalTo(1));
        as(pl).get("/profiles/{id}/notification-preferences", alice).then().statusCode(200);
        as(pl).post("/notifications/{id}/read", aliceNotification).then().statusCode(204);
        as(pl).get("/profiles/{id}/notifications", bob).then().statusCode(403)
                .body("detail", containsString("it was not created by this partner"));
        as(pl).post("/notifications/{id}/read", bobNotification).then().statusCode(403);
        as(pl).accept("text/event-stream").get("/profiles/{id}/notifications/stream", bob).then().statusCode(403);

        String ca = TestTokens.internalPartner(CA);
        as(ca).get("/profiles/{id}/notifications", alice).then().statusCode(403);
        as(ca).get("/profiles/{id}/notification-preferences", alice).then().statusCode(403);
        // Unknown to the read model: no partner created it as far as this service knows.
        as(pl).get("/profiles/{id}/notifications", UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void anAdminSeesEveryonesNotifications() {
        String admin = TestTokens.internalAdmin();
        as(admin).get("/profiles/{id}/notifications", bob).then().statusCode(200).body("items.size()", equalTo(1));
        as(admin).get("/profiles/{id}/notifications", alice).then().statusCode(200);
        as(admin).post("/notifications/{id}/read", bobNotification).then().statusCode(204);
        as(admin).get("/profiles/{id}/notification-preferences", bob).then().statusCode(200);
    }

    @Test
    void webhooksBelongToTheirPartnerAdminsSeeAllParticipantsNone() {
        String pl = TestTokens.internalPartner(PL);
        String ca = TestTokens.internalPartner(CA);
        String admin = TestTokens.internalAdmin();
        String plHook = create(pl);
        String caHook = create(ca);
        try {
            as(pl).get("/webhooks").then().statusCode(200).body("items.id", equalTo(List.of(plHook)));
            as(pl).get("/webhooks/{id}", plHook).then().statusCode(200);
            as(pl).get("/webhooks/{id}/deliveries", plHook).then().statusCode(200);
            as(pl).get("/webhooks/{id}", caHook).then().statusCode(404);
            as(pl).get("/webhooks/{id}/deliveries", caHook).then().statusCode(404);
            as(pl).delete("/webhooks/{id}", caHook).then().statusCode(404);
            as(admin).queryParam("limit", 100).get("/webhooks").then().statusCode(200)
                    .body("items.id", hasItems(plHook, caHook));
            as(admin).get("/webhooks/{id}/deliveries", caHook).then().statusCode(200);

            String participant = TestTokens.internalParticipant(alice.toString());
            as(participant).get("/webhooks").then().statusCode(403).contentType("application/problem+json")
                    .body("detail", equalTo("A participant may not manage webhooks"));
            as(participant).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook"))
                    .post("/webhooks").then().statusCode(403);
            as(participant).delete("/webhooks/{id}", plHook).then().statusCode(403);

            as(pl).delete("/webhooks/{id}", plHook).then().statusCode(204);
            as(ca).get("/webhooks/{id}", caHook).then().statusCode(200);
        } finally {
            as(admin).delete("/webhooks/{id}", plHook);
            as(admin).delete("/webhooks/{id}", caHook);
        }
    }

    private static String create(String token) {
        // A type no test here produces, so the hook receives nothing during the suite.
        return as(token).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("MEETING_EXPIRED")))
                .post("/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    private static UUID profile(String name, String ownerPartnerId) throws Exception {
        UUID id = UUID.randomUUID();
        produce(EventEnvelope.of(EventType.PROFILE_UPSERTED, "/test", id.toString(),
                TestEvents.profileState(id, name, List.of("en"), "PL", List.of("AI"), null, ownerPartnerId)));
        return id;
    }

    private static MatchParty party(UUID profileId) {
        return new MatchParty("PROFILE", profileId, profileId);
    }

    private static int count(UUID profileId) {
        return as(TestTokens.internalAdmin()).get("/profiles/{id}/notifications", profileId)
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static String firstId(UUID profileId) {
        return as(TestTokens.internalAdmin()).get("/profiles/{id}/notifications", profileId)
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }
}
