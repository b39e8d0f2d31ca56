package org.innomatch.notification.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th retry waits {@code initial * 2^(n-1)}, capped at {@code max}, each
 * wait drawn uniformly from its upper half ("equal jitter"), so retries of many deliveries spread out. After
 * {@code window} from the delivery's creation there is no further attempt.
 */
public record Backoff(Duration initial, Duration max, Duration window) {

    /** When to try again after {@code attempts} failed attempts, or null when the window is spent. */
    public Instant next(Instant createdAt, int attempts, Instant now) {
        long cap = max.toMillis();
        long base = initial.toMillis();
        long exp = attempts >= 40 ? cap : Math.min(cap, base * (1L << Math.max(0, attempts - 1)));
        long wait = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        Instant next = now.plusMillis(wait);
        return next.isAfter(createdAt.plus(window)) ? null : next;
    }
}
