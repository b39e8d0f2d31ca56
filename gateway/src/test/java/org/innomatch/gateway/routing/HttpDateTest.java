package org.innomatch.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;

import org.innomatch.caller.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDateTest {

    @Test
    void formatsAnImfFixdateWithATwoDigitDay() {
        HttpDate dates = new HttpDate(new ManualClock(Instant.parse("2026-12-03T07:05:09.750Z")));
        assertEquals("Thu, 03 Dec 2026 07:05:09 GMT", dates.now());
    }

    /** The first day of a year, the last second of one, and a day written with one digit by RFC 1123's formatter. */
    @ParameterizedTest
    @CsvSource({
            "2027-01-01T00:00:00Z, 'Fri, 01 Jan 2027 00:00:00 GMT'",
            "2026-12-07T13:27:28.999Z, 'Mon, 07 Dec 2026 13:27:28 GMT'",
            "2026-12-31T23:59:59.999Z, 'Thu, 31 Dec 2026 23:59:59 GMT'",
            // 02:30 in Berlin did not exist that night; in GMT nothing happens.
            "2026-03-29T01:30:00Z, 'Sun, 29 Mar 2026 01:30:00 GMT'"})
    void writesGmtInEnglishWhateverTheDay(String instant, String expected) {
        assertEquals(expected, new HttpDate(new ManualClock(Instant.parse(instant))).now());
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
