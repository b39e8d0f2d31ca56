package org.innomatch.localstack;

/**
 * The stack cannot start, or failed while starting. The message is one line meant for the user;
 * anything longer (a log tail) has already been printed by the time this is thrown.
 */
public final class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
