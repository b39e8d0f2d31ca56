package org.innomatch.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.innomatch.events.CloudEventHeaders;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.EventType;
import org.innomatch.events.UnknownEventTypeException;
import org.innomatch.events.diagnostics.Ping;
import org.innomatch.events.profiles.ProfileDeleted;
import org.junit.jupiter.api.Test;

class CloudEventRecordsTest {

    private static final Instant AT = Instant.parse("2026-05-04T10:15:30.123456Z");

    @Test
    void anEncodedEventDecodesToItself() {
        Ping ping = new Ping(UUID.randomUUID(), "test", "hello", AT);
        EventEnvelope<Ping> event = new EventEnvelope<>(UUID.randomUUID(), EventType.PING, "/test", AT, "s-1", ping);

        ProducerRecord<String, byte[]> sent = CloudEventRecords.encode(event);

        assertEquals(EventType.PING.topic(), sent.topic());
        assertEquals("s-1", sent.key());
        assertEquals("org.innomatch.diagnostics.ping.v1",
                new String(sent.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        assertEquals(event, CloudEventRecords.decode(received(sent)));
    }

    @Test
    void aTombstoneTypeDecodesFromItsHeadersAlone() {
        UUID profile = UUID.randomUUID();
        EventEnvelope<ProfileDeleted> deleted = new EventEnvelope<>(UUID.randomUUID(), EventType.PROFILE_DELETED,
                "/test", AT, profile.toString(), new ProfileDeleted(profile, AT));

        ConsumerRecord<String, byte[]> record = received(CloudEventRecords.encode(deleted));

        assertNull(record.value());
        assertFalse(CloudEventRecords.isBareTombstone(record));
        assertEquals(new ProfileDeleted(profile, AT), CloudEventRecords.decode(record).data());
    }

    @Test
    void aNullValueWithoutEventHeadersIsABareTombstone() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("t", 0, 0, "k", null);

        assertTrue(CloudEventRecords.isBareTombstone(record));
    }

    @Test
    void headersReadAsUtf8TheLastOfARepeatedNameWinsAndValuelessOnesAreLeftOut() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("t", 0, 0, "k", new byte[0]);
        record.headers().add("note", "first".getBytes(StandardCharsets.UTF_8));
        record.headers().add("note", "zweite Änderung".getBytes(StandardCharsets.UTF_8));
        record.headers().add("empty", null);

        assertEquals(java.util.Map.of("note", "zweite Änderung"), CloudEventRecords.headers(record));
        assertEquals(Optional.of("zweite Änderung"), CloudEventRecords.header(record, "note"));
        assertEquals(Optional.empty(), CloudEventRecords.header(record, "empty"));
        assertEquals(Optional.empty(), CloudEventRecords.header(record, "absent"));
    }

    @Test
    void anUnknownTypeAndAMalformedRecordAreTold() {
        ConsumerRecord<String, byte[]> unknown = new ConsumerRecord<>("t", 0, 0, "k", "{}".getBytes());
        unknown.headers().add(CloudEventHeaders.TYPE, "org.example.other.v1".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> noHeaders = new ConsumerRecord<>("t", 0, 0, "k", "{}".getBytes());

        assertThrows(UnknownEventTypeException.class, () -> CloudEventRecords.decode(unknown));
        assertEquals(Optional.empty(), CloudEventRecords.decodeKnown(unknown));
        assertThrows(EventFormatException.class, () -> CloudEventRecords.decode(noHeaders));
        assertThrows(EventFormatException.class, () -> CloudEventRecords.decodeKnown(noHeaders));
    }

    @Test
    void describesWhereARecordIs() {
        assertEquals("innomatch.events-2@17 (key k)",
                CloudEventRecords.describe(new ConsumerRecord<>("innomatch.events", 2, 17, "k", null)));
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
