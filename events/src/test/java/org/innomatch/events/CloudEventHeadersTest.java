package org.innomatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.events.diagnostics.Ping;
import org.innomatch.events.profiles.ProfileDeleted;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private final Ping ping = new Ping(UUID.fromString("0e9a4c7b-58d1-4f2e-a3b6-d71c0f85e294"), "profile-service",
            "wiring check", Instant.parse("2026-11-23T20:31:07.415Z"));

    @Test
    void headersAreTheBinaryModeNames() {
        EventEnvelope<Ping> envelope = EventEnvelope.of(EventType.PING, "/profile-service", ping);

        assertEquals(List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject", "content-type"),
                List.copyOf(envelope.headers().keySet()));
        assertEquals("org.innomatch.diagnostics.ping.v1", envelope.headers().get("ce_type"));
        assertEquals(ping.id().toString(), envelope.subject());
    }

    @Test
    void newEnvelopeHasARandomIdAndTheCurrentTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventEnvelope<Ping> first = EventEnvelope.of(EventType.PING, "/profile-service", "custom-subject", ping);
        EventEnvelope<Ping> second = EventEnvelope.of(EventType.PING, "/profile-service", ping);

        assertTrue(first.id() != null && !first.id().equals(second.id()));
        assertTrue(!first.time().isBefore(before) && !first.time().isAfter(Instant.now()));
        assertEquals("custom-subject", first.subject());
    }

    @Test
    void envelopeRejectsDataOfAnotherType() {
        assertThrows(IllegalArgumentException.class,
                () -> EventEnvelope.of(EventType.PROFILE_UPSERTED, "/profile-service", "x", ping));
        assertThrows(IllegalArgumentException.class,
                () -> EventEnvelope.of(EventType.PING, " ", ping));
    }

    @Test
    void timeWithAnOffsetOrZoneIsAccepted() {
        Map<String, String> headers = headers();
        headers.put(CloudEventHeaders.TIME, "2026-12-03T10:40:00+08:00[Asia/Shanghai]");
        assertEquals(Instant.parse("2026-12-03T02:40:00Z"),
                CloudEventHeaders.toEnvelope(headers, EventJson.serialize(ping)).time());

        headers.put(CloudEventHeaders.TIME, "2026-12-03T10:40:00.5+08:00");
        assertEquals(Instant.parse("2026-12-03T02:40:00.5Z"),
                CloudEventHeaders.toEnvelope(headers, EventJson.serialize(ping)).time());
    }

    @Test
    void contentTypeIsOptionalButMustBeJson() {
        Map<String, String> headers = headers();
        headers.remove(CloudEventHeaders.CONTENT_TYPE);
        assertEquals(ping, CloudEventHeaders.toEnvelope(headers, EventJson.serialize(ping)).data());

        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json; charset=UTF-8");
        assertEquals(ping, CloudEventHeaders.toEnvelope(headers, EventJson.serialize(ping)).data());

        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/avro");
        assertRejected(headers, "application/avro");
    }

    @Test
    void missingOrMalformedAttributesNameTheHeaderAndType() {
        for (String required : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT)) {
            Map<String, String> headers = headers();
            headers.remove(required);
            assertRejected(headers, required);
        }
        Map<String, String> headers = headers();
        headers.put(CloudEventHeaders.ID, "42");
        assertRejected(headers, CloudEventHeaders.ID);
        headers = headers();
        headers.put(CloudEventHeaders.TIME, "yesterday");
        assertRejected(headers, CloudEventHeaders.TIME);
        headers = headers();
        headers.put(CloudEventHeaders.SPEC_VERSION, "0.3");
        assertRejected(headers, "0.3");
    }

    @Test
    void unknownOrMissingTypeIsAnUnknownEventType() {
        Map<String, String> headers = headers();
        headers.put(CloudEventHeaders.TYPE, "org.innomatch.diagnostics.ping.v9");
        assertInstanceOf(UnknownEventTypeException.class,
                assertThrows(EventFormatException.class, () -> CloudEventHeaders.toEnvelope(headers, new byte[0])));

        headers.remove(CloudEventHeaders.TYPE);
        EventFormatException e = assertThrows(EventFormatException.class,
                () -> CloudEventHeaders.toEnvelope(headers, EventJson.serialize(ping)));
        assertTrue(e.getMessage().contains(CloudEventHeaders.TYPE), e.getMessage());
    }

    @Test
    void tombstoneComesBackAsTheDeletedRecord() {
        UUID profileId = UUID.fromString("b8e1d0c4-2f5a-4e93-8c6d-1a7f0e2b4d58");
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "5b0f3c2e-7a14-4d98-b6e1-0c9d8f2a7e43");
        headers.put("ce_type", "org.innomatch.profile.deleted.v1");
        headers.put("ce_source", "/profile-service");
        headers.put("ce_time", "2026-11-21T14:02:45Z");
        headers.put("ce_subject", profileId.toString());

        EventEnvelope<Object> envelope = EventEnvelope.fromKafka(headers, null);

        assertEquals(EventType.PROFILE_DELETED, envelope.type());
        assertEquals(new ProfileDeleted(profileId, Instant.parse("2026-11-21T14:02:45Z")), envelope.data());
    }

    private Map<String, String> headers() {
        return new HashMap<>(EventEnvelope.of(EventType.PING, "/profile-service", ping).headers());
    }

    private void assertRejected(Map<String, String> headers, String mentioned) {
        EventFormatException e = assertThrows(EventFormatException.class,
                () -> CloudEventHeaders.toEnvelope(headers, EventJson.serialize(ping)));
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
        assertTrue(e.getMessage().contains(EventType.PING.type()), e.getMessage());
        assertEquals(EventType.PING.type(), e.eventType());
    }
}
