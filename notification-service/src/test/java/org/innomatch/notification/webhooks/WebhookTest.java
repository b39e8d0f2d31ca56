package org.innomatch.notification.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Webhooks against a real HTTP receiver on this machine; signatures verified here, independently. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class WebhookTest {

    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/ok") ? 204 : 503, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @Test
    void aReceiverGetsASignedRequestWhoseSignatureChecksOut() throws Exception {
        JsonPath created = given().contentType(ContentType.JSON)
                .body(Map.of("url", url("/ok/hook"), "eventTypes", List.of("MATCH_FOUND")))
                .post("/webhooks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        given().get("/webhooks/{id}", id).then().statusCode(200).body("secret", nullValue()).body("url", equalTo(url("/ok/hook")));
        given().queryParam("limit", 100).get("/webhooks").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.secret", not(hasItem(secret)));
        try {
            UUID me = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            MatchFound m = new MatchFound(UUID.randomUUID(), new MatchParty("PROFILE", me, me),
                    new MatchParty("PROFILE", other, other), 0.8, Instant.now());
            produce(EventEnvelope.of(EventType.MATCH_FOUND, "/test", m.matchId().toString(), m));

            Received r = nextFor(me, Duration.ofSeconds(30));
            String webhookId = r.header("webhook-id");
            String timestamp = r.header("webhook-timestamp");
            assertNotNull(webhookId);
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 60, timestamp);
            assertEquals(expectedSignature(secret, webhookId, timestamp, r.body()), r.header("webhook-signature"));
            assertTrue(r.header("content-type").startsWith("application/json"));
            JsonPath body = JsonPath.from(r.body());
            assertEquals("notification.MATCH_FOUND", body.getString("type"));
            assertEquals(m.matchId().toString(), body.getString("data.subject"));
            // A tampered body does not verify.
            assertTrue(!expectedSignature(secret, webhookId, timestamp, r.body().replace("MATCH", "MATCX"))
                    .equals(r.header("webhook-signature")));

            await(() -> "DELIVERED".equals(given().get("/webhooks/{id}/deliveries", id).then().extract().jsonPath()
                    .getString("items.find { it.id == '" + webhookId + "' }.status")));
            JsonPath log = given().get("/webhooks/{id}/deliveries", id).then().statusCode(200).extract().jsonPath();
            assertEquals(204, log.getInt("items.find { it.id == '" + webhookId + "' }.log[0].statusCode"));
        } finally {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
        given().get("/webhooks/{id}", id).then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenTheDeliveryIsParkedAndDeadLettered() throws Exception {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("url", url("/down"), "eventTypes", List.of("MEETING_REQUESTED"),
                        "secret", "whsec_" + Base64.getEncoder().encodeToString(new byte[32])))
                .post("/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
        try {
            UUID requester = UUID.randomUUID();
            UUID invitee = UUID.randomUUID();
            UUID meeting = UUID.randomUUID();
            produce(EventEnvelope.of(EventType.MEETING_CHANGED, "/test", meeting.toString(), new MeetingChanged(meeting,
                    UUID.randomUUID(), requester, invitee, "PENDING", null, null, null, null, Instant.now())));

            // Test schedule: 100 ms doubling to 400 ms, with jitter, for 3 s (how many fit depends on the machine's load).
            await(() -> "PARKED".equals(deliveries(id).getString("items[0].status")), Duration.ofSeconds(30));
            JsonPath log = deliveries(id);
            String deliveryId = log.getString("items[0].id");
            int attempts = log.getInt("items[0].attempts");
            assertTrue(attempts >= 2, "not retried: " + attempts);
            assertEquals(attempts, log.getList("items[0].log").size());
            assertEquals(List.of(503), log.getList("items[0].log.statusCode").stream().distinct().toList());
            assertEquals("HTTP 503", log.getString("items[0].lastError"));

            List<Received> calls = received.stream().filter(r -> r.body().contains(invitee.toString())).toList();
            assertEquals(attempts, calls.size());
            assertEquals(List.of(deliveryId), calls.stream().map(r -> r.header("webhook-id")).distinct().toList());
            List<Instant> times = log.getList("items[0].log.at", String.class).stream().map(Instant::parse).toList();
            for (int i = 2; i < times.size(); i++) {
                assertTrue(Duration.between(times.get(i - 1), times.get(i)).toMillis() >= 50, "no backoff: " + times);
            }

            List<ConsumerRecord<String, byte[]>> dlq = TopicRecords.readUntil(KafkaTestResource.broker().bootstrapServers(),
                    Topics.NOTIFICATIONS_DLQ, rs -> rs.stream().anyMatch(rec -> deliveryId.equals(rec.key())), Duration.ofSeconds(20));
            ConsumerRecord<String, byte[]> parked = dlq.stream().filter(rec -> deliveryId.equals(rec.key())).findFirst().orElseThrow();
            assertEquals("delivery", TopicRecords.header(parked, "dlq-kind"));
            assertEquals("HTTP 503", TopicRecords.header(parked, "dlq-reason"));
            JsonPath summary = JsonPath.from(new String(parked.value(), StandardCharsets.UTF_8));
            assertEquals(attempts, summary.getInt("attempts"));
            assertEquals(id, summary.getString("webhookId"));
        } finally {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
    }

    @Test
    void aTestEventArrivesSignedAndCanBeResentOnceDelivered() throws Exception {
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("url", url("/ok/try")))
                .post("/webhooks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        try {
            JsonPath queued = given().queryParam("type", "MEETING_ACCEPTED").post("/webhooks/{id}/test", id)
                    .then().statusCode(202).body("notificationType", equalTo("MEETING_ACCEPTED"))
                    .body("status", equalTo("PENDING")).extract().jsonPath();
            String notificationId = queued.getString("notificationId");

            Received r = nextFor(notificationId, Duration.ofSeconds(30));
            assertEquals(queued.getString("id"), r.header("webhook-id"));
            assertEquals(expectedSignature(created.getString("secret"), r.header("webhook-id"),
                    r.header("webhook-timestamp"), r.body()), r.header("webhook-signature"));
            JsonPath body = JsonPath.from(r.body());
            assertEquals("notification.MEETING_ACCEPTED", body.getString("type"));
            assertEquals(new UUID(0, 0).toString(), body.getString("data.recipientProfileId"));
            assertEquals("test", body.getString("data.subject"));
            await(() -> "DELIVERED".equals(deliveries(id).getString(
                    "items.find { it.notificationId == '" + notificationId + "' }.status")));

            given().post("/webhooks/{id}/deliveries/{n}/retry", id, notificationId).then().statusCode(202)
                    .body("status", equalTo("PENDING"));
            Received again = nextFor(notificationId, Duration.ofSeconds(30));
            assertEquals(r.header("webhook-id"), again.header("webhook-id"), "a resend keeps the webhook-id");
            await(() -> deliveries(id).getInt("items.find { it.notificationId == '" + notificationId
                    + "' }.attempts") == 2);

            given().post("/webhooks/{id}/deliveries/{n}/retry", id, UUID.randomUUID()).then().statusCode(404);
            given().queryParam("type", "EVERYTHING").post("/webhooks/{id}/test", id).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("type"));
            given().post("/webhooks/{id}/test", UUID.randomUUID()).then().statusCode(404);
        } finally {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
    }

    @Test
    void aDeliveryWhoseRetriesAreRunningIsNotResent() {
        String id = given().contentType(ContentType.JSON).body(Map.of("url", url("/down/try")))
                .post("/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
        try {
            String notificationId = given().post("/webhooks/{id}/test", id).then().statusCode(202)
                    .extract().path("notificationId");
            // The test schedule retries for 3 s; the answer comes before that window ends.
            given().post("/webhooks/{id}/deliveries/{n}/retry", id, notificationId).then().statusCode(409)
                    .contentType(startsWith("application/problem+json"));
        } finally {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
    }

    @Test
    void afterARotationDeliveriesCarrySignaturesWithTheNewAndThePreviousSecret() throws Exception {
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("url", url("/ok/rotate")))
                .post("/webhooks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        try {
            JsonPath rotated = given().post("/webhooks/{id}/secret", id).then().statusCode(200)
                    .body("previousSecretExpiresAt", notNullValue()).extract().jsonPath();
            String newSecret = rotated.getString("secret");
            assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(created.getString("secret")));

            String notificationId = given().post("/webhooks/{id}/test", id).then().statusCode(202)
                    .extract().path("notificationId");
            Received r = nextFor(notificationId, Duration.ofSeconds(30));
            String id2 = r.header("webhook-id");
            String timestamp = r.header("webhook-timestamp");
            assertEquals(expectedSignature(newSecret, id2, timestamp, r.body()) + " "
                    + expectedSignature(created.getString("secret"), id2, timestamp, r.body()),
                    r.header("webhook-signature"));

            String chosen = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
            given().contentType(ContentType.JSON).body(Map.of("secret", chosen)).post("/webhooks/{id}/secret", id)
                    .then().statusCode(200).body("secret", equalTo(chosen));
            given().get("/webhooks/{id}", id).then().statusCode(200).body("secret", nullValue());
            given().contentType(ContentType.JSON).body(Map.of("secret", "hunter2")).post("/webhooks/{id}/secret", id)
                    .then().statusCode(422).body("errors.field", hasItem("secret"));
            given().contentType(ContentType.JSON).body("{\"secret\": [").post("/webhooks/{id}/secret", id)
                    .then().statusCode(400).contentType(startsWith("application/problem+json"));
        } finally {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
    }

    @Test
    void webhooksArePagedAndTheEventTypesListed() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(given().contentType(ContentType.JSON).body(Map.of("url", url("/ok/paged/" + i)))
                    .post("/webhooks").then().statusCode(201).extract().jsonPath().getString("id"));
        }
        try {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = (cursor == null ? given() : given().queryParam("cursor", cursor))
                        .queryParam("limit", 2).get("/webhooks").then().statusCode(200).extract().jsonPath();
                assertTrue(page.getList("items").size() <= 2);
                seen.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertTrue(seen.containsAll(ids), seen.toString());
            assertEquals(seen.size(), Set.copyOf(seen).size(), "a webhook on two pages: " + seen);
            given().queryParam("cursor", "nope!").get("/webhooks").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        } finally {
            ids.forEach(id -> given().delete("/webhooks/{id}", id).then().statusCode(204));
        }

        JsonPath types = given().get("/webhooks/event-types").then().statusCode(200).extract().jsonPath();
        assertEquals(NotificationTypes.ALL, types.getList("items.type"));
        assertEquals("notification.MATCH_FOUND", types.getString("items.find { it.type == 'MATCH_FOUND' }.payloadType"));
        assertTrue(types.getList("items.description", String.class).stream().noneMatch(String::isBlank));
    }

    @Test
    void forbiddenUrlsUnknownTypesAndMalformedSecretsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://10.0.0.5/hook"))
                .post("/webhooks").then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://169.254.169.254/latest/meta-data"))
                .post("/webhooks").then().statusCode(422).body("errors.field", hasItem("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://127.0.0.1/x"))
                .post("/webhooks").then().statusCode(422).body("errors.field", hasItem("url"));
        given().contentType(ContentType.JSON).body(Map.of("url", url("/ok"), "eventTypes", List.of("EVERYTHING")))
                .post("/webhooks").then().statusCode(422).body("errors.field", hasItem("eventTypes[0]"));
        given().contentType(ContentType.JSON)
                .body("{\"url\":\"" + url("/ok") + "\",\"eventTypes\":[\"MATCH_FOUND\",null]}")
                .post("/webhooks").then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("eventTypes[1]"));
        given().contentType(ContentType.JSON).body(Map.of("url", url("/ok"), "secret", "hunter2"))
                .post("/webhooks").then().statusCode(422).body("errors.field", hasItem("secret"));
        given().get("/webhooks/{id}/deliveries?limit=0", UUID.randomUUID()).then().statusCode(400);
        given().get("/webhooks/{id}/deliveries", UUID.randomUUID()).then().statusCode(404);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static JsonPath deliveries(String webhookId) {
        return given().get("/webhooks/{id}/deliveries", webhookId).then().statusCode(200).extract().jsonPath();
    }

    private Received nextFor(UUID recipient, Duration wait) throws InterruptedException {
        return nextFor(recipient.toString(), wait);
    }

    /** The next request whose body names {@code text}; the others are dropped. */
    private Received nextFor(String text, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Received r = received.poll(200, TimeUnit.MILLISECONDS);
            if (r != null && r.body().contains(text)) {
                return r;
            }
        }
        throw new AssertionError("no request naming " + text + " within " + wait);
    }

    private static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
