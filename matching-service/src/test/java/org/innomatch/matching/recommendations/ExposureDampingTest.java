package org.innomatch.matching.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.innomatch.caller.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The exposure counter and the damping formula, on a hand-moved clock. */
class ExposureDampingTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void dampingIsOneUpToTheSoftCapThenDecreasesGraduallyAndMonotonically() {
        assertEquals(1.0, ExposureDamping.multiplier(0, 50, 0.5));
        assertEquals(1.0, ExposureDamping.multiplier(50, 50, 0.5));
        assertEquals(Math.sqrt(0.5), ExposureDamping.multiplier(100, 50, 0.5), 1e-9);
        assertEquals(0.5, ExposureDamping.multiplier(200, 50, 0.5), 1e-9);
        double previous = 1.0;
        for (int n = 51; n <= 400; n++) {
            double m = ExposureDamping.multiplier(n, 50, 0.5);
            assertTrue(m < previous && m > 0.3, "n=" + n + " m=" + m);
            // gradual: one more viewer never costs more than 1 %
            assertTrue(previous - m < 0.01, "step at n=" + n);
            previous = m;
        }
        assertEquals(1.0, ExposureDamping.multiplier(500, 50, 0.0), "strength 0 disables damping");
    }

    @Test
    void countsDistinctOtherViewersWithinTheWindowOnly() {
        ManualClock clock = new ManualClock(START);
        ExposureTracker tracker = new ExposureTracker(clock, Duration.ofHours(24), 1000);
        tracker.served("PROFILE:a", List.of("PROFILE:star", "PROFILE:other"));
        tracker.served("PROFILE:a", List.of("PROFILE:star"));
        tracker.served("PROFILE:b", List.of("PROFILE:star"));
        assertEquals(2, tracker.servedToOthers("PROFILE:star", "PROFILE:c"), "a twice counts once");
        assertEquals(1, tracker.servedToOthers("PROFILE:star", "PROFILE:a"), "my own views do not count");

        clock.advance(Duration.ofHours(13));
        tracker.served("PROFILE:c", List.of("PROFILE:star"));
        clock.advance(Duration.ofHours(12));
        assertEquals(1, tracker.servedToOthers("PROFILE:star", "PROFILE:z"), "a and b expired after 24 h, c has not");
        assertEquals(1, tracker.sweep(), "only c's view of star remains");
        assertEquals(0, tracker.servedToOthers("PROFILE:other", "PROFILE:z"));
    }

    @Test
    void perTargetMemoryIsBoundedAndTheCountSaturates() {
        ExposureTracker tracker = new ExposureTracker(new ManualClock(START), Duration.ofHours(24), 40);
        IntStream.range(0, 500).forEach(i -> tracker.served("PROFILE:v" + i, List.of("PROFILE:star")));
        assertEquals(40, tracker.servedToOthers("PROFILE:star", "PROFILE:nobody"));
        assertEquals(40, tracker.sweep());
    }
}
