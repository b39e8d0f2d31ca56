package org.innomatch.matching.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

/** The agenda calendar parsed back with ical4j: structure, VTIMEZONE offsets and instants across zones. */
class IcsWriterTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void beijingMeetingReadInBerlinAndNewYorkIsTheSameInstant() throws Exception {
        Instant start = ZonedDateTime.of(2026, 12, 3, 10, 40, 0, 0, SHANGHAI).toInstant();
        Calendar calendar = parse(SHANGHAI, start);
        VTimeZone vtz = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("Asia/Shanghai", vtz.getProperty("TZID").map(Property::getValue).orElseThrow());

        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        Property dtStart = event.getProperty("DTSTART").orElseThrow();
        assertEquals("Asia/Shanghai", dtStart.getParameter("TZID").map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue()).orElseThrow());
        assertEquals("20261203T104000", dtStart.getValue());

        // Resolve DTSTART only with the VTIMEZONE we wrote (not the JDK's or ical4j's own zone data).
        Instant read = instantUsing(vtz, dtStart.getValue());
        assertEquals(start, read);
        assertEquals(LocalDateTime.of(2026, 12, 3, 3, 40), LocalDateTime.ofInstant(read, BERLIN));
        assertEquals(LocalDateTime.of(2026, 12, 2, 21, 40), LocalDateTime.ofInstant(read, NEW_YORK));

        // ical4j's own resolution of the TZID agrees.
        Temporal parsed = ((DtStart<?>) event.getDateTimeStart().orElseThrow()).getDate();
        assertEquals(start, Instant.from(parsed));
        Property dtEnd = event.getProperty("DTEND").orElseThrow();
        assertEquals(Duration.ofMinutes(20), Duration.between(read, instantUsing(vtz, dtEnd.getValue())));
    }

    @Test
    void daylightSavingZoneGetsBothObservancesWithTheRightOffsets() throws Exception {
        // New York event in July (EDT, -4) written while the window also covers winter (EST, -5).
        Instant summer = ZonedDateTime.of(2027, 7, 14, 9, 0, 0, 0, NEW_YORK).toInstant();
        Calendar calendar = parse(NEW_YORK, summer);
        VTimeZone vtz = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertTrue(vtz.getComponents("DAYLIGHT").size() >= 2, vtz.toString());
        assertTrue(vtz.getComponents("STANDARD").size() >= 2, vtz.toString());
        TimeZone tz = new TimeZone(vtz);
        assertEquals(-4 * 3600_000, tz.getOffset(summer.toEpochMilli()));
        Instant winter = ZonedDateTime.of(2027, 1, 14, 9, 0, 0, 0, NEW_YORK).toInstant();
        assertEquals(-5 * 3600_000, tz.getOffset(winter.toEpochMilli()));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        Instant read = instantUsing(vtz, event.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals(summer, read);
        assertEquals(LocalDateTime.of(2027, 7, 14, 21, 0), LocalDateTime.ofInstant(read, SHANGHAI));
    }

    @Test
    void linesAreCrlfFoldedAt75OctetsAndTextIsEscaped() throws Exception {
        String longText = "Clinical validation; wearable ECG, 心电图 devices and regulatory pathways in the EU and China. ".repeat(3).strip() + "\nSecond line";
        String ics = IcsWriter.write("Test", SHANGHAI, List.of(new IcsWriter.Entry("m1@innomatch", Instant.parse("2026-12-03T02:40:00Z"),
                Instant.parse("2026-12-03T03:00:00Z"), "Meeting, table 1", "Beijing", longText, 2)), Instant.now(),
                Instant.parse("2026-12-03T01:00:00Z"), Instant.parse("2026-12-03T09:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(longText, event.getProperty("DESCRIPTION").orElseThrow().getValue());
        assertEquals("Meeting, table 1", event.getProperty("SUMMARY").orElseThrow().getValue());
    }

    private static Calendar parse(ZoneId zone, Instant start) throws Exception {
        String ics = IcsWriter.write("5th Matchmaking Event", zone, List.of(new IcsWriter.Entry("m1@innomatch", start,
                start.plus(Duration.ofMinutes(20)), "Meeting at table 7", "Beijing, table 7", "With participant x", 3)),
                Instant.parse("2026-11-23T12:00:00Z"), start, start.plus(Duration.ofHours(8)));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static Instant instantUsing(VTimeZone vtz, String local) {
        TimeZone tz = new TimeZone(vtz);
        LocalDateTime ldt = LocalDateTime.parse(local, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        // Offset valid at that local time: try the offset at the naive UTC reading, then correct once.
        long guess = ldt.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        int offset = tz.getOffset(guess - tz.getOffset(guess));
        return ldt.toInstant(java.time.ZoneOffset.ofTotalSeconds(offset / 1000));
    }
}
