package org.innomatch.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.innomatch.events.EventFormatException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replica's loop against Kafka's MockConsumer. */
class CompactedTopicReplicaTest {

    private static final String TOPIC = "keys";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<MockConsumer<String, byte[]>> clients = new CopyOnWriteArrayList<>();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final List<String> live = new CopyOnWriteArrayList<>();
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private final List<String> parked = new CopyOnWriteArrayList<>();
    private volatile boolean caughtUpSeen;
    private CompactedTopicReplica replica;

    @AfterEach
    void close() {
        if (replica != null) {
            replica.close();
        }
    }

    @Test
    void replaysFromTheBeginningThenTellsLiveRecordsApart() throws InterruptedException {
        replica = start(attempt -> {
            MockConsumer<String, byte[]> c = withTopic(new MockConsumer<>("earliest"), 2);
            c.schedulePollTask(() -> {
                c.addRecord(record(0, "a"));
                c.addRecord(record(1, "b"));
            });
            c.schedulePollTask(() -> c.addRecord(record(2, "c")));
            return c;
        });

        await().atMost(WAIT).until(() -> applied.size() == 3);
        assertTrue(replica.caughtUp());
        assertTrue(caughtUpSeen, "the handler heard of it first");
        assertTrue(replica.awaitCaughtUp(Duration.ZERO));
        assertEquals(List.of("a", "b", "c"), applied);
        assertEquals(List.of("c"), live, "only what was written after start is live");
        assertEquals(2, batches.get(0), "a batch is prepared before its records are applied");
        assertTrue(replica.awaitApplied(Map.of(P0, 3L), System.nanoTime() + WAIT.toNanos()));
        assertFalse(replica.awaitApplied(Map.of(P0, 4L), System.nanoTime() + 50_000_000L));
        assertEquals(Set.of(P0), replica.assignment());
        assertTrue(replica.catchUpTime() != null);
    }

    @Test
    void transientFailuresReconnectAndResumeWhereItWas() {
        replica = start(attempt -> switch (attempt) {
            case 0 -> new MockConsumer<>("earliest") {
                @Override
                public synchronized List<PartitionInfo> partitionsFor(String topic) {
                    throw new TimeoutException("Timeout expired while fetching topic metadata");
                }
            };
            case 1 -> {
                MockConsumer<String, byte[]> c = withTopic(new MockConsumer<>("earliest"), 2);
                c.schedulePollTask(() -> c.addRecord(record(0, "a")));
                c.schedulePollTask(() -> c.setPollException(new DisconnectException("broker went away")));
                yield c;
            }
            default -> {
                MockConsumer<String, byte[]> c = withTopic(new MockConsumer<>("earliest"), 2);
                c.schedulePollTask(() -> c.addRecord(record(c.position(P0), "b")));
                yield c;
            }
        });

        await().atMost(WAIT).until(replica::caughtUp);
        assertEquals(List.of("a", "b"), applied, "the third client resumed after the record already applied");
        assertEquals(2, replica.retries());
        assertEquals(3, clients.size());
        assertTrue(clients.subList(0, 2).stream().allMatch(MockConsumer::closed), "failed clients are closed");
        assertFalse(replica.failed());
    }

    @Test
    void aFatalFailureStopsItAndSaysWhy() throws InterruptedException {
        replica = start(attempt -> new MockConsumer<>("earliest") {
            @Override
            public synchronized List<PartitionInfo> partitionsFor(String topic) {
                throw new TopicAuthorizationException(Set.of(topic));
            }
        });

        await().atMost(WAIT).until(replica::failed);
        assertFalse(replica.awaitCaughtUp(WAIT));
        assertEquals(1, clients.size(), "a fatal failure is not retried");
        assertTrue(replica.failure().contains("TopicAuthorizationException"), replica.failure());
        assertTrue(CompactedTopicReplica.isFatal(new IllegalStateException("a bug")));
        assertFalse(CompactedTopicReplica.isFatal(new TimeoutException("slow")));
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndABrokenOneSkippedWithoutStoppingTheReplica() {
        replica = start(attempt -> {
            MockConsumer<String, byte[]> c = withTopic(new MockConsumer<>("earliest"), 3);
            c.schedulePollTask(() -> {
                c.addRecord(record(0, "unreadable"));
                c.addRecord(record(1, "broken"));
                c.addRecord(record(2, "a"));
            });
            return c;
        });

        await().atMost(WAIT).until(replica::caughtUp);
        assertEquals(List.of("a"), applied);
        assertEquals(List.of("unreadable"), parked);
        assertEquals(1, replica.deadLettered());
        assertEquals(1, replica.skipped());
        assertFalse(replica.failed());
    }

    private CompactedTopicReplica start(IntFunction<MockConsumer<String, byte[]>> factory) {
        CompactedTopicReplica r = new CompactedTopicReplica(
                new CompactedTopicReplica.Settings("test-replica", List.of(TOPIC), Duration.ofMillis(10),
                        Duration.ofMillis(10), Duration.ofMillis(50)),
                () -> {
                    MockConsumer<String, byte[]> client = factory.apply(clients.size());
                    clients.add(client);
                    return client;
                },
                new CompactedTopicReplica.Handler() {
                    @Override
                    public void prepare(ConsumerRecords<String, byte[]> batch) {
                        batches.add(batch.count());
                    }

                    @Override
                    public void apply(ConsumerRecord<String, byte[]> record, boolean isLive) {
                        String value = new String(record.value(), StandardCharsets.UTF_8);
                        if (value.equals("unreadable")) {
                            throw new EventFormatException(null, "not JSON");
                        }
                        if (value.equals("broken")) {
                            throw new IllegalStateException("index full");
                        }
                        applied.add(value);
                        if (isLive) {
                            live.add(value);
                        }
                    }

                    @Override
                    public void onCaughtUp() {
                        caughtUpSeen = true;
                    }
                },
                (record, cause) -> parked.add(new String(record.value(), StandardCharsets.UTF_8)));
        r.start();
        return r;
    }

    private static MockConsumer<String, byte[]> withTopic(MockConsumer<String, byte[]> c, long end) {
        c.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, null, null, null)));
        c.updateBeginningOffsets(Map.of(P0, 0L));
        c.updateEndOffsets(Map.of(P0, end));
        return c;
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String value) {
        return new ConsumerRecord<>(TOPIC, 0, offset, "k" + offset, value.getBytes(StandardCharsets.UTF_8));
    }
}
