package org.innomatch.events;

/**
 * A record carries a {@code ce_type} this build does not know, e.g. a newer schema version. Consumers that
 * only read some types of a topic can catch this and skip the record instead of dead-lettering it.
 */
public class UnknownEventTypeException extends EventFormatException {

    public UnknownEventTypeException(String eventType) {
        super(eventType, "Unknown event type '" + eventType + "'");
    }
}
