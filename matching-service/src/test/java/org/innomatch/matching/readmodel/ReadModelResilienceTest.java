package org.innomatch.matching.readmodel;

import static org.innomatch.matching.testing.TestEvents.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.DisconnectException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.PartnerOwners;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-model loop against Kafka's MockConsumer: transient failures are retried, fatal ones stop it. */
class ReadModelResilienceTest {

    private static final TopicPartition PROFILES = new TopicPartition(Topics.PROFILES, 0);
    private static final TopicPartition PROJECTS = new TopicPartition(Topics.PROJECTS, 0);

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final List<MockConsumer<String, byte[]>> clients = new CopyOnWriteArrayList<>();
    private CandidateIndex index;
    private ReadModelConsumer consumer;

    @BeforeEach
    void index() {
        index = new CandidateIndex(new TextAnalyzers(), 10);
    }

    @AfterEach
    void stop() {
        if (consumer != null) {
            consumer.stop(null);
        }
        index.close();
    }

    @Test
    void survivesAMetadataTimeoutAtStartAndADisconnectThenResumesWhereItWas() {
        AtomicLong resumedAt = new AtomicLong(-1);
        consumer = start(attempt -> switch (attempt) {
            // the finding: no metadata in time while the machine is loaded
            case 0 -> new MockConsumer<>("earliest") {
                @Override
                public synchronized List<PartitionInfo> partitionsFor(String topic) {
                    throw new TimeoutException("Timeout expired while fetching topic metadata");
                }
            };
            case 1 -> {
                MockConsumer<String, byte[]> c = withTopics(new MockConsumer<>("earliest"));
                c.schedulePollTask(() -> c.addRecord(record(0, first)));
                c.schedulePollTask(() -> c.setPollException(new DisconnectException("broker went away")));
                yield c;
            }
            default -> {
                MockConsumer<String, byte[]> c = withTopics(new MockConsumer<>("earliest"));
                c.schedulePollTask(() -> {
                    resumedAt.set(c.position(PROFILES));
                    c.addRecord(record(1, second));
                });
                yield c;
            }
        });

        Await.until(Duration.ofSeconds(10), "read model caught up", consumer::caughtUp);
        assertTrue(index.get(TargetType.PROFILE, first).isPresent());
        assertTrue(index.get(TargetType.PROFILE, second).isPresent());
        assertEquals(1, resumedAt.get(), "the third client resumes after the record already applied");
        assertEquals(2, consumer.retries());
        assertEquals(3, clients.size());
        assertTrue(clients.subList(0, 2).stream().allMatch(MockConsumer::closed), "failed clients are closed");
        assertFalse(consumer.failed());
        assertEquals(HealthCheckResponse.Status.UP, new ReadModelReadiness(consumer, index).call().getStatus());
    }

    @Test
    void anEndOffsetsTimeoutIsRetriedToo() {
        consumer = start(attempt -> {
            MockConsumer<String, byte[]> c = withTopics(new MockConsumer<>("earliest") {
                @Override
                public synchronized Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
                    if (attempt < 2) {
                        throw new TimeoutException("Failed to get offsets by times in 60000ms");
                    }
                    return super.endOffsets(partitions);
                }
            });
            c.schedulePollTask(() -> c.addRecord(record(0, first)));
            c.schedulePollTask(() -> c.addRecord(record(1, second)));
            return c;
        });

        Await.until(Duration.ofSeconds(10), "read model caught up", consumer::caughtUp);
        assertEquals(2, consumer.retries());
        assertTrue(index.get(TargetType.PROFILE, second).isPresent());
    }

    @Test
    void anAuthorizationFailureStopsItAndReadinessSaysWhy() {
        consumer = start(attempt -> new MockConsumer<>("earliest") {
            @Override
            public synchronized List<PartitionInfo> partitionsFor(String topic) {
                throw new TopicAuthorizationException(java.util.Set.of(topic));
            }
        });

        Await.until(Duration.ofSeconds(10), "consumer stopped", consumer::failed);
        assertEquals(1, clients.size(), "a fatal failure is not retried");
        assertFalse(consumer.caughtUp());
        HealthCheckResponse health = new ReadModelReadiness(consumer, index).call();
        assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
        assertTrue(String.valueOf(health.getData().orElseThrow().get("failure")).contains("TopicAuthorizationException"),
                health.getData().toString());
    }

    private interface Clients {
        MockConsumer<String, byte[]> attempt(int attempt);
    }

    private ReadModelConsumer start(Clients factory) {
        ReadModelConsumer c = new ReadModelConsumer(index, new PartnerOwners(), appeared -> { }, () -> {
            MockConsumer<String, byte[]> client = factory.attempt(clients.size());
            clients.add(client);
            return client;
        }, Duration.ofMillis(10), Duration.ofMillis(50));
        c.start(null);
        return c;
    }

    private static MockConsumer<String, byte[]> withTopics(MockConsumer<String, byte[]> c) {
        c.updatePartitions(Topics.PROFILES, List.of(new PartitionInfo(Topics.PROFILES, 0, null, null, null)));
        c.updatePartitions(Topics.PROJECTS, List.of(new PartitionInfo(Topics.PROJECTS, 0, null, null, null)));
        c.updateBeginningOffsets(Map.of(PROFILES, 0L, PROJECTS, 0L));
        c.updateEndOffsets(Map.of(PROFILES, 2L, PROJECTS, 0L));
        return c;
    }

    private static ConsumerRecord<String, byte[]> record(long offset, UUID id) {
        EventEnvelope<Object> event = EventEnvelope.of(EventType.PROFILE_UPSERTED, "/test",
                profile(id, "Lab " + id, "UNIVERSITY", "PL", List.of("AI"), "imaging AI", "hospitals",
                        List.of("imaging"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(Topics.PROFILES, 0, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, -1, event.subject(), event.value(), headers, java.util.Optional.empty());
    }
}
