package org.innomatch.matching.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * Writes an agenda as an RFC 5545 calendar: times local to the event's zone with {@code TZID}, and a VTIMEZONE
 * that spells out that zone's offsets from a year before the first to a year after the last meeting (explicit
 * observances per transition, no RRULE, so every client reads the same offsets the JDK has). CRLF line ends,
 * lines folded at 75 octets, text escaped.
 */
public final class IcsWriter {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * One meeting or session of the agenda; {@code status} is CONFIRMED or CANCELLED (RFC 5545 VEVENT status),
     * {@code url} (an online meeting's link) may be null.
     */
    public record Entry(String uid, Instant start, Instant end, String summary, String location, String description,
                        long sequence, String status, String url) {

        public Entry(String uid, Instant start, Instant end, String summary, String location, String description,
                     long sequence) {
            this(uid, start, end, summary, location, description, sequence, CONFIRMED, null);
        }
    }

    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCELLED = "CANCELLED";

    private IcsWriter() {
    }

    public static String write(String calendarName, ZoneId zone, List<Entry> entries, Instant stamp, Instant windowFrom,
                               Instant windowTo) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Innomatch//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        vtimezone(out, zone, windowFrom.minusSeconds(366L * 86_400), windowTo.plusSeconds(366L * 86_400));
        for (Entry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(e.start(), zone)));
            line(out, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(e.end(), zone)));
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.location() != null) {
                line(out, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                // A URI value: not TEXT-escaped (RFC 5545 3.3.13).
                line(out, "URL:" + e.url());
            }
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "STATUS:" + e.status());
            // A cancelled session no longer blocks the time in free/busy views.
            line(out, "TRANSP:" + (CANCELLED.equals(e.status()) ? "TRANSPARENT" : "OPAQUE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void vtimezone(StringBuilder out, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        // The observance in force at the start of the window (as if since 1970, which is how clients expect a first
        // observance; an onset far in the past with a different TZOFFSETFROM is misread by some), then one per
        // transition inside the window.
        ZoneOffset initial = rules.getOffset(from);
        observance(out, rules.isDaylightSavings(from), LocalDateTime.of(1970, 1, 1, 0, 0), initial, initial);
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
             t = rules.nextTransition(t.getInstant())) {
            observance(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
        }
        line(out, "END:VTIMEZONE");
    }

    private static void observance(StringBuilder out, boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        line(out, "BEGIN:" + kind);
        line(out, "DTSTART:" + LOCAL.format(start));
        line(out, "TZOFFSETFROM:" + offset(from));
        line(out, "TZOFFSETTO:" + offset(to));
        line(out, "END:" + kind);
    }

    static String offset(ZoneOffset o) {
        int seconds = o.getTotalSeconds();
        int abs = Math.abs(seconds);
        String s = String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, (abs % 3600) / 60);
        return abs % 60 == 0 ? s : s + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (continuations start with a space), never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int limit = 75;
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 0;
                limit = 74; // the leading space counts
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
