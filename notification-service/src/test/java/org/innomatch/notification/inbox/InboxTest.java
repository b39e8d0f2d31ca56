package org.innomatch.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.innomatch.notification.support.TestEvents.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.notification.support.TestEvents;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.recipients.Recipients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class InboxTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaProducer<String, byte[]> producer;

    @Inject
    Recipients recipients;

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    @Test
    void eachSideIsNotifiedOnceInItsLanguageWithTheOtherPartysName() throws Exception {
        UUID zh = profile("深圳医疗科技有限公司", List.of("zh"));
        UUID en = profile("Leiden BioTech BV", List.of("en"));
        awaitRecipients(zh, en);

        EventEnvelope<MatchFound> match = matchEvent(en, zh);
        produce(match);
        await(() -> count(zh) == 1 && count(en) == 1);

        JsonPath zhInbox = inbox(zh, "");
        assertEquals("MATCH_FOUND", zhInbox.getString("items[0].type"));
        assertEquals("zh", zhInbox.getString("items[0].language"));
        assertEquals("新的双向匹配", zhInbox.getString("items[0].title"));
        assertTrue(zhInbox.getString("items[0].body").contains("Leiden BioTech BV"), zhInbox.prettify());
        assertEquals(en.toString(), zhInbox.getString("items[0].otherProfileId"));
        assertEquals(match.data().matchId().toString(), zhInbox.getString("items[0].subject"));

        JsonPath enInbox = inbox(en, "");
        assertEquals("en", enInbox.getString("items[0].language"));
        assertEquals("New mutual match", enInbox.getString("items[0].title"));
        assertEquals("You and 深圳医疗科技有限公司 are both interested — request a meeting.",
                enInbox.getString("items[0].body"));

        // The same record again (same ce_id), then a marker on the same key and so the same partition, after it.
        produce(match);
        UUID third = UUID.randomUUID();
        produce(EventEnvelope.of(EventType.MATCH_FOUND, "/test", match.subject(), new MatchFound(UUID.randomUUID(),
                party(zh), party(third), 0.7, Instant.now())));
        await(() -> count(zh) == 2);

        JsonPath after = inbox(zh, "");
        List<String> subjects = after.getList("items.subject");
        assertEquals(1, subjects.stream().filter(s -> s.equals(match.data().matchId().toString())).count(), after.prettify());
        // The other party's name is unknown: its id stands in.
        assertTrue(after.getString("items[0].body").contains(third.toString()), after.prettify());
        assertEquals(1, count(en));
    }

    @Test
    void unreadFilterCountMarkReadAndReadAll() throws Exception {
        UUID me = profile("Fraunhofer Partner", List.of("de", "en"));
        awaitRecipients(me);
        for (int i = 0; i < 3; i++) {
            produce(matchEvent(me, UUID.randomUUID()));
        }
        await(() -> count(me) == 3);
        given().get("/profiles/{id}/notifications/unread-count", me).then().statusCode(200).body("unread", equalTo(3));
        assertEquals("en", inbox(me, "").getString("items[0].language"));

        String first = inbox(me, "").getString("items[1].id");
        given().post("/notifications/{id}/read", first).then().statusCode(204);
        given().post("/notifications/{id}/read", first).then().statusCode(204);
        given().get("/profiles/{id}/notifications/unread-count", me).then().statusCode(200).body("unread", equalTo(2));

        JsonPath unread = inbox(me, "unread=true");
        assertEquals(2, unread.getList("items").size());
        assertFalse(unread.getList("items.id").contains(first));
        JsonPath read = inbox(me, "unread=false");
        assertEquals(List.of(first), read.getList("items.id"));
        assertEquals(true, read.getBoolean("items[0].read"));

        given().post("/profiles/{id}/notifications/read-all", me).then().statusCode(204);
        given().get("/profiles/{id}/notifications/unread-count", me).then().statusCode(200).body("unread", equalTo(0));
        assertEquals(0, inbox(me, "unread=true").getList("items").size());
        assertEquals(3, inbox(me, "").getList("items").size());
    }

    @Test
    void pagesAreCompleteAndDuplicateFreeNewestFirst() throws Exception {
        UUID me = UUID.randomUUID();
        for (int i = 0; i < 23; i++) {
            produce(matchEvent(me, UUID.randomUUID()));
        }
        await(() -> count(me) == 23);

        List<String> ids = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = inbox(me, "limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
            ids.addAll(page.getList("items.id"));
            times.addAll(page.getList("items.createdAt"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(3, pages);
        assertEquals(23, ids.size());
        assertEquals(23, new HashSet<>(ids).size());
        List<Instant> instants = times.stream().map(Instant::parse).toList();
        for (int i = 1; i < instants.size(); i++) {
            assertFalse(instants.get(i).isAfter(instants.get(i - 1)), "not newest first: " + times);
        }
        // The default page size is 20.
        assertEquals(20, inbox(me, "").getList("items").size());
    }

    @Test
    void aProfileTombstoneErasesItsNotificationsAndThoseInOtherInboxesThatNameIt() throws Exception {
        UUID gone = profile("Gone GmbH", List.of("en"));
        UUID stays = profile("Stays Ltd", List.of("en"));
        UUID third = profile("Third SA", List.of("en"));
        awaitRecipients(gone, stays, third);
        produce(matchEvent(gone, stays));
        produce(matchEvent(stays, third));
        UUID meeting = UUID.randomUUID();
        produce(EventEnvelope.of(EventType.MEETING_CHANGED, "/test", meeting.toString(), new MeetingChanged(meeting,
                UUID.randomUUID(), gone, stays, "PENDING", null, null, null, null, Instant.now())));
        await(() -> count(gone) == 1 && count(stays) == 3 && count(third) == 1);
        assertTrue(inbox(stays, "").getList("items.body").stream().anyMatch(b -> b.toString().contains("Gone GmbH")));

        produce(EventEnvelope.of(EventType.PROFILE_DELETED, "/test", gone.toString(), new ProfileDeleted(gone, Instant.now())));
        await(() -> recipients.find(gone).isEmpty() && count(gone) == 0 && count(stays) == 1);
        JsonPath left = inbox(stays, "");
        assertEquals(third.toString(), left.getString("items[0].otherProfileId"), left.prettify());
        assertTrue(left.getList("items.body").stream().noneMatch(b -> b.toString().contains("Gone GmbH")), left.prettify());
        assertEquals(1, count(third));
    }

    @Test
    void aPoisonRecordDoesNotStopLaterOnes() throws Exception {
        UUID me = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        EventEnvelope<MatchFound> valid = matchEvent(me, UUID.randomUUID());
        // Same key as the good record: same partition, before it.
        send("innomatch.matches", key, valid.headers(), "{not json".getBytes(StandardCharsets.UTF_8));
        send("innomatch.matches", key, Map.of("ce_type", "org.innomatch.match.found.v1"), "{}".getBytes(StandardCharsets.UTF_8));
        send("innomatch.matches", key, valid.headers(), null);
        send("innomatch.matches", key, valid.headers(), valid.value());
        await(() -> count(me) == 1);
        assertEquals(valid.data().matchId().toString(), inbox(me, "").getString("items[0].subject"));
        // The three unreadable ones are on the dead-letter topic, with where they came from.
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> dlq = org.innomatch.infra.TopicRecords.readUntil(
                KafkaTestResource.broker().bootstrapServers(), "innomatch.notifications.dlq",
                rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= 3, WAIT);
        List<String> sources = dlq.stream().filter(r -> key.equals(r.key()))
                .map(r -> org.innomatch.infra.TopicRecords.header(r, "dlq-source")).toList();
        assertEquals(3, sources.size(), sources.toString());
        assertTrue(sources.stream().allMatch(s -> s.startsWith("innomatch.matches-")), sources.toString());
        assertEquals("{not json", new String(dlq.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aBadLimitIsAProblemNamingLimit() {
        UUID me = UUID.randomUUID();
        for (String limit : List.of("0", "101", "abc")) {
            given().get("/profiles/{id}/notifications?limit=" + limit, me).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem("limit"));
        }
        given().get("/profiles/{id}/notifications?cursor=bogus", me).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void anUnknownNotificationIsANotFoundProblem() {
        UUID unknown = UUID.randomUUID();
        given().post("/notifications/{id}/read", unknown).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("detail", containsString(unknown.toString()));
    }

    // --- helpers

    private UUID profile(String name, List<String> languages) throws Exception {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        ProfileUpserted p = new ProfileUpserted(id, name, "ENTERPRISE", name, "NL", List.of("HEALTH"), "offers",
                "needs", List.of(), List.of("JOINT_RESEARCH"), languages, null, "PUBLIC", null, 1, now, now);
        produce(EventEnvelope.of(EventType.PROFILE_UPSERTED, "/test", id.toString(), p));
        return id;
    }

    private void awaitRecipients(UUID... ids) throws InterruptedException {
        await(() -> {
            for (UUID id : ids) {
                if (recipients.find(id).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static EventEnvelope<MatchFound> matchEvent(UUID profileA, UUID profileB) {
        MatchFound m = new MatchFound(UUID.randomUUID(), party(profileA), party(profileB), 0.83, Instant.now());
        return EventEnvelope.of(EventType.MATCH_FOUND, "/test", m.matchId().toString(), m);
    }

    private static MatchParty party(UUID profileId) {
        return new MatchParty("PROFILE", profileId, profileId);
    }

    private static void produce(EventEnvelope<?> event) throws Exception {
        send(event.type().topic(), event.subject(), event.headers(), event.value());
    }

    private static void send(String topic, String key, Map<String, String> headers, byte[] value) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer().send(record).get();
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static int count(UUID profileId) {
        return inbox(profileId, "limit=100").getList("items").size();
    }

    private static JsonPath inbox(UUID profileId, String query) {
        return given().get("/profiles/{id}/notifications" + (query.isEmpty() ? "" : "?" + query), profileId).then().statusCode(200).extract().jsonPath();
    }
}
