package org.innomatch.problems;

import java.util.UUID;

/** The id a request is known by in problem bodies and logs: the caller's {@code X-Request-Id}, or a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final int MAX_LENGTH = 200;

    private RequestIds() {
    }

    /**
     * The header value if it is a plausible id (visible ASCII, at most 200 characters), else a random UUID.
     * A value that could forge log lines or response headers is replaced rather than echoed.
     */
    public static String resolve(String headerValue) {
        if (headerValue == null || headerValue.isEmpty() || headerValue.length() > MAX_LENGTH) {
            return generate();
        }
        for (int i = 0; i < headerValue.length(); i++) {
            char c = headerValue.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return generate();
            }
        }
        return headerValue;
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }
}
