package org.innomatch.notification.sending;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff production = new Backoff(Duration.ofSeconds(5), Duration.ofHours(2), Duration.ofHours(24));

    @Test
    void waitsGrowExponentiallyWithJitterUpToTheCap() {
        Instant created = Instant.parse("2026-11-23T00:00:00Z");
        for (int attempt = 1; attempt <= 15; attempt++) {
            long exp = Math.min(Duration.ofHours(2).toMillis(), 5_000L << (attempt - 1));
            for (int i = 0; i < 200; i++) {
                long wait = Duration.between(created, production.next(created, attempt, created)).toMillis();
                assertTrue(wait >= exp / 2 && wait <= exp, "attempt " + attempt + " waited " + wait + " ms");
            }
        }
    }

    @Test
    void jitterSpreadsRetries() {
        Instant created = Instant.parse("2026-11-23T00:00:00Z");
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> production.next(created, 6, created)).distinct().count();
        assertTrue(distinct > 40, "only " + distinct + " distinct retry times");
    }

    @Test
    void noRetryAfterTheWindow() {
        Instant created = Instant.parse("2026-11-23T00:00:00Z");
        assertNull(production.next(created, 30, created.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59))));
        assertTrue(production.next(created, 3, created.plus(Duration.ofHours(1))) != null);
    }
}
