package org.innomatch.notification.kafka;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** The Kafka headers of a record as UTF-8 strings, the form {@code EventEnvelope.fromKafka} reads. */
public final class RecordHeaders {

    private RecordHeaders() {
    }

    public static Map<String, String> of(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    public static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key() + ")";
    }
}
