package org.innomatch.project.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.infra.quarkus.KafkaTestResource;

/** Reads topics of the embedded broker from the beginning, as an independent consumer would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** A record as read: its key, CloudEvents headers, value and partition position. */
    public record Read(String key, Map<String, String> headers, byte[] value, int partition, long offset) {

        public String header(String name) {
            return headers.get(name);
        }

        public EventEnvelope<Object> envelope() {
            return EventEnvelope.fromKafka(headers, value);
        }
    }

    /**
     * Waits until at least {@code minCount} records match, then reads on to the end of the topic so that any
     * extra (duplicate) records are returned too.
     */
    public static List<Read> await(String topic, Predicate<Read> matching, int minCount, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Read> found = List.of();
        while (System.nanoTime() < deadline) {
            found = readAll(topic).stream().filter(matching).toList();
            if (found.size() >= minCount) {
                return found;
            }
            sleep(200);
        }
        throw new AssertionError("Expected at least " + minCount + " matching records on " + topic + " within "
                + timeout + ", found " + found.size() + ": " + describe(found));
    }

    public static List<Read> awaitKey(String topic, String key, int minCount) {
        return await(topic, r -> key.equals(r.key()), minCount, Duration.ofSeconds(30));
    }

    /** Every record currently on the topic, in partition-then-offset order. */
    public static List<Read> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<Read> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end " + end);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new Read(r.key(), headers(r), r.value(), r.partition(), r.offset()));
                }
            }
            records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                    : Long.compare(a.offset(), b.offset()));
            return records;
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey(), Duration.ofSeconds(10)) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Only what producers committed; the outbox relay is idempotent, not transactional, but this is the safe choice.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String describe(List<Read> records) {
        return records.stream().map(r -> r.header("ce_type") + "@" + r.partition() + ":" + r.offset()).toList().toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
