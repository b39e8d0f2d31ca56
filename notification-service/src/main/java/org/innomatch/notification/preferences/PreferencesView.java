package org.innomatch.notification.preferences;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Notification preferences of a profile, as the API reads and writes them. */
@Schema(name = "NotificationPreferences")
public record PreferencesView(
        @Schema(description = "Notification types not wanted at all", example = "[\"RECOMMENDATION\"]") List<String> mutedTypes,
        Channels channels,
        @Schema(description = "INSTANT or DAILY_DIGEST", example = "DAILY_DIGEST") String emailMode,
        @Schema(description = "When the daily digest e-mail goes out, local time (HH:mm); it collects every e-mail "
                + "that waited for it since the one before", example = "08:00") String digestTime,
        @Schema(description = "No ringing and no instant e-mail between start and end (local time); null for none") QuietHours quietHours,
        @Schema(description = "IANA time zone of the quiet hours, the digest time and the daily cap's day",
                example = "Asia/Shanghai") String timeZone,
        @Schema(description = "At most this many notifications a day ring or are e-mailed at once; the rest wait for the digest (1..1000)", example = "30") Integer dailyCap) {

    @Schema(name = "NotificationChannels")
    public record Channels(
            @Schema(example = "true") boolean inbox,
            @Schema(example = "true") boolean email,
            @Schema(description = "Partner portals' webhooks", example = "false") boolean webhook) {
    }

    @Schema(name = "QuietHours")
    public record QuietHours(@Schema(example = "22:00") String start, @Schema(example = "07:30") String end) {
    }
}
