package org.innomatch.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;

import org.innomatch.caller.testing.ManualClock;
import org.junit.jupiter.api.Test;

class HttpDateTest {

    @Test
    void formatsAnImfFixdateWithATwoDigitDay() {
        HttpDate dates = new HttpDate(new ManualClock(Instant.parse("2026-12-03T07:05:09.750Z")));
        assertEquals("Thu, 03 Dec 2026 07:05:09 GMT", dates.now());
    }

    @Test
    void formatsOncePerSecond() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T06:50:23.001Z"));
        HttpDate dates = new HttpDate(clock);
        String first = dates.now();
        clock.set(Instant.parse("2026-11-24T06:50:23.999Z"));
        assertSame(first, dates.now());
        clock.set(Instant.parse("2026-11-24T06:50:24.000Z"));
        assertEquals("Tue, 24 Nov 2026 06:50:24 GMT", dates.now());
    }
}
