package org.innomatch.localstack;

/** The command line cannot be understood; the message is one line meant for the user. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
