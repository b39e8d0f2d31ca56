package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final TestClock clock = new TestClock();
    private final RestartBackoff backoff = new RestartBackoff(clock, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(2));

    /** The service crashes {@code ranFor} after each start; the delays before the restarts. */
    private List<Duration> crashes(int count, Duration ranFor) {
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clock.advance(ranFor);
            Duration delay = backoff.delayAfterExit();
            delays.add(delay);
            clock.advance(delay);
            backoff.started();
        }
        return delays;
    }

    private static List<Duration> seconds(long... values) {
        List<Duration> list = new ArrayList<>();
        for (long v : values) {
            list.add(Duration.ofSeconds(v));
        }
        return list;
    }

    @Test
    void aServiceThatKeepsCrashingWaitsTwiceAsLongEachTimeUpToTheMaximum() {
        assertEquals(seconds(1, 2, 4, 8, 16, 32, 60, 60, 60), crashes(9, Duration.ofSeconds(5)));
        assertEquals(9, backoff.crashesInARow());
    }

    @Test
    void aCrashAfterAStableRunStartsTheScheduleAgain() {
        crashes(5, Duration.ofSeconds(5));
        assertEquals(seconds(1), crashes(1, Duration.ofMinutes(3)));
        assertEquals(seconds(2), crashes(1, Duration.ofSeconds(5)));
    }

    @Test
    void aRunJustShorterThanStableDoesNotResetTheSchedule() {
        crashes(3, Duration.ofSeconds(5));
        assertEquals(seconds(8), crashes(1, Duration.ofMinutes(2).minusSeconds(1)));
        assertEquals(seconds(1), crashes(1, Duration.ofMinutes(2)));
    }

    @Test
    void refusesAMaximumBelowTheInitialDelay() {
        assertThrows(IllegalArgumentException.class,
                () -> new RestartBackoff(clock, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RestartBackoff(clock, Duration.ZERO, Duration.ofSeconds(1), Duration.ofMinutes(1)));
    }
}
