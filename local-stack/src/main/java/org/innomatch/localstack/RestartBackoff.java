package org.innomatch.localstack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a crashed service is started again: after {@code initial}, doubling with each crash that follows a short
 * run, up to {@code max}. A run that lasted {@code stableAfter} or longer counts as healthy, so the next crash
 * starts again from {@code initial}. One instance per service; not thread-safe (each service's exits come one
 * after another).
 */
final class RestartBackoff {

    static final Duration INITIAL = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(1);
    static final Duration STABLE_AFTER = Duration.ofMinutes(2);

    private final Clock clock;
    private final Duration initial;
    private final Duration max;
    private final Duration stableAfter;
    private Instant startedAt;
    private int crashesInARow;

    RestartBackoff(Clock clock, Duration initial, Duration max, Duration stableAfter) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.clock = clock;
        this.initial = initial;
        this.max = max;
        this.stableAfter = stableAfter;
        this.startedAt = clock.instant();
    }

    static RestartBackoff standard(Clock clock) {
        return new RestartBackoff(clock, INITIAL, MAX, STABLE_AFTER);
    }

    /** The service has been started (again) now. */
    void started() {
        startedAt = clock.instant();
    }

    /** The service exited now: how long to wait before starting it again. */
    Duration delayAfterExit() {
        if (Duration.between(startedAt, clock.instant()).compareTo(stableAfter) >= 0) {
            crashesInARow = 0;
        }
        Duration delay = initial;
        for (int i = 0; i < crashesInARow && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        crashesInARow++;
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** How many times in a row the service crashed soon after a start, this exit included. */
    int crashesInARow() {
        return crashesInARow;
    }
}
