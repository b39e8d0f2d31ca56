package org.innomatch.matching.messages;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.Topics;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.meetings.Meeting;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ComplementaryPairs;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,"
                + "innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class MessagesTest {

    private static final String MESSAGES = "/profiles/{id}/threads/{otherId}/messages";
    private static TestEvents events;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void awaitReadModel() {
        Await.ready();
    }

    @Test
    void matchedSidesWriteReadPageAndMarkRead() {
        UUID[] pair = matchedPair("Biogas Digesters");
        UUID a = pair[0];
        UUID b = pair[1];
        List<String> ids = new ArrayList<>();
        for (String text : List.of("Hello from the startup", "  Table 12 at 14:00?  ", "你好，我们在展台见。")) {
            ids.add(post(participant(a), a, b, text).then().statusCode(201)
                    .body("senderProfileId", equalTo(a.toString())).body("recipientProfileId", equalTo(b.toString()))
                    .body("text", equalTo(text.strip())).body("readAt", nullValue())
                    .extract().path("messageId"));
        }
        String threadId = MessageService.threadIdOf(a, b).toString();

        as(participant(b)).get("/profiles/{id}/threads", b).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].otherProfileId", equalTo(a.toString()))
                .body("items[0].threadId", equalTo(threadId)).body("items[0].unreadCount", equalTo(3))
                .body("items[0].lastMessage.text", equalTo("你好，我们在展台见。")).body("nextCursor", nullValue());
        as(participant(a)).get("/profiles/{id}/threads", a).then().statusCode(200)
                .body("items[0].otherProfileId", equalTo(b.toString())).body("items[0].unreadCount", equalTo(0));

        String cursor = as(participant(b)).queryParam("limit", 2).get(MESSAGES, b, a).then().statusCode(200)
                .body("items.messageId", equalTo(List.of(ids.get(2), ids.get(1))))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        as(participant(b)).queryParam("limit", 2).queryParam("cursor", cursor).get(MESSAGES, b, a).then()
                .statusCode(200).body("items.messageId", equalTo(List.of(ids.get(0)))).body("nextCursor", nullValue());

        as(participant(b)).post("/profiles/{id}/threads/{otherId}/read", b, a).then().statusCode(204);
        as(participant(b)).get("/profiles/{id}/threads", b).then().statusCode(200)
                .body("items[0].unreadCount", equalTo(0));
        as(participant(b)).get(MESSAGES, b, a).then().statusCode(200).body("items[0].readAt", notNullValue());
        // Reading marks only what was sent to the reader.
        as(participant(a)).get(MESSAGES, a, b).then().statusCode(200).body("items[0].readAt", notNullValue());
        post(participant(b), b, a, "Yes, see you there").then().statusCode(201);
        as(participant(a)).get("/profiles/{id}/threads", a).then().statusCode(200)
                .body("items[0].unreadCount", equalTo(1))
                .body("items[0].lastMessage.text", equalTo("Yes, see you there"));

        List<ConsumerRecord<String, byte[]>> records = messageRecords(threadId, 4);
        assertEquals(4, records.size(), "MessagePosted records of the thread");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertEquals(threadId, record.key());
            assertEquals("org.innomatch.message.posted.v1", header(record, "ce_type"));
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"preview\""), json);
        }
        List<String> eventIds = records.stream().map(r -> header(r, "ce_id")).toList();
        assertTrue(eventIds.contains(MessageEvents.eventIdOf(ids.get(0)).toString()), eventIds.toString());
    }

    @Test
    void nobodyElseFindsTheThread() {
        UUID[] pair = matchedPair("Cold Chain");
        UUID a = pair[0];
        UUID b = pair[1];
        post(participant(a), a, b, "Private note").then().statusCode(201);
        UUID stranger = UUID.randomUUID();
        events.upsert(TestEvents.profile(stranger, "Curious Corp", "ENTERPRISE", "DE", List.of("ENERGY"),
                "Nothing.", "Everything.", List.of("x"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        for (String caller : List.of(participant(stranger), TestTokens.bearer(TestTokens.internalPartner("nobody")))) {
            as(caller).get(MESSAGES, a, b).then().statusCode(404)
                    .contentType(containsString("application/problem+json"));
            post(caller, a, b, "Let me in").then().statusCode(404);
            as(caller).post("/profiles/{id}/threads/{otherId}/read", a, b).then().statusCode(404);
            as(caller).get("/profiles/{id}/threads", a).then().statusCode(403);
        }
        // A side may not read the thread through the other side's path either.
        as(participant(b)).get(MESSAGES, a, b).then().statusCode(404);
        // A stranger's own view of a pair it is not part of is its own (empty) thread.
        as(participant(stranger)).get(MESSAGES, stranger, a).then().statusCode(200).body("items.size()", equalTo(0));
        as(TestTokens.bearer(TestTokens.internalAdmin())).get(MESSAGES, a, b).then().statusCode(200)
                .body("items[0].text", equalTo("Private note"));
    }

    @Test
    void writingNeedsAHoldingMatchOrAnAgreedMeetingAndValidText() {
        UUID[] pair = ComplementaryPairs.create(events, "Drip Irrigation");
        UUID a = pair[0];
        UUID b = pair[1];
        post(participant(a), a, b, "Hi").then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("neither a mutual match")).body("errors[0].field", equalTo("otherId"));
        as(participant(a)).get(MESSAGES, a, b).then().statusCode(200).body("items.size()", equalTo(0));

        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID().toString();
        meeting.eventId = UUID.randomUUID().toString();
        meeting.requesterProfileId = b.toString();
        meeting.inviteeProfileId = a.toString();
        meeting.status = "PENDING";
        meeting.createdAt = Instant.now();
        meeting.published = true;
        meeting.persist();
        post(participant(a), a, b, "Hi").then().statusCode(403);
        Meeting.mongoCollection().updateOne(Filters.eq("_id", meeting.id),
                Updates.set("status", "ACCEPTED"));
        post(participant(a), a, b, "Hi, about our meeting").then().statusCode(201);

        for (String body : List.of("{\"text\":\"   \"}", "{}", "{\"text\":null}")) {
            given().contentType(ContentType.JSON).body(body).post(MESSAGES, a, b).then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("errors.field", hasItem("text"));
        }
        given().contentType(ContentType.JSON).post(MESSAGES, a, b).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().contentType(ContentType.JSON).body("{\"text\":").post(MESSAGES, a, b).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        post(null, a, b, " " + "长".repeat(2000) + " ").then().statusCode(201);
        post(null, a, b, "x".repeat(2001)).then().statusCode(400).body("errors[0].field", equalTo("text"));
        post(null, a, a, "Hello me").then().statusCode(400).body("errors[0].field", equalTo("otherId"));
        given().queryParam("cursor", "not-a-cursor").get(MESSAGES, a, b).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().queryParam("limit", 0).get(MESSAGES, a, b).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().get("/profiles/{id}/threads/{otherId}/messages", a, "not-a-uuid").then().statusCode(404);
    }

    @Test
    void anEndedMatchStopsWritingButKeepsTheHistory() {
        UUID[] pair = matchedPair("Heat Pumps");
        UUID a = pair[0];
        UUID b = pair[1];
        post(participant(a), a, b, "Before").then().statusCode(201);
        decide(b, a, "NOT_INTERESTED").then().statusCode(200);
        post(participant(a), a, b, "After").then().statusCode(403);
        post(participant(b), b, a, "After").then().statusCode(403);
        as(participant(b)).get(MESSAGES, b, a).then().statusCode(200).body("items.text", equalTo(List.of("Before")));
    }

    @Test
    void erasingAProfileErasesItsMessagesBothWays() {
        UUID[] pair = matchedPair("Wind Blades");
        UUID a = pair[0];
        UUID b = pair[1];
        post(participant(a), a, b, "From a").then().statusCode(201);
        post(participant(b), b, a, "From b").then().statusCode(201);
        events.deleteProfile(a);
        await().atMost(Duration.ofSeconds(10)).until(() -> Message.count("threadId",
                MessageService.threadIdOf(a, b).toString()) == 0);
        given().get("/profiles/{id}/threads", b).then().statusCode(200).body("items.size()", equalTo(0));
        given().get(MESSAGES, b, a).then().statusCode(200).body("items.size()", equalTo(0));
        assertEquals(0, ThreadEntry.count("ownerProfileId", a.toString()));
    }

    @Test
    void aMessageLeftUnpublishedIsRepublishedWithItsEventId() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        // As a crash between the write and the send leaves it: stored, not flagged.
        Message m = new Message();
        m.id = UUID.randomUUID().toString();
        m.threadId = MessageService.threadIdOf(a, b).toString();
        m.senderProfileId = a.toString();
        m.recipientProfileId = b.toString();
        m.text = "Left behind by a crash";
        m.postedAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        m.published = false;
        m.persist();
        await().atMost(Duration.ofSeconds(20)).until(() -> Message.<Message>findById(m.id).published);
        List<ConsumerRecord<String, byte[]>> records = messageRecords(m.threadId, 1);
        assertEquals(1, records.size());
        assertEquals(MessageEvents.eventIdOf(m.id).toString(), header(records.get(0), "ce_id"));
    }

    private static UUID[] matchedPair(String topic) {
        UUID[] pair = ComplementaryPairs.create(events, topic);
        decide(pair[0], pair[1], "INTERESTED").then().statusCode(201);
        decide(pair[1], pair[0], "INTERESTED").then().statusCode(201);
        return pair;
    }

    private static Response decide(UUID profile, UUID target, String decision) {
        return given().contentType(ContentType.JSON)
                .body("{\"targetType\":\"PROFILE\",\"targetId\":\"" + target + "\",\"decision\":\"" + decision + "\"}")
                .post("/profiles/{id}/interests", profile);
    }

    private static Response post(String bearer, UUID from, UUID to, String text) {
        RequestSpecification spec = bearer == null ? given() : as(bearer);
        return spec.contentType(ContentType.JSON).body(Map.of("text", text)).post(MESSAGES, from, to);
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer);
    }

    private static String participant(UUID profileId) {
        return TestTokens.bearer(TestTokens.internalParticipant(profileId.toString()));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The MessagePosted records keyed by the thread, read until {@code expected} arrived or 10 s passed. */
    private static List<ConsumerRecord<String, byte[]>> messageRecords(String threadId, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MATCHES).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (threadId.equals(r.key())) {
                        found.add(r);
                    }
                }
            }
            // A little longer: a duplicate would show up here.
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                if (threadId.equals(r.key())) {
                    found.add(r);
                }
            }
        }
        return found;
    }
}
