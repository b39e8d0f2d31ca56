package org.innomatch.matching.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventSlots;
import org.innomatch.matching.programme.ProgrammeSession;
import org.junit.jupiter.api.Test;

class BusySlotsTest {

    private static final Instant NINE = Instant.parse("2026-12-03T01:00:00Z");

    /** 09:00–11:00 in 20-minute slots: 6 slots. */
    private static EventSlots slots() {
        EventDefinition e = new EventDefinition();
        e.startsAt = NINE;
        e.endsAt = NINE.plusSeconds(7_200);
        e.slotMinutes = 20;
        return e.slots();
    }

    private static ProgrammeSession session(int fromMinute, int toMinute, String status) {
        ProgrammeSession s = new ProgrammeSession();
        s.id = UUID.randomUUID().toString();
        s.startsAt = NINE.plusSeconds(fromMinute * 60L);
        s.endsAt = NINE.plusSeconds(toMinute * 60L);
        s.status = status;
        return s;
    }

    private static BitSet bits(int... indexes) {
        BitSet b = new BitSet();
        for (int i : indexes) {
            b.set(i);
        }
        return b;
    }

    @Test
    void everySlotOverlappingASessionIsBusyButTouchingOnesStayFree() {
        // 09:30–10:00 overlaps 09:20–09:40 and 09:40–10:00; 10:00–10:20 only touches it.
        Map<String, BitSet> busy = BusySlots.of(slots(), Map.of(),
                Map.of("a", List.of(session(30, 60, ProgrammeSession.SCHEDULED))));
        assertEquals(bits(1, 2), busy.get("a"));
    }

    @Test
    void unavailabilityAndSessionsAddUpAndCancelledSessionsDoNotCount() {
        Map<String, BitSet> busy = BusySlots.of(slots(),
                Map.of("a", List.of(new Availability.Period(NINE, NINE.plusSeconds(1_200)))),
                Map.of("a", List.of(session(100, 120, ProgrammeSession.SCHEDULED),
                                session(40, 60, ProgrammeSession.CANCELLED)),
                        "b", List.of(session(20, 40, ProgrammeSession.SCHEDULED))));
        assertEquals(bits(0, 5), busy.get("a"));
        assertEquals(bits(1), busy.get("b"));
    }

    @Test
    void aSessionOutsideTheMeetingHoursBlocksNothing() {
        Map<String, BitSet> busy = BusySlots.of(slots(), Map.of(),
                Map.of("a", List.of(session(-60, 0, ProgrammeSession.SCHEDULED), session(120, 180, "SCHEDULED"))));
        assertEquals(new BitSet(), busy.get("a"));
    }
}
