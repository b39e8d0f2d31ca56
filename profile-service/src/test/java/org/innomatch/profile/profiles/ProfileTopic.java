package org.innomatch.profile.profiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.Topics;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;

/** Reads innomatch.profiles from the beginning, as a fresh read-model consumer would. */
final class ProfileTopic {

    static final String NAME = Topics.PROFILES;

    private ProfileTopic() {
    }

    /**
     * Every record of the topic from the first offset, read until {@code complete} holds for what was read and
     * then on to the end of every partition, so that nothing already written is missed.
     */
    static List<ConsumerRecord<String, byte[]>> readUntil(Predicate<List<ConsumerRecord<String, byte[]>>> complete,
                                                          Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(NAME, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!complete.test(records)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Records on " + NAME + " still incomplete after " + timeout + ": "
                            + describe(records));
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + NAME + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return TopicRecords.headers(record);
    }

    static EventEnvelope<Object> envelope(ConsumerRecord<String, byte[]> record) {
        return EventEnvelope.fromKafka(headers(record), record.value());
    }

    static List<ConsumerRecord<String, byte[]>> withKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    static String describe(List<ConsumerRecord<String, byte[]>> records) {
        StringBuilder text = new StringBuilder(records.size() + " records");
        for (ConsumerRecord<String, byte[]> r : records.subList(Math.max(0, records.size() - 20), records.size())) {
            Map<String, String> h = headers(r);
            text.append("\n  ").append(r.partition()).append('@').append(r.offset()).append(' ').append(r.key())
                    .append(' ').append(h.get("ce_type")).append(' ').append(h.get("ce_id"))
                    .append(r.value() == null ? " (tombstone)" : " " + new String(r.value(), StandardCharsets.UTF_8)
                            .replaceAll(".*\"version\":(\\d+).*", "v$1"));
        }
        return text.toString();
    }
}
