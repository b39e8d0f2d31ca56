package org.innomatch.localstack;

/** Loading the demo data failed; the message is one line for the user, naming the dataset key and the problem. */
public final class DemoLoadException extends RuntimeException {

    public DemoLoadException(String message) {
        super(message);
    }

    public DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
