package org.innomatch.matching.eventmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The meeting slots of an event: back to back from {@code startsAt} in steps of {@code slotMinutes}, each
 * ending by {@code endsAt}, minus every slot that overlaps a break. Slot numbers are the indexes of this list.
 */
public record EventSlots(List<Slot> slots) {

    public record Slot(int index, Instant start, Instant end) {
        public boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && from.isBefore(end);
        }
    }

    public static EventSlots of(EventDefinition event) {
        List<Slot> slots = new ArrayList<>();
        Duration length = Duration.ofMinutes(event.slotMinutes);
        if (event.slotMinutes <= 0 || event.startsAt == null || event.endsAt == null) {
            return new EventSlots(List.of());
        }
        for (Instant start = event.startsAt; !start.plus(length).isAfter(event.endsAt); start = start.plus(length)) {
            Instant end = start.plus(length);
            Instant s = start;
            boolean inBreak = event.breaks != null && event.breaks.stream()
                    .anyMatch(b -> b.startsAt != null && b.endsAt != null && s.isBefore(b.endsAt) && b.startsAt.isBefore(end));
            if (!inBreak) {
                slots.add(new Slot(slots.size(), start, end));
            }
        }
        return new EventSlots(List.copyOf(slots));
    }

    public int size() {
        return slots.size();
    }

    public Slot get(int index) {
        return slots.get(index);
    }

    /** The slot that starts exactly at {@code start}, if any. */
    public Optional<Slot> startingAt(Instant start) {
        return slots.stream().filter(s -> s.start().equals(start)).findFirst();
    }
}
