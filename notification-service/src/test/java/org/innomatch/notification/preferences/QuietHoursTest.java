package org.innomatch.notification.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.innomatch.notification.preferences.PreferencesView.Channels;
import org.innomatch.notification.preferences.PreferencesView.QuietHours;
import org.junit.jupiter.api.Test;

/** Quiet hours are local to the recipient's zone and may wrap midnight. */
class QuietHoursTest {

    private static PreferencesView quiet(String start, String end, String zone) {
        return new PreferencesView(List.of(), new Channels(true, true, true), "INSTANT", "08:00",
                new QuietHours(start, end), zone, 50);
    }

    @Test
    void aWindowAcrossMidnightInShanghai() {
        PreferencesView p = quiet("22:00", "07:00", "Asia/Shanghai");
        // 15:30 UTC = 23:30 in Shanghai: quiet until 07:00 Shanghai = 23:00 UTC.
        assertEquals(Optional.of(Instant.parse("2026-11-23T23:00:00Z")),
                NotificationPreferences.quietEnd(p, Instant.parse("2026-11-23T15:30:00Z")));
        // 21:00 UTC = 05:00 next day in Shanghai: still quiet, same end.
        assertEquals(Optional.of(Instant.parse("2026-11-23T23:00:00Z")),
                NotificationPreferences.quietEnd(p, Instant.parse("2026-11-23T21:00:00Z")));
        // 02:00 UTC = 10:00 in Shanghai: not quiet.
        assertEquals(Optional.empty(), NotificationPreferences.quietEnd(p, Instant.parse("2026-11-24T02:00:00Z")));
    }

    @Test
    void aDaytimeWindowAndTheDailyCapsLocalDay() {
        PreferencesView p = quiet("12:00", "13:30", "Europe/Warsaw");
        assertEquals(Optional.of(Instant.parse("2026-11-23T12:30:00Z")),
                NotificationPreferences.quietEnd(p, Instant.parse("2026-11-23T11:15:00Z")));
        assertEquals(Optional.empty(), NotificationPreferences.quietEnd(p, Instant.parse("2026-11-23T12:30:00Z")));
        assertEquals(Instant.parse("2026-11-22T23:00:00Z"),
                NotificationPreferences.startOfDay(p, Instant.parse("2026-11-23T22:59:00Z")));
    }

    @Test
    void aNightWindowOnTheNightsTheClocksChange() {
        PreferencesView p = quiet("22:00", "07:00", "Europe/Berlin");
        // 23:59 on 28 March 2026, winter time: the night is an hour short; 07:00 summer time is 05:00 UTC.
        assertEquals(Optional.of(Instant.parse("2026-03-29T05:00:00Z")), end(p, "2026-03-28T22:59:00Z"));
        // 23:59 on 24 October 2026, summer time: the night is an hour long; 07:00 winter time is 06:00 UTC.
        assertEquals(Optional.of(Instant.parse("2026-10-25T06:00:00Z")), end(p, "2026-10-24T21:59:00Z"));
        // 02:30 happens twice that night, in summer time and in winter time: both quiet, until the same 07:00.
        assertEquals(Optional.of(Instant.parse("2026-10-25T06:00:00Z")), end(p, "2026-10-25T00:30:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-10-25T06:00:00Z")), end(p, "2026-10-25T01:30:00Z"));
        // 07:00 winter time the morning after: no longer quiet.
        assertEquals(Optional.empty(), end(p, "2026-10-25T06:00:00Z"));
    }

    @Test
    void quietHoursEndingAtATimeTheClocksSkip() {
        // 02:30 does not exist on 29 March 2026 in Berlin (02:00 becomes 03:00): the quiet ends when the clock
        // first shows a later time, 03:00 summer time, 01:00 UTC — as isQuiet says of the moments after it.
        PreferencesView p = quiet("23:00", "02:30", "Europe/Berlin");
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:00:00Z")), end(p, "2026-03-28T22:59:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:00:00Z")), end(p, "2026-03-29T00:59:59Z"));
        assertFalse(NotificationPreferences.isQuiet(p, Instant.parse("2026-03-29T01:00:00Z")));
        // A daytime window ending in the hole as well.
        PreferencesView early = quiet("01:00", "02:30", "Europe/Berlin");
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:00:00Z")), end(early, "2026-03-29T00:30:00Z"));
    }

    @Test
    void theDailyCapsDayOnMonthEndsAndDaylightSavingDays() {
        PreferencesView warsaw = quiet("12:00", "13:00", "Europe/Warsaw");
        // 23:59 on 31 December in Warsaw, and a minute later a new day (and month, and year).
        assertEquals(Instant.parse("2026-12-30T23:00:00Z"),
                NotificationPreferences.startOfDay(warsaw, Instant.parse("2026-12-31T22:59:00Z")));
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"),
                NotificationPreferences.startOfDay(warsaw, Instant.parse("2026-12-31T23:00:00Z")));
        // 1 March after a 28-day February.
        assertEquals(Instant.parse("2027-02-28T23:00:00Z"),
                NotificationPreferences.startOfDay(warsaw, Instant.parse("2027-03-01T00:30:00Z")));
        // The 23-hour and the 25-hour day: each starts at local midnight, in the offset of that midnight.
        PreferencesView berlin = quiet("12:00", "13:00", "Europe/Berlin");
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"),
                NotificationPreferences.startOfDay(berlin, Instant.parse("2026-03-29T21:59:00Z")));
        assertEquals(Instant.parse("2026-10-24T22:00:00Z"),
                NotificationPreferences.startOfDay(berlin, Instant.parse("2026-10-25T22:59:00Z")));
        // Kiritimati (UTC+14): its 1 January begins on 31 December in UTC.
        PreferencesView kiritimati = quiet("12:00", "13:00", "Pacific/Kiritimati");
        assertEquals(Instant.parse("2026-12-31T10:00:00Z"),
                NotificationPreferences.startOfDay(kiritimati, Instant.parse("2026-12-31T10:00:00Z")));
    }

    private static Optional<Instant> end(PreferencesView p, String at) {
        return NotificationPreferences.quietEnd(p, Instant.parse(at));
    }
}
