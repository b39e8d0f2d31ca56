package org.innomatch.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.innomatch.events.CloudEventHeaders;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.UnknownEventTypeException;
import org.jboss.logging.Logger;

/**
 * The one way Kafka records and CloudEvents meet (binary content mode): a consumed record's headers read as UTF-8
 * strings and decoded into an {@link EventEnvelope}, and an envelope encoded as the record a producer sends.
 */
public final class CloudEventRecords {

    private static final Logger LOG = Logger.getLogger(CloudEventRecords.class);

    private CloudEventRecords() {
    }

    /**
     * The record's headers as UTF-8 strings, the form {@link EventEnvelope#fromKafka} reads: the last one wins when
     * a name repeats, headers without a value are left out.
     */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /** The last value of a header as a UTF-8 string; empty when it is absent or has no value. */
    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /**
     * The event the record carries.
     *
     * @throws org.innomatch.events.UnknownEventTypeException if {@code ce_type} names no known type
     * @throws org.innomatch.events.EventFormatException      if the record is not a readable event
     */
    public static EventEnvelope<Object> decode(ConsumerRecord<?, byte[]> record) {
        return EventEnvelope.fromKafka(headers(record), record.value());
    }

    /**
     * The event the record carries, or empty when its type is not one this build knows: consumers ignore types
     * they do not know, so a producer may add one first.
     *
     * @throws org.innomatch.events.EventFormatException if the record is not a readable event
     */
    public static Optional<EventEnvelope<Object>> decodeKnown(ConsumerRecord<?, byte[]> record) {
        try {
            return Optional.of(decode(record));
        } catch (UnknownEventTypeException e) {
            LOG.debugf("Skipping %s: not a type this service reads", e.eventType());
            return Optional.empty();
        }
    }

    /** A tombstone without CloudEvents headers (no value, no {@code ce_type}): only its key says what is gone. */
    public static boolean isBareTombstone(ConsumerRecord<?, byte[]> record) {
        return record.value() == null && header(record, CloudEventHeaders.TYPE).isEmpty();
    }

    /** The record to send for an event: its type's topic, key = subject, the attributes as headers, value = JSON. */
    public static ProducerRecord<String, byte[]> encode(EventEnvelope<?> event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.type().topic(), event.subject(), event.value());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Where a record is, for logs and dead-letter headers: {@code topic-partition@offset (key k)}. */
    public static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key() + ")";
    }
}
