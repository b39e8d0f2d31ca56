package org.innomatch.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event: the attributes travel as {@code ce_*} Kafka headers (see
 * {@link CloudEventHeaders}), {@code data} as the JSON record value (see {@link EventJson}).
 *
 * @param id      unique per event; consumers record it to ignore redeliveries
 * @param type    the event type; {@code data} is always an instance of its {@link EventType#dataClass()}
 * @param source  the producing service as a URI reference, e.g. {@code /profile-service}
 * @param time    when the change happened
 * @param subject the aggregate id, also the Kafka record key
 * @param data    the event's data record
 */
public record EventEnvelope<T>(UUID id, EventType type, String source, Instant time, String subject, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        requireNotBlank(source, "source");
        requireNotBlank(subject, "subject");
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getName()
                    + ", not " + data.getClass().getName());
        }
    }

    /** A new event with a random id, the current time and the subject the type derives from {@code data}. */
    public static <T> EventEnvelope<T> of(EventType type, String source, T data) {
        return of(type, source, type.subjectOf(data), data);
    }

    /** A new event with a random id and the current time. */
    public static <T> EventEnvelope<T> of(EventType type, String source, String subject, T data) {
        // Microseconds, so the time survives a round trip through a PostgreSQL timestamptz outbox column.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new EventEnvelope<>(UUID.randomUUID(), type, source, now, subject, data);
    }

    /**
     * Rebuilds an event from Kafka headers and record value, as a consumer reads it. A {@code null} value
     * is accepted for tombstone types and turned back into their data record.
     *
     * @throws UnknownEventTypeException if {@code ce_type} is not a known type
     * @throws EventFormatException      if an attribute is missing or malformed, or the value does not parse
     */
    public static EventEnvelope<Object> fromKafka(Map<String, String> headers, byte[] value) {
        return CloudEventHeaders.toEnvelope(headers, value);
    }

    /** The CloudEvents attributes as binary-mode Kafka headers. */
    public Map<String, String> headers() {
        return CloudEventHeaders.toHeaders(this);
    }

    /** The record value: the JSON of {@code data}, or {@code null} for a tombstone type. */
    public byte[] value() {
        return type.isTombstone() ? null : EventJson.serialize(data);
    }

    private static void requireNotBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
