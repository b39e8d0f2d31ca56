package org.innomatch.matching.meetings.schedule;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the scheduler needs, immutable: {@code slots} slots numbered 0.., tables numbered 1..{@code tables},
 * the agreed meetings, and per participant the slots they cannot attend.
 */
public record ScheduleInput(int slots, int tables, List<Request> meetings, Map<String, BitSet> unavailable) {

    public ScheduleInput {
        if (slots < 0 || tables < 0) {
            throw new IllegalArgumentException("slots and tables must not be negative");
        }
        meetings = List.copyOf(meetings);
        unavailable = Map.copyOf(unavailable);
    }

    /**
     * One meeting to place. {@code locked}: must stay exactly there; {@code previous}: where an earlier run put it
     * (kept when still possible, so re-runs move little); {@code preferredSlots}: tried first.
     */
    public record Request(String id, String a, String b, double score, Set<Integer> preferredSlots, Placement locked,
                          Placement previous, boolean needsTable) {
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            preferredSlots = preferredSlots == null ? Set.of() : Set.copyOf(preferredSlots);
        }

        /** A table meeting. */
        public Request(String id, String a, String b, double score, Set<Integer> preferredSlots, Placement locked,
                       Placement previous) {
            this(id, a, b, score, preferredSlots, locked, previous, true);
        }

        public static Request of(String id, String a, String b, double score) {
            return new Request(id, a, b, score, Set.of(), null, null);
        }
    }

    /** {@code table} 0: a meeting that takes no table (in a room or online). */
    public record Placement(int slot, int table) {
    }

    public boolean isUnavailable(String person, int slot) {
        BitSet u = unavailable.get(person);
        return u != null && u.get(slot);
    }
}
