package org.innomatch.notification.preferences;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.preferences.PreferencesView.Channels;
import org.innomatch.notification.preferences.PreferencesView.QuietHours;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** Reads and validates preferences, and answers the questions delivery asks of them. */
@ApplicationScoped
public class NotificationPreferences {

    public static final String INSTANT = "INSTANT";
    public static final String DAILY_DIGEST = "DAILY_DIGEST";

    /**
     * Profiles carry a country but no time zone: a default zone only where the country has one zone. Everyone
     * else starts in UTC and sets {@code timeZone} in their preferences.
     */
    private static final Map<String, String> SINGLE_ZONE_COUNTRIES = Map.ofEntries(
            Map.entry("CN", "Asia/Shanghai"), Map.entry("PL", "Europe/Warsaw"), Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("PK", "Asia/Karachi"), Map.entry("DE", "Europe/Berlin"), Map.entry("FR", "Europe/Paris"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"), Map.entry("IT", "Europe/Rome"),
            Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("FI", "Europe/Helsinki"), Map.entry("DK", "Europe/Copenhagen"), Map.entry("IE", "Europe/Dublin"),
            Map.entry("GB", "Europe/London"), Map.entry("CZ", "Europe/Prague"), Map.entry("HU", "Europe/Budapest"),
            Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"), Map.entry("SG", "Asia/Singapore"),
            Map.entry("IN", "Asia/Kolkata"), Map.entry("HK", "Asia/Hong_Kong"));

    private final int defaultDailyCap;
    private final String defaultDigestTime;
    private final Deliveries deliveries;

    public NotificationPreferences(
            @ConfigProperty(name = "innomatch.notifications.daily-cap", defaultValue = "50") int defaultDailyCap,
            @ConfigProperty(name = "innomatch.digest.default-time", defaultValue = "08:00") String defaultDigestTime,
            Deliveries deliveries) {
        List<FieldError> errors = new ArrayList<>();
        checkTime("innomatch.digest.default-time", defaultDigestTime, errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("innomatch.digest.default-time must be HH:mm, not " + defaultDigestTime);
        }
        this.defaultDailyCap = defaultDailyCap;
        this.defaultDigestTime = defaultDigestTime;
        this.deliveries = deliveries;
    }

    public PreferencesView defaults(String country) {
        String zone = country == null ? "UTC" : SINGLE_ZONE_COUNTRIES.getOrDefault(country.toUpperCase(Locale.ROOT), "UTC");
        return new PreferencesView(List.of(), new Channels(true, true, true), INSTANT, defaultDigestTime, null, zone,
                defaultDailyCap);
    }

    /** The profile's preferences, or the defaults for its country. */
    public PreferencesView of(UUID profileId, String country) {
        Preferences p = Preferences.findById(profileId.toString());
        return p == null ? defaults(country) : toView(p);
    }

    /** Replaces the profile's preferences; absent fields take their defaults. */
    public PreferencesView replace(UUID profileId, PreferencesView in, String country) {
        if (in == null) {
            throw ProblemException.badRequest("Missing body", FieldError.of("body", "must be a preferences object", null));
        }
        PreferencesView d = defaults(country);
        List<FieldError> errors = new ArrayList<>();
        String mode = in.emailMode() == null ? d.emailMode() : in.emailMode();
        if (!INSTANT.equals(mode) && !DAILY_DIGEST.equals(mode)) {
            errors.add(FieldError.of("emailMode", "must be INSTANT or DAILY_DIGEST", mode));
        }
        String digestTime = in.digestTime() == null ? d.digestTime() : in.digestTime();
        checkTime("digestTime", digestTime, errors);
        String zone = in.timeZone() == null ? d.timeZone() : in.timeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", "must be an IANA time zone such as Asia/Shanghai", zone));
        }
        QuietHours quiet = in.quietHours();
        if (quiet != null) {
            checkTime("quietHours.start", quiet.start(), errors);
            checkTime("quietHours.end", quiet.end(), errors);
        }
        int cap = in.dailyCap() == null ? d.dailyCap() : in.dailyCap();
        if (cap < 1 || cap > 1000) {
            errors.add(FieldError.of("dailyCap", "must be between 1 and 1000", in.dailyCap()));
        }
        List<String> muted = in.mutedTypes() == null ? List.of() : in.mutedTypes();
        for (int i = 0; i < muted.size(); i++) {
            if (muted.get(i) == null || !NotificationTypes.ALL.contains(muted.get(i))) {
                errors.add(FieldError.of("mutedTypes[" + i + "]", "must be one of " + NotificationTypes.ALL, muted.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Channels channels = in.channels() == null ? d.channels() : in.channels();
        Preferences p = new Preferences();
        p.id = profileId.toString();
        p.mutedTypes = List.copyOf(muted);
        p.inbox = channels.inbox();
        p.email = channels.email();
        p.webhook = channels.webhook();
        p.emailMode = mode;
        p.digestTime = digestTime;
        p.quietStart = quiet == null ? null : quiet.start();
        p.quietEnd = quiet == null ? null : quiet.end();
        p.timeZone = zone;
        p.dailyCap = cap;
        p.persistOrUpdate();
        PreferencesView saved = toView(p);
        // E-mails already waiting for a digest go with the new digest time and zone, as if queued under them.
        deliveries.rescheduleDigests(p.id, queuedAt -> nextDigest(saved, queuedAt));
        return saved;
    }

    public void delete(UUID profileId) {
        Preferences.deleteById(profileId.toString());
    }

    /** Whether {@code at} falls in the quiet hours; a window may wrap midnight (22:00–07:00). */
    public static boolean isQuiet(PreferencesView p, Instant at) {
        return quietEnd(p, at).isPresent();
    }

    /**
     * When the quiet hours around {@code at} end, or empty when {@code at} is not in quiet hours: the first moment
     * the recipient's clock shows the end time or later. On the night clocks are put forward across it (02:30 in
     * Europe on the last Sunday of March) that is when they jump, 03:00; on the night 02:30 occurs twice, the first.
     */
    public static Optional<Instant> quietEnd(PreferencesView p, Instant at) {
        if (p.quietHours() == null) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(p.timeZone());
        ZonedDateTime local = at.atZone(zone);
        LocalTime start = LocalTime.parse(p.quietHours().start());
        LocalTime end = LocalTime.parse(p.quietHours().end());
        LocalTime now = local.toLocalTime();
        if (start.equals(end)) {
            return Optional.empty();
        }
        LocalDate today = local.toLocalDate();
        if (start.isBefore(end)) {
            return !now.isBefore(start) && now.isBefore(end)
                    ? Optional.of(firstShowing(today, end, zone)) : Optional.empty();
        }
        if (!now.isBefore(start)) {
            return Optional.of(firstShowing(today.plusDays(1), end, zone));
        }
        if (now.isBefore(end)) {
            return Optional.of(firstShowing(today, end, zone));
        }
        return Optional.empty();
    }

    /** The first instant of {@code day} at which a clock in {@code zone} shows {@code time} or later. */
    private static Instant firstShowing(LocalDate day, LocalTime time, ZoneId zone) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(local, zone).toInstant();
    }

    /**
     * When the recipient's next digest goes out: the first instant at or after {@code after} at which their local
     * clock shows their digest time. On a day when that time does not exist (clocks put forward across it), the
     * digest goes out as many minutes later as the clocks jumped; on a day when it occurs twice, at the first.
     */
    public static Instant nextDigest(PreferencesView p, Instant after) {
        ZoneId zone = ZoneId.of(p.timeZone());
        LocalTime time = LocalTime.parse(p.digestTime());
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant today = ZonedDateTime.of(day, time, zone).toInstant();
        return today.isBefore(after) ? ZonedDateTime.of(day.plusDays(1), time, zone).toInstant() : today;
    }

    /** The start of the recipient's local day containing {@code at}: the daily cap counts from here. */
    public static Instant startOfDay(PreferencesView p, Instant at) {
        return at.atZone(ZoneId.of(p.timeZone())).toLocalDate().atStartOfDay(ZoneId.of(p.timeZone())).toInstant();
    }

    private static void checkTime(String field, String value, List<FieldError> errors) {
        try {
            if (value == null || value.length() != 5) {
                throw new DateTimeParseException("not HH:mm", String.valueOf(value), 0);
            }
            LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "must be a local time HH:mm", value));
        }
    }

    private PreferencesView toView(Preferences p) {
        QuietHours quiet = p.quietStart == null ? null : new QuietHours(p.quietStart, p.quietEnd);
        return new PreferencesView(p.mutedTypes == null ? List.of() : p.mutedTypes,
                new Channels(p.inbox, p.email, p.webhook), p.emailMode,
                p.digestTime == null ? defaultDigestTime : p.digestTime, quiet, p.timeZone, p.dailyCap);
    }
}
