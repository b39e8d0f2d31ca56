package org.innomatch.notification.stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.support.SseClient;
import org.innomatch.notification.support.SseClient.Sse;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The SSE stream, read by a plain HTTP client the way a mobile client reads it. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class StreamTest {


    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    LiveNotifications live;

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @Test
    void aClientGetsNotificationsLiveAndAfterReconnectingExactlyTheOnesItMissed() throws Exception {
        UUID me = UUID.randomUUID();
        SseClient first = SseClient.open(port, me, null);
        await(() -> live.listenerCount(me.toString()) == 1);
        EventEnvelope<MatchFound> m1 = match(me);
        produce(m1);
        Sse e1 = first.next();
        assertEquals("notification", e1.name());
        JsonPath d1 = JsonPath.from(e1.data());
        assertEquals(m1.data().matchId().toString(), d1.getString("subject"));
        assertEquals("MATCH_FOUND", d1.getString("type"));
        assertEquals(e1.id(), String.valueOf(d1.getLong("seq")));
        assertTrue(first.sawHeartbeat(Duration.ofSeconds(5)), "no heartbeat comment");
        first.close();
        await(() -> live.listenerCount(me.toString()) == 0);

        // Missed while away.
        EventEnvelope<MatchFound> m2 = match(me);
        EventEnvelope<MatchFound> m3 = match(me);
        produce(m2);
        produce(m3);
        await(() -> inboxSize(me) == 3);

        SseClient second = SseClient.open(port, me, e1.id());
        assertEquals(m2.data().matchId().toString(), JsonPath.from(second.next().data()).getString("subject"));
        assertEquals(m3.data().matchId().toString(), JsonPath.from(second.next().data()).getString("subject"));
        await(() -> live.listenerCount(me.toString()) == 1);
        EventEnvelope<MatchFound> m4 = match(me);
        produce(m4);
        assertEquals(m4.data().matchId().toString(), JsonPath.from(second.next().data()).getString("subject"));
        assertTrue(second.nothingMore(Duration.ofMillis(700)), "an event came twice");
        second.close();
    }

    @Test
    void reconnectingInTheMiddleOfABurstMissesNothingAndRepeatsNothing() throws Exception {
        UUID me = UUID.randomUUID();
        int total = 30;
        SseClient first = SseClient.open(port, me, null);
        await(() -> live.listenerCount(me.toString()) == 1);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    produce(match(me));
                    Thread.sleep(40);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        List<Sse> received = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            received.add(first.next());
        }
        first.close();
        SseClient second = SseClient.open(port, me, received.get(received.size() - 1).id());
        while (received.size() < total) {
            received.add(second.next());
        }
        producer.join();
        assertTrue(second.nothingMore(Duration.ofMillis(700)), "more events than notifications");
        second.close();

        Set<String> ids = new HashSet<>();
        received.forEach(e -> ids.add(e.id()));
        assertEquals(total, ids.size(), "duplicates: " + received.stream().map(Sse::id).toList());
        List<Long> seqs = received.stream().map(e -> Long.parseLong(e.id())).toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i) > seqs.get(i - 1), "out of order: " + seqs);
        }
        assertEquals(total, inboxSize(me));
    }

    @Test
    void aMalformedLastEventIdIsAProblemNamingIt() {
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream")
                .get("/profiles/{id}/notifications/stream", UUID.randomUUID())
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("Last-Event-ID"));
    }

    private static EventEnvelope<MatchFound> match(UUID me) {
        UUID other = UUID.randomUUID();
        MatchFound m = new MatchFound(UUID.randomUUID(), new MatchParty("PROFILE", me, me),
                new MatchParty("PROFILE", other, other), 0.8, Instant.now());
        return EventEnvelope.of(EventType.MATCH_FOUND, "/test", me.toString(), m);
    }

    private static int inboxSize(UUID me) {
        return given().get("/profiles/{id}/notifications?limit=100", me).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }
}
