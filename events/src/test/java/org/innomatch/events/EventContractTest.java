package org.innomatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract of every event type, checked against its sample under {@code src/test/resources/contracts/}.
 * Renaming, removing or retyping a field, or adding a type or a field without updating its sample, fails here.
 */
class EventContractTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasASample(EventType type) {
        assertNotNull(ContractSamples.sampleJson(type),
                "Missing contract sample " + ContractSamples.resourceName(type) + " for " + type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleCoversEveryField(EventType type) throws IOException {
        JsonNode sample = EventJson.mapper().readTree(sample(type));
        assertCovers(sample, type.dataClass(), type.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleReadsAndWritesBackTheSameJson(EventType type) throws IOException {
        byte[] sample = sample(type);

        Object data = EventJson.deserialize(sample, type);

        assertInstanceOf(type.dataClass(), data);
        JsonNode expected = EventJson.mapper().readTree(sample);
        JsonNode actual = EventJson.mapper().readTree(EventJson.serialize(data));
        assertEquals(expected, actual, () -> type + ": sample and re-written JSON differ\nsample:  " + expected
                + "\nwritten: " + actual);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordBuiltInCodeSurvivesJson(EventType type) {
        Object built = ContractSamples.built(type);

        Object read = EventJson.deserialize(EventJson.serialize(built), type);

        assertEquals(built, read);
        assertEquals(built, EventJson.deserialize(EventJson.serializeToString(built), type));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void writtenJsonLeavesNullsOut(EventType type) throws IOException {
        JsonNode written = EventJson.mapper().readTree(EventJson.serialize(ContractSamples.built(type)));
        assertFalse(containsNull(written), () -> type + " wrote a null: " + written);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnored(EventType type) throws IOException {
        byte[] sample = sample(type);
        JsonNode extended = EventJson.mapper().readTree(sample);
        addFieldsEverywhere(extended);

        Object read = EventJson.deserialize(EventJson.mapper().writeValueAsBytes(extended), type);

        assertEquals(EventJson.deserialize(sample, type), read);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void envelopeSurvivesHeadersAndValue(EventType type) {
        Object data = ContractSamples.built(type);
        EventEnvelope<Object> sent = EventEnvelope.of(type, "/contract-test", data);

        Map<String, String> headers = sent.headers();

        assertEquals("1.0", headers.get(CloudEventHeaders.SPEC_VERSION));
        assertEquals(sent.id().toString(), headers.get(CloudEventHeaders.ID));
        assertEquals(type.type(), headers.get(CloudEventHeaders.TYPE));
        assertEquals("/contract-test", headers.get(CloudEventHeaders.SOURCE));
        assertEquals(sent.time().toString(), headers.get(CloudEventHeaders.TIME));
        assertEquals(type.subjectOf(data), headers.get(CloudEventHeaders.SUBJECT));
        assertEquals("application/json", headers.get(CloudEventHeaders.CONTENT_TYPE));
        // As an outbox row stores it: attributes plus the data JSON, whatever the Kafka value will be.
        assertEquals(sent, EventEnvelope.fromKafka(headers, EventJson.serialize(data)));
        if (!type.isTombstone()) {
            assertEquals(sent, EventEnvelope.fromKafka(headers, sent.value()));
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void subjectIsTheAggregateUuid(EventType type) {
        String subject = type.subjectOf(ContractSamples.built(type));
        assertEquals(subject, java.util.UUID.fromString(subject).toString());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void malformedDataNamesTheType(EventType type) {
        for (String malformed : new String[] {"{\"id\": ", "[1, 2]", "{}", "{} trailing", ""}) {
            EventFormatException e = assertThrows(EventFormatException.class,
                    () -> EventJson.deserialize(malformed, type), () -> type + " accepted " + malformed);
            assertTrue(e.getMessage().contains(type.type()), e.getMessage());
            assertEquals(type.type(), e.eventType());
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void tombstoneTypesHaveNoValueAndComeBackFromHeaders(EventType type) {
        EventEnvelope<Object> sent = EventEnvelope.of(type, "/contract-test", ContractSamples.built(type));
        if (!type.isTombstone()) {
            assertNotNull(sent.value());
            assertThrows(EventFormatException.class, () -> EventEnvelope.fromKafka(sent.headers(), null));
            return;
        }
        assertTrue(Topics.isCompacted(type.topic()), type + " is a tombstone on a topic that is not compacted");
        assertNull(sent.value());

        EventEnvelope<Object> received = EventEnvelope.fromKafka(sent.headers(), null);

        assertEquals(sent.id(), received.id());
        assertEquals(sent.subject(), received.subject());
        assertEquals(type.tombstoneData(sent.subject(), sent.time()), received.data());
    }

    private static byte[] sample(EventType type) {
        byte[] json = ContractSamples.sampleJson(type);
        if (json == null) {
            fail("Missing contract sample " + ContractSamples.resourceName(type));
        }
        return json;
    }

    /** Every record component, also of nested records and lists of records, has a value in the sample. */
    private static void assertCovers(JsonNode node, Class<?> recordClass, String path) {
        assertTrue(node.isObject(), path + " should be a JSON object");
        for (RecordComponent component : recordClass.getRecordComponents()) {
            String fieldPath = path + "." + component.getName();
            JsonNode value = node.get(component.getName());
            assertTrue(value != null && !value.isNull(), "Sample does not fill " + fieldPath);
            if (component.getType().isRecord()) {
                assertCovers(value, component.getType(), fieldPath);
            }
            Class<?> element = listElementRecord(component.getGenericType());
            if (element != null) {
                assertFalse(value.isEmpty(), "Sample has an empty " + fieldPath);
                for (JsonNode item : value) {
                    assertCovers(item, element, fieldPath + "[]");
                }
            }
        }
    }

    private static Class<?> listElementRecord(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }

    private static boolean containsNull(JsonNode node) {
        if (node.isNull()) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsNull(child)) {
                return true;
            }
        }
        return false;
    }

    private static void addFieldsEverywhere(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                addFieldsEverywhere(it.next());
            }
            object.put("addedByANewerProducer", "ignore me");
            object.putObject("addedNested").put("level", 2).putArray("codes").add("NEW_CODE");
        } else if (node.isArray()) {
            node.forEach(EventContractTest::addFieldsEverywhere);
        }
    }
}
