package org.innomatch.outbox;

import java.util.Map;
import java.util.UUID;

/** An unsent outbox row, as the relay hands it to Kafka. */
record PendingEvent(UUID id, long seq, String topic, String key, Map<String, String> headers, byte[] payload) {

    PendingEvent {
        headers = Map.copyOf(headers);
    }
}
