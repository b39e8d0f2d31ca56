package org.innomatch.matching.diagnostics;

/** Kafka did not acknowledge a message in time; mapped to 503. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(Throwable cause) {
        super("Kafka did not acknowledge the message in time", cause);
    }
}
