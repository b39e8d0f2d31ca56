package org.innomatch.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON format of event data: ISO-8601 date-times that keep their offset, nulls left out, unknown
 * properties ignored on read so that a field added by a producer does not break older consumers.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = newMapper();
    // Taken once: later changes to the shared mapper by some caller cannot alter the contract format.
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectReader READER = MAPPER.reader();

    private EventJson() {
    }

    /** The shared, configured mapper. Do not reconfigure it; take {@link #newMapper()} to customise. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper with the contract configuration. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // Otherwise "09:00+08:00" comes back as "01:00Z": same instant, lost local time of the event.
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // Keeps "2500000.00" exactly (not 2500000.0 or 2.5E+6) in trees, e.g. when a relay or test
                // handles the JSON as a JsonNode.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /** The UTF-8 JSON of an event's data (or of any value). */
    public static byte[] serialize(Object data) {
        try {
            return WRITER.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw cannotWrite(data, e);
        }
    }

    public static String serializeToString(Object data) {
        try {
            return WRITER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw cannotWrite(data, e);
        }
    }

    /**
     * Reads the data of an event of the given type; the result is an instance of {@link EventType#dataClass()}.
     *
     * @throws EventFormatException naming the type if the JSON is empty, malformed or breaks the contract
     */
    public static Object deserialize(byte[] json, EventType type) {
        if (json == null || json.length == 0) {
            throw new EventFormatException(type.type(), "Empty data for " + type.type() + " event");
        }
        try {
            return READER.forType(type.dataClass()).readValue(json);
        } catch (IOException | RuntimeException e) {
            throw cannotRead(type, e);
        }
    }

    /** As {@link #deserialize(byte[], EventType)}, from a JSON string. */
    public static Object deserialize(String json, EventType type) {
        return deserialize(json == null ? null : json.getBytes(StandardCharsets.UTF_8), type);
    }

    /** Reads the data of an event of the given type as its data class, e.g. {@code Ping.class}. */
    public static <T> T deserialize(byte[] json, EventType type, Class<T> dataClass) {
        if (!dataClass.isAssignableFrom(type.dataClass())) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getName()
                    + ", not " + dataClass.getName());
        }
        return dataClass.cast(deserialize(json, type));
    }

    private static EventFormatException cannotRead(EventType type, Exception e) {
        String reason = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.toString();
        return new EventFormatException(type.type(), "Malformed data for " + type.type() + " event: " + reason, e);
    }

    private static EventFormatException cannotWrite(Object data, JsonProcessingException e) {
        String what = data == null ? "null" : data.getClass().getName();
        return new EventFormatException(what, "Cannot write " + what + " as event JSON: " + e.getOriginalMessage(), e);
    }
}
