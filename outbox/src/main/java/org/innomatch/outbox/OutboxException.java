package org.innomatch.outbox;

/** The outbox table could not be read or written. */
public class OutboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
