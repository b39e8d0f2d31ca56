package org.innomatch.events;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes are {@code ce_}-prefixed
 * headers with string values and {@code datacontenttype} is the {@code content-type} header. These are the
 * headers SmallRye Reactive Messaging writes and reads with {@code cloud-events=true}; this class works on
 * plain string maps so that the contract module does not depend on Kafka.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The envelope's attributes as headers, in a stable order; {@code ce_time} is ISO-8601 in UTC. */
    public static Map<String, String> toHeaders(EventEnvelope<?> envelope) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(ID, envelope.id().toString());
        headers.put(TYPE, envelope.type().type());
        headers.put(SOURCE, envelope.source());
        headers.put(TIME, envelope.time().toString());
        headers.put(SUBJECT, envelope.subject());
        headers.put(CONTENT_TYPE, APPLICATION_JSON);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Rebuilds an envelope from headers and the JSON record value. For a tombstone type the value may be
     * {@code null}; the data is then rebuilt from {@code ce_subject} and {@code ce_time}.
     *
     * @throws UnknownEventTypeException if {@code ce_type} is not a known type
     * @throws EventFormatException      if an attribute is missing or malformed, or the value does not parse
     */
    public static EventEnvelope<Object> toEnvelope(Map<String, String> headers, byte[] value) {
        String typeName = required(headers, TYPE, null);
        EventType type = EventType.fromType(typeName);

        String specVersion = required(headers, SPEC_VERSION, typeName);
        if (!SPEC_VERSION_1_0.equals(specVersion)) {
            throw new EventFormatException(typeName, "Unsupported CloudEvents spec version '" + specVersion
                    + "' on " + typeName + " (expected " + SPEC_VERSION_1_0 + ")");
        }
        String contentType = headers.get(CONTENT_TYPE);
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith(APPLICATION_JSON)) {
            throw new EventFormatException(typeName, "Unsupported content type '" + contentType + "' on "
                    + typeName + " (expected " + APPLICATION_JSON + ")");
        }

        UUID id = parseId(required(headers, ID, typeName), typeName);
        String source = required(headers, SOURCE, typeName);
        Instant time = parseTime(required(headers, TIME, typeName), typeName);
        String subject = required(headers, SUBJECT, typeName);

        Object data = value == null && type.isTombstone()
                ? type.tombstoneData(subject, time)
                : EventJson.deserialize(value, type);
        try {
            return new EventEnvelope<>(id, type, source, time, subject, data);
        } catch (IllegalArgumentException e) {
            throw new EventFormatException(typeName, "Invalid " + typeName + " event: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> headers, String name, String typeName) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            String what = typeName == null ? "event" : typeName + " event";
            throw new EventFormatException(typeName, "Missing header " + name + " on " + what);
        }
        return value;
    }

    private static UUID parseId(String value, String typeName) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new EventFormatException(typeName, "Header " + ID + " of " + typeName + " is not a UUID: " + value, e);
        }
    }

    // ZonedDateTime accepts "Z", a numeric offset and an optional "[Region/City]" suffix alike.
    private static Instant parseTime(String value, String typeName) {
        try {
            return ZonedDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new EventFormatException(typeName,
                    "Header " + TIME + " of " + typeName + " is not an ISO-8601 date-time: " + value, e);
        }
    }
}
