package org.innomatch.notification.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
