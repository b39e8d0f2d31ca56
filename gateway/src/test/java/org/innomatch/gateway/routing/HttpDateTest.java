package org.innomatch.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class HttpDateTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

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
        clock.now = Instant.parse("2026-11-24T06:50:23.999Z");
        assertSame(first, dates.now());
        clock.now = Instant.parse("2026-11-24T06:50:24.000Z");
        assertEquals("Tue, 24 Nov 2026 06:50:24 GMT", dates.now());
    }
}
