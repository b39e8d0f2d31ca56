package org.innomatch.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's clock in the tests: the system's, until a test pins it to an instant of its choosing (the 31st
 * at 23:59, a daylight-saving night) so that quiet hours, the daily cap and digest times are checked on fixed
 * days rather than on whatever day the build runs. A pinned clock stands still until the test moves it;
 * {@link #release()} (after each such test) gives the system's back.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

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
        throw new UnsupportedOperationException("the service's clock is UTC; zones come from preferences");
    }
}
