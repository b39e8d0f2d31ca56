package org.innomatch.matching.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.innomatch.problems.FieldError;
import org.junit.jupiter.api.Test;

/** Reading and showing unavailable periods, without the service. */
class AvailabilityPeriodsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void localTimesAreInTheEventZoneAndTimesWithAnOffsetAreTakenAsGiven() {
        List<FieldError> errors = new ArrayList<>();
        List<Availability.Period> periods = AvailabilityPeriods.parse(List.of(
                new AvailabilityBody.Period("2026-12-03T09:00", "2026-12-03T10:20"),
                new AvailabilityBody.Period("2026-12-03T09:00:00Z", "2026-12-03T11:30:00+01:00")), SHANGHAI, errors);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(Instant.parse("2026-12-03T01:00:00Z"), periods.get(0).from);
        assertEquals(Instant.parse("2026-12-03T02:20:00Z"), periods.get(0).to);
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), periods.get(1).from);
        assertEquals(Instant.parse("2026-12-03T10:30:00Z"), periods.get(1).to);
    }

    @Test
    void eachUnreadableTimeAndEachPeriodEndingBeforeItStartsIsNamed() {
        List<FieldError> errors = new ArrayList<>();
        List<Availability.Period> periods = AvailabilityPeriods.parse(List.of(
                new AvailabilityBody.Period("yesterday", "2026-12-03T10:20"),
                new AvailabilityBody.Period("2026-12-03T10:20", "2026-12-03T10:20"),
                new AvailabilityBody.Period("2026-12-03T09:00", "+999999999-12-31T23:59:59")), SHANGHAI, errors);
        assertTrue(periods.isEmpty());
        assertEquals(List.of("unavailable[0].from", "unavailable[1].to", "unavailable[2].to"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("must be after from", errors.get(1).message());
    }

    @Test
    void periodsAreShownAtTheEventOffset() {
        AvailabilityBody shown = AvailabilityPeriods.view(List.of(new Availability.Period(
                Instant.parse("2026-12-03T01:00:00Z"), Instant.parse("2026-12-03T02:20:00Z"))), SHANGHAI);
        assertEquals(List.of(new AvailabilityBody.Period("2026-12-03T09:00+08:00", "2026-12-03T10:20+08:00")),
                shown.unavailable());
    }
}
