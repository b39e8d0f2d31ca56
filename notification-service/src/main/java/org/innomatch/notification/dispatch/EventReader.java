package org.innomatch.notification.dispatch;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.UnknownEventTypeException;
import org.innomatch.notification.kafka.RecordHeaders;
import org.jboss.logging.Logger;

/** Reads a record's CloudEvent; a type this service does not know is skipped, an unreadable one throws. */
public final class EventReader {

    private static final Logger LOG = Logger.getLogger(EventReader.class);

    private EventReader() {
    }

    public static Optional<EventEnvelope<Object>> read(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(EventEnvelope.fromKafka(RecordHeaders.of(record), record.value()));
        } catch (UnknownEventTypeException e) {
            LOG.debugf("Skipping %s: not a type this service reads", e.eventType());
            return Optional.empty();
        }
    }
}
