package org.innomatch.gateway.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header value (RFC 9110 §5.6.7 IMF-fixdate: English names, GMT, a two-digit day whatever the
 * JVM's locale and zone) for responses that arrive without one. Formatted once per second rather than once per
 * call.
 */
final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;
    private volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    HttpDate(Clock clock) {
        this.clock = clock;
    }

    String now() {
        long second = Math.floorDiv(clock.millis(), 1000);
        Formatted seen = last;
        if (seen.second() != second) {
            seen = new Formatted(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = seen;
        }
        return seen.text();
    }

    private record Formatted(long second, String text) {
    }
}
