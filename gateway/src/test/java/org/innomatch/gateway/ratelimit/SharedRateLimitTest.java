package org.innomatch.gateway.ratelimit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.innomatch.gateway.support.TestBroker;
import org.innomatch.infra.TopicSpec;
import org.innomatch.messaging.KafkaClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gateway instances that share their callers' usage through a topic on a real broker: a caller's limit holds across
 * all of them, an instance started later knows what its callers just spent, stale reports are ignored, and without
 * Kafka each instance goes on limiting alone.
 */
class SharedRateLimitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final Duration INTERVAL = Duration.ofMillis(100);

    @RegisterExtension
    static final TestBroker BROKER = new TestBroker();

    private final List<SharedUsage> sharing = new ArrayList<>();
    private String topic;

    @AfterEach
    void closeInstances() {
        sharing.forEach(SharedUsage::close);
    }

    /** A fresh topic per test, so that no test sees another's usage. */
    private static String newTopic() {
        return BROKER.newTopic("innomatch.rate-usage", name -> TopicSpec.plain(name, 2));
    }

    /** A gateway instance's limiter, sharing through {@link #topic}, once it has read the recent reports. */
    private RateLimiter instance(int capacity, int refillPerMinute) {
        RateLimiter limiter = new RateLimiter(TestLimits.of(capacity, refillPerMinute));
        SharedUsage shared = new SharedUsage(limiter, Optional.of(topic), INTERVAL,
                KafkaClientConfig.forBroker(BROKER.bootstrapServers()));
        sharing.add(shared);
        assertTrue(shared.awaitCaughtUp(Duration.ofSeconds(30)), "the instance never read the topic");
        return limiter;
    }

    @Test
    void tokensACallerSpentOnOneInstanceAreMissingFromItsBucketOnTheOthers() throws Exception {
        topic = newTopic();
        RateLimiter a = instance(5, 1);
        RateLimiter b = instance(5, 1);
        RateLimiter c = instance(5, 1);
        for (int i = 0; i < 3; i++) {
            assertTrue(a.consume("key:portal", "partner").allowed());
        }
        assertTrue(b.consume("key:portal", "partner").allowed());
        // 3 on a and 1 on b: once the reports are read, one token is left on every instance.
        await("instance c never took in a's and b's reports").atMost(PATIENCE)
                .until(() -> c.available("key:portal", "partner") == 1);
        await("instance a never took in b's report").atMost(PATIENCE)
                .until(() -> a.available("key:portal", "partner") == 1);
        await("instance b never took in a's report").atMost(PATIENCE)
                .until(() -> b.available("key:portal", "partner") == 1);

        RateDecision last = c.consume("key:portal", "partner");
        assertTrue(last.allowed());
        assertEquals(0, last.remaining());
        await("the last call, on c, was not taken in on a and b").atMost(PATIENCE)
                .until(() -> a.available("key:portal", "partner") == 0 && b.available("key:portal", "partner") == 0);
        assertFalse(a.consume("key:portal", "partner").allowed());
        assertFalse(b.consume("key:portal", "partner").allowed());
        // Another caller, on any instance, is untouched.
        assertEquals(4, b.consume("key:other", "partner").remaining());
    }

    @Test
    void aCallerSpreadOverTwoInstancesGetsItsRateOnceNotOncePerInstance() throws Exception {
        topic = newTopic();
        // 10 at once, then 10 a second: over 2 s, 30 calls in all; limited apart, two instances would allow 60.
        RateLimiter a = instance(10, 600);
        RateLimiter b = instance(10, 600);
        int allowed = 0;
        long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        for (int call = 0; System.nanoTime() < end; call++) {
            RateLimiter target = call % 2 == 0 ? a : b;
            if (target.consume("sub:participant-1", "participant").allowed()) {
                allowed++;
            }
            Thread.sleep(5);
        }
        // Beyond 30: calls an instance allowed before the other's report arrived.
        assertTrue(allowed >= 24 && allowed <= 45, allowed + " calls allowed, 30 expected");
    }

    @Test
    void anInstanceStartedLaterKnowsWhatItsCallersSpentInTheLastSeconds() throws Exception {
        topic = newTopic();
        RateLimiter a = instance(5, 1);
        RateLimiter b = instance(5, 1);
        for (int i = 0; i < 5; i++) {
            assertTrue(a.consume("key:portal", "partner").allowed());
        }
        await("instance b never took in a's report").atMost(PATIENCE)
                .until(() -> b.available("key:portal", "partner") == 0);

        // Its start returns once it has read the reports of the last seconds: no waiting here.
        RateLimiter later = instance(5, 1);
        assertEquals(0, later.available("key:portal", "partner"));
        assertFalse(later.consume("key:portal", "partner").allowed());
        assertTrue(later.consume("key:other", "partner").allowed());
    }

    @Test
    void aReportReadTooLateAnUnreadableOneAndAnInstancesOwnAreNotTakenIn() throws Exception {
        topic = newTopic();
        RateLimiter limiter = instance(10, 1);
        SharedUsage shared = sharing.get(0);
        long now = System.currentTimeMillis();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            send(producer, new UsageReport("elsewhere", now - 60_000, List.of(
                    new UsageReport.Entry("key:portal", "partner", 9))).encode());
            send(producer, new byte[] {1, 2, 3});
            send(producer, new UsageReport("elsewhere", now, List.of(
                    new UsageReport.Entry("key:portal", "partner", 3))).encode());
        }
        await("the fresh report was not taken in").atMost(PATIENCE)
                .until(() -> limiter.available("key:portal", "partner") != 10);
        // Read in order (one key, one partition): the stale and the unreadable ones first, and left out.
        assertEquals(7, limiter.available("key:portal", "partner"));
        assertEquals(2, shared.reportsIgnored());

        assertEquals(6, limiter.consume("key:portal", "partner").remaining());
        // Its own report comes back from the topic after an interval: it must not be counted twice. The topic holds
        // the three records above and that report.
        await("the instance did not read its own report back").atMost(PATIENCE)
                .until(() -> shared.recordsRead() >= 4);
        assertEquals(6, limiter.available("key:portal", "partner"));
    }

    @Test
    void withoutKafkaEachInstanceGoesOnLimitingAloneAndCountsItsReportsAsLost() throws Exception {
        RateLimiter limiter = new RateLimiter(TestLimits.of(3, 1));
        // Nothing listens on port 1.
        SharedUsage shared = new SharedUsage(limiter, Optional.of("innomatch.rate-usage"), INTERVAL,
                KafkaClientConfig.forBroker("127.0.0.1:1"));
        sharing.add(shared);
        assertFalse(shared.awaitCaughtUp(Duration.ofMillis(500)));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.consume("key:portal", "partner").allowed());
        }
        assertFalse(limiter.consume("key:portal", "partner").allowed());
        await("a report Kafka never took was not counted as lost").atMost(PATIENCE)
                .until(() -> shared.reportsLost() >= 1);
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void send(KafkaProducer<byte[], byte[]> producer, byte[] value) throws Exception {
        // Keyed like an instance's reports: the same partition, so read in this order.
        producer.send(new ProducerRecord<>(topic, "elsewhere".getBytes(StandardCharsets.UTF_8), value)).get();
    }
}
