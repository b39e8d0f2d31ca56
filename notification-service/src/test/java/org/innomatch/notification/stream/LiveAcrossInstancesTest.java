package org.innomatch.notification.stream;

import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.inbox.Inbox;
import org.innomatch.notification.inbox.Notification;
import org.innomatch.notification.support.SseClient;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Notifications written by another notification-service instance reach the streams open here: the other instance
 * is played by writing to the inbox directly and sending its live signal on the real broker.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class LiveAcrossInstancesTest {

    private static final String SIGNALS = "innomatch.notifications.live";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    LiveNotifications live;
    @Inject
    Inbox inbox;

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @Test
    void aNotificationAnotherInstanceWroteReachesTheStreamOpenHere() throws Exception {
        UUID me = UUID.randomUUID();
        try (SseClient stream = SseClient.open(port, me, null)) {
            await(() -> live.listenerCount(me.toString()) == 1);
            Notification elsewhere = writtenElsewhere(me, "Written on another instance");
            signal(me, "another-instance");
            SseClient.Sse event = stream.next(Duration.ofSeconds(10));
            assertEquals(Long.toString(elsewhere.seq), event.id());
            assertTrue(event.data().contains("Written on another instance"), event.data());
        }
    }

    @Test
    void aSignalWakesTheRecipientsStreamsHereUnlessThisInstanceSentIt() throws Exception {
        UUID me = UUID.randomUUID();
        AtomicInteger wakeUps = new AtomicInteger();
        Runnable stop = live.listen(me.toString(), wakeUps::incrementAndGet);
        try {
            // One partition: the second is read after the first, so once it has woken the stream, so had the first.
            signal(me, live.instance());
            signal(me, "another-instance");
            await(() -> wakeUps.get() >= 1);
            assertEquals(1, wakeUps.get(), "this instance's own signal woke its streams a second time");
        } finally {
            stop.run();
        }
    }

    @Test
    void aNotificationWrittenHereIsSignalledToTheOtherInstances() throws Exception {
        UUID me = UUID.randomUUID();
        produce(match(me));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(SIGNALS, 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (me.toString().equals(record.key())) {
                        assertEquals(live.instance(), record.value());
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no live signal for " + me + " on " + SIGNALS);
    }

    @Test
    void aNumberHandedOutButNotYetStoredHoldsBackWhatFollowsUntilItIsStored() throws Exception {
        UUID me = UUID.randomUUID();
        try (SseClient stream = SseClient.open(port, me, null)) {
            await(() -> live.listenerCount(me.toString()) == 1);
            // Another instance numbered its notification 1 and has not stored it yet; a third stores number 2.
            long reserved = reserveNumber(me);
            Notification second = writtenElsewhere(me, "Numbered second, stored first");
            assertEquals(reserved + 1, second.seq);
            signal(me, "third-instance");
            // Heartbeats (every second here) read the inbox too: still nothing, 2 waits for 1.
            assertTrue(stream.nothingMore(Duration.ofMillis(1_500)), "sent before the notification numbered ahead");

            storeNumbered(me, reserved, "Numbered first, stored second");
            signal(me, "another-instance");
            assertEquals(Long.toString(reserved), stream.next(Duration.ofSeconds(10)).id());
            assertEquals(Long.toString(second.seq), stream.next(Duration.ofSeconds(10)).id());
        }
    }

    @Test
    void aNumberThatNeverComesHoldsBackWhatFollowsOnlyForTheGapWait() throws Exception {
        UUID me = UUID.randomUUID();
        try (SseClient stream = SseClient.open(port, me, null)) {
            await(() -> live.listenerCount(me.toString()) == 1);
            reserveNumber(me); // its writer died before storing it
            Instant written = Instant.now();
            Notification next = writtenElsewhere(me, "After a lost number");
            signal(me, "another-instance");
            assertEquals(Long.toString(next.seq), stream.next(Duration.ofSeconds(10)).id());
            assertTrue(Duration.between(written, Instant.now()).toMillis() >= 2_500, "the gap was not waited for");
        }
    }

    /** What another instance's Notifier stores (its live signal is sent separately). */
    private Notification writtenElsewhere(UUID me, String title) {
        Notification n = notification(me, title);
        assertTrue(inbox.add(n));
        return n;
    }

    private static Notification notification(UUID me, String title) {
        Notification n = new Notification();
        n.eventId = UUID.randomUUID().toString();
        n.recipientProfileId = me.toString();
        n.type = "MATCH_FOUND";
        n.subject = UUID.randomUUID().toString();
        n.language = "en";
        n.title = title;
        n.body = title;
        n.inbox = true;
        n.email = "NONE";
        return n;
    }

    /** Takes the recipient's next number as a writer would, without storing anything yet. */
    private static long reserveNumber(UUID me) {
        Document counter = Notification.mongoDatabase().getCollection("notification_counters").findOneAndUpdate(
                Filters.eq("_id", me.toString()), Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("seq")).longValue();
    }

    /** Stores a notification under a number taken before, as the writer that took it finally does. */
    private static void storeNumbered(UUID me, long seq, String title) {
        Notification n = notification(me, title);
        n.id = Inbox.idFor(n.eventId, n.recipientProfileId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        n.createdAt = now;
        n.sortKey = String.format("%013d-%s", now.toEpochMilli(), n.id);
        n.seq = seq;
        n.persist();
    }

    private static void signal(UUID recipient, String instance) throws Exception {
        TestEvents.send(SIGNALS, recipient.toString(), Map.of(), instance.getBytes(StandardCharsets.UTF_8));
    }

    private static EventEnvelope<MatchFound> match(UUID me) {
        UUID other = UUID.randomUUID();
        MatchFound m = new MatchFound(UUID.randomUUID(), new MatchParty("PROFILE", me, me),
                new MatchParty("PROFILE", other, other), 0.8, Instant.now());
        return EventEnvelope.of(EventType.MATCH_FOUND, "/test", me.toString(), m);
    }
}
