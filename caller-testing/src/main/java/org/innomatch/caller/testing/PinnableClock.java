package org.innomatch.caller.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in its {@code @QuarkusTest}s: the system's (UTC), until a test pins it to an instant of its
 * choosing, so that what depends on the day or on a deadline is checked at fixed instants rather than by waiting.
 * A pinned clock stands still until the test moves it; {@link #release()} (after each such test) gives the
 * system's back. A service's tests subclass it as an {@code @Alternative} bean in place of its clock.
 */
public class PinnableClock extends Clock {

    private volatile Instant pinned;

    public void pin(Instant instant) {
        pinned = instant;
    }

    public void advance(Duration duration) {
        Instant at = pinned;
        if (at == null) {
            throw new IllegalStateException("pin the clock before moving it");
        }
        pinned = at.plus(duration);
    }

    public void release() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
