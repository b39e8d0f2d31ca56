package org.innomatch.matching.eventmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.meetings:3,innomatch.ping:1,"
        + "innomatch.events.dlq.matching-service:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class EventModelTest {

    private static TestEvents events;

    @Inject
    EventModelStore store;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void olderStatesAndRedeliveriesChangeNothingAndBreaksRemoveSlots() {
        UUID id = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.parse("2026-12-03T09:00:00+08:00");
        EventUpserted v2 = new EventUpserted(id, "Beijing day", "Beijing", "Asia/Shanghai", start, start.plusHours(2), 20, 10,
                "OPEN", 2, Instant.now(), List.of(new EventUpserted.Break(start.plusMinutes(60), start.plusMinutes(80), "Tea")));
        EventUpserted v1 = new EventUpserted(id, "Old name", "Beijing", "Asia/Shanghai", start, start.plusHours(2), 20, 5,
                "DRAFT", 1, Instant.now());
        events.send(EventType.EVENT_UPSERTED, v2);
        events.send(EventType.EVENT_UPSERTED, v1);
        events.send(EventType.EVENT_UPSERTED, v2);
        UUID marker = UUID.randomUUID();
        UUID p = UUID.randomUUID();
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        events.send(EventType.REGISTRATION_CHANGED, new RegistrationChanged(id, p, "REGISTERED", t.plusSeconds(60)));
        events.send(EventType.REGISTRATION_CHANGED, new RegistrationChanged(id, p, "CANCELLED", t));
        // Same key, same partition: once the marker is stored everything before it was applied.
        events.send(EventType.REGISTRATION_CHANGED, new RegistrationChanged(id, marker, "REGISTERED", t));
        Await.until(Duration.ofSeconds(30), "marker registration", () -> store.isRegistered(id, marker));

        EventDefinition stored = store.event(id).orElseThrow();
        assertEquals(2, stored.version);
        assertEquals("Beijing day", stored.name);
        assertEquals(10, stored.tables);
        assertTrue(store.isRegistered(id, p), "an older CANCELLED must not override a newer REGISTERED");
        // 09:00–11:00 in 20-minute slots is 6; the tea break 10:00–10:20 removes one.
        EventSlots slots = stored.slots();
        assertEquals(5, slots.size());
        assertFalse(slots.startingAt(start.plusMinutes(60).toInstant()).isPresent());
        assertTrue(slots.startingAt(start.plusMinutes(80).toInstant()).isPresent());
        assertEquals(List.of(p, marker).stream().sorted().toList(), store.registered(id).stream().sorted().toList());
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        UUID id = UUID.randomUUID();
        String poisonKey = id.toString();
        events.sendRaw(Topics.EVENTS, poisonKey, Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", EventType.EVENT_UPSERTED.type(),
                "ce_source", "/test", "ce_time", "2026-11-20T10:00:00Z", "ce_subject", poisonKey),
                "{not json".getBytes(StandardCharsets.UTF_8));
        // A type this service does not know is skipped, not dead-lettered.
        events.sendRaw(Topics.EVENTS, poisonKey, Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.example.future.v9",
                "ce_source", "/test", "ce_time", "2026-11-20T10:00:00Z", "ce_subject", poisonKey),
                "{}".getBytes(StandardCharsets.UTF_8));
        UUID marker = UUID.randomUUID();
        // Same key, same partition: the marker is stored only after the consumer went past the poison record.
        events.send(EventType.REGISTRATION_CHANGED,
                new RegistrationChanged(id, marker, "REGISTERED", Instant.parse("2026-11-20T10:00:00Z")));
        Await.until(Duration.ofSeconds(60), "registration after the poison record", () -> store.isRegistered(id, marker));

        List<ConsumerRecord<String, byte[]>> letters = TopicRecords.readUntil(KafkaTestResource.broker().bootstrapServers(),
                EventModelConsumer.DEAD_LETTER_TOPIC, read -> read.stream().anyMatch(r -> poisonKey.equals(r.key())),
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> mine = letters.stream().filter(r -> poisonKey.equals(r.key())).toList();
        assertEquals(1, mine.size(), "only the unreadable record is dead-lettered");
        ConsumerRecord<String, byte[]> letter = mine.get(0);
        assertEquals("{not json", new String(letter.value(), StandardCharsets.UTF_8));
        assertEquals(Topics.EVENTS, TopicRecords.header(letter, "dead-letter-topic"));
        assertNotNull(TopicRecords.header(letter, "dead-letter-reason"), "the error travels with the dead letter");
    }
}
