package org.innomatch.events;

/**
 * An event could not be read or written in its contract format: malformed JSON, a missing required
 * attribute, an unknown type. Consumers usually send the record to a dead-letter topic with this message.
 */
public class EventFormatException extends RuntimeException {

    private final String eventType;

    public EventFormatException(String eventType, String message) {
        this(eventType, message, null);
    }

    public EventFormatException(String eventType, String message, Throwable cause) {
        super(message, cause);
        this.eventType = eventType;
    }

    /** The CloudEvents type string (or data class name) concerned, {@code null} if not known. */
    public String eventType() {
        return eventType;
    }
}
