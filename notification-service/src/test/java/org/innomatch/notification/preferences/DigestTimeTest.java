package org.innomatch.notification.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.innomatch.notification.preferences.PreferencesView.Channels;
import org.junit.jupiter.api.Test;

/** The digest goes out at the recipient's digest time in their own zone, daylight-saving days included. */
class DigestTimeTest {

    private static PreferencesView digestAt(String time, String zone) {
        return new PreferencesView(List.of(), new Channels(true, true, true), "DAILY_DIGEST", time, null, zone, 50);
    }

    private static Instant next(PreferencesView p, String after) {
        return NotificationPreferences.nextDigest(p, Instant.parse(after));
    }

    @Test
    void theNextDigestIsTheFirstDigestTimeOnTheRecipientsClockAtOrAfterTheNotification() {
        PreferencesView beijing = digestAt("08:00", "Asia/Shanghai");
        // 07:00 in Beijing: this morning's, at 00:00 UTC.
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), next(beijing, "2026-11-24T23:00:00Z"));
        // At 08:00 sharp: that one; a millisecond later: tomorrow's.
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), next(beijing, "2026-11-25T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"), next(beijing, "2026-11-25T00:00:00.001Z"));

        // The same instant, 16:00 in Warsaw the day before: Warsaw's 08:00 is still 16 hours away.
        PreferencesView warsaw = digestAt("08:00", "Europe/Warsaw");
        assertEquals(Instant.parse("2026-11-25T07:00:00Z"), next(warsaw, "2026-11-24T15:00:00Z"));
        PreferencesView toronto = digestAt("18:30", "America/Toronto");
        assertEquals(Instant.parse("2026-11-24T23:30:00Z"), next(toronto, "2026-11-24T15:00:00Z"));
    }

    @Test
    void onDaylightSavingDaysTheDigestLeavesOnceAtTheLocalTime() {
        PreferencesView warsaw = digestAt("08:00", "Europe/Warsaw");
        // Summer time begins on 28 March 2027: 08:00 is then 06:00 UTC, the day before 07:00 UTC.
        assertEquals(Instant.parse("2027-03-27T07:00:00Z"), next(warsaw, "2027-03-27T01:00:00Z"));
        assertEquals(Instant.parse("2027-03-28T06:00:00Z"), next(warsaw, "2027-03-27T07:00:01Z"));
        // 02:30 does not exist that night (02:00 became 03:00): the digest leaves at 03:30 summer time.
        PreferencesView night = digestAt("02:30", "Europe/Warsaw");
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), next(night, "2027-03-27T12:00:00Z"));
        // 02:30 happens twice on 31 October 2027 (03:00 became 02:00): the digest leaves at the first.
        assertEquals(Instant.parse("2027-10-31T00:30:00Z"), next(night, "2027-10-30T12:00:00Z"));
        assertEquals(Instant.parse("2027-11-01T01:30:00Z"), next(night, "2027-10-31T00:30:00.001Z"));
    }
}
