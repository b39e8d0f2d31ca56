package org.innomatch.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th consecutive failure the pause is drawn uniformly from
 * [d/2, d] where d = min(max, initial × 2^(n-1)). The jitter keeps several instances that lost the broker at
 * the same moment from retrying in lockstep; the lower half bound keeps the pause growing.
 */
record Backoff(Duration initial, Duration max, DoubleSupplier random) {

    Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The pause after {@code failures} consecutive failed passes (at least 1). */
    Duration after(int failures) {
        long initialNanos = initial.toNanos();
        long maxNanos = max.toNanos();
        // Doubling stops once past max, so the shift never overflows.
        long ceiling = initialNanos;
        for (int i = 1; i < failures && ceiling < maxNanos; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
