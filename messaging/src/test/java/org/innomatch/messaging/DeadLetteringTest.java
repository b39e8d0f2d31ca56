package org.innomatch.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventFormatException;
import org.junit.jupiter.api.Test;

class DeadLetteringTest {

    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2));

    @Test
    void anUnreadableRecordIsParkedOnceAndHandlingReturns() throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> parked = new ArrayList<>();
        ConsumerRecord<String, byte[]> poison = record();

        new DeadLettering(QUICK, (r, cause) -> parked.add(r)).handle(poison, () -> {
            throw new EventFormatException(null, "Missing header ce_type on event");
        });

        assertEquals(List.of(poison), parked);
    }

    @Test
    void parkingIsTriedAgainUntilTheDeadLettersTakeTheRecord() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();

        new DeadLettering(QUICK, (r, cause) -> {
            if (tries.incrementAndGet() < 4) {
                throw new IllegalStateException("broker away");
            }
        }).handle(record(), () -> {
            throw new EventFormatException(null, "unreadable");
        });

        assertEquals(4, tries.get());
    }

    @Test
    void aFailureThatOutlastsTheRetriesIsThrownNotParked() {
        List<ConsumerRecord<String, byte[]>> parked = new ArrayList<>();

        assertThrows(IllegalStateException.class, () -> new DeadLettering(QUICK, (r, cause) -> parked.add(r))
                .handle(record(), () -> {
                    throw new IllegalStateException("database away");
                }));

        assertTrue(parked.isEmpty());
    }

    @Test
    void theDeadLetterTopicKeepsTheRecordAndTellsWhyAndWhereItCameFrom() {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        ConsumerRecord<String, byte[]> poison = record();

        new DeadLetterTopic("matching-service", producer)
                .park(poison, new EventFormatException(null, "Missing header ce_type on event"));

        ProducerRecord<String, byte[]> letter = producer.history().get(0);
        assertEquals("innomatch.events.dlq.matching-service", letter.topic());
        assertEquals("k-1", letter.key());
        assertEquals("{not json", new String(letter.value(), StandardCharsets.UTF_8));
        assertEquals("kept", header(letter, "x-original"));
        assertEquals("Missing header ce_type on event", header(letter, "dead-letter-reason"));
        assertEquals(EventFormatException.class.getName(), header(letter, "dead-letter-exception-class-name"));
        assertEquals("innomatch.events", header(letter, "dead-letter-topic"));
        assertEquals("2", header(letter, "dead-letter-partition"));
        assertEquals("41", header(letter, "dead-letter-offset"));
    }

    private static ConsumerRecord<String, byte[]> record() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("innomatch.events", 2, 41, "k-1",
                "{not json".getBytes(StandardCharsets.UTF_8));
        record.headers().add("x-original", "kept".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
