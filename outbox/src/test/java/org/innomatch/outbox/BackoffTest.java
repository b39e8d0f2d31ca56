package org.innomatch.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void doublesPerFailureUpToTheCap() {
        Backoff longest = new Backoff(INITIAL, MAX, () -> 1.0);

        assertEquals(Duration.ofMillis(500), longest.after(1));
        assertEquals(Duration.ofMillis(1000), longest.after(2));
        assertEquals(Duration.ofMillis(2000), longest.after(3));
        assertEquals(Duration.ofSeconds(16), longest.after(6));
        assertEquals(MAX, longest.after(7));
        assertEquals(MAX, longest.after(10_000));
    }

    @Test
    void jitterStaysInTheUpperHalf() {
        Backoff shortest = new Backoff(INITIAL, MAX, () -> 0.0);
        Backoff middle = new Backoff(INITIAL, MAX, () -> 0.5);

        assertEquals(Duration.ofMillis(250), shortest.after(1));
        assertEquals(Duration.ofSeconds(15), shortest.after(100));
        assertEquals(Duration.ofMillis(1500), middle.after(3));
    }

    @Test
    void rejectsAMaxBelowTheInitialPause() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(MAX, INITIAL, () -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, MAX, () -> 0.0));
    }
}
