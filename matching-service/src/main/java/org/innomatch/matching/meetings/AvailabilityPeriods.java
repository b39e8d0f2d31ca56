package org.innomatch.matching.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.innomatch.problems.FieldError;
import org.innomatch.problems.StorableTimes;

/** Reads the periods a participant sends (local to the event, or with an offset) and shows them at its offset. */
final class AvailabilityPeriods {

    private AvailabilityPeriods() {
    }

    /** The periods as instants; what cannot be read, or ends before it starts, goes to {@code errors}. */
    static List<Availability.Period> parse(List<AvailabilityBody.Period> sent, ZoneId zone, List<FieldError> errors) {
        List<Availability.Period> periods = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            AvailabilityBody.Period p = sent.get(i);
            Instant from = parse(p.from(), zone, "unavailable[" + i + "].from", errors);
            Instant to = parse(p.to(), zone, "unavailable[" + i + "].to", errors);
            if (from != null && to != null) {
                if (!from.isBefore(to)) {
                    errors.add(FieldError.of("unavailable[" + i + "].to", "must be after from", p.to()));
                } else {
                    periods.add(new Availability.Period(from, to));
                }
            }
        }
        return periods;
    }

    static AvailabilityBody view(List<Availability.Period> periods, ZoneId zone) {
        return new AvailabilityBody(periods.stream().map(p -> new AvailabilityBody.Period(
                p.from.atZone(zone).toOffsetDateTime().toString(), p.to.atZone(zone).toOffsetDateTime().toString()))
                .toList());
    }

    static Instant parse(String value, ZoneId zone, String field, List<FieldError> errors) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(FieldError.of(field, "must be an ISO-8601 date-time, local to the event or with an offset",
                        value));
                return null;
            }
        }
        if (!StorableTimes.holds(instant)) {
            // MongoDB keeps dates as milliseconds in a long; +999999999-12-31 failed the write with a 500.
            errors.add(FieldError.of(field, StorableTimes.MESSAGE, value));
            return null;
        }
        return instant;
    }
}
