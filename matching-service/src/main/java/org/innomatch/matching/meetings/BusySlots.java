package org.innomatch.matching.meetings;

import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innomatch.matching.eventmodel.EventSlots;
import org.innomatch.matching.programme.ProgrammeSession;

/**
 * The slots in which each participant cannot meet anyone: those overlapping a period it marked unavailable, and
 * those overlapping a session it follows or speaks at. A slot that ends when a session starts (or starts when it
 * ends) stays free. Plain: the caller loads availability and sessions.
 */
final class BusySlots {

    private BusySlots() {
    }

    /**
     * @param unavailable per participant, the periods it marked unavailable
     * @param sessions    per participant, the sessions it follows or speaks at (only sessions that take place:
     *                    {@link ProgrammeSession#occupies()} is checked again here)
     */
    static Map<String, BitSet> of(EventSlots slots, Map<String, List<Availability.Period>> unavailable,
                                  Map<String, List<ProgrammeSession>> sessions) {
        Map<String, BitSet> busy = new HashMap<>();
        unavailable.forEach((profile, periods) -> {
            for (Availability.Period p : periods) {
                mark(busy, profile, slots, p.from, p.to);
            }
        });
        sessions.forEach((profile, attended) -> {
            for (ProgrammeSession s : attended) {
                if (s.occupies()) {
                    mark(busy, profile, slots, s.startsAt, s.endsAt);
                }
            }
        });
        return busy;
    }

    private static void mark(Map<String, BitSet> busy, String profile, EventSlots slots, Instant from, Instant to) {
        BitSet bits = busy.computeIfAbsent(profile, k -> new BitSet(slots.size()));
        if (from == null || to == null) {
            return;
        }
        for (EventSlots.Slot s : slots.slots()) {
            if (s.overlaps(from, to)) {
                bits.set(s.index());
            }
        }
    }
}
