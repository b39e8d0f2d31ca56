package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.eventmodel.EventSlots;
import org.innomatch.matching.matches.MutualMatch;
import org.innomatch.matching.meetings.schedule.MeetingScheduler;
import org.innomatch.matching.meetings.schedule.ScheduleInput;
import org.innomatch.matching.meetings.schedule.ScheduleInput.Placement;
import org.innomatch.matching.meetings.schedule.ScheduleResult;
import org.innomatch.matching.programme.ProgrammeStore;
import org.innomatch.problems.ProblemException;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;

/**
 * Loads an event's agreed meetings, availability and the sessions participants follow or speak at (busy
 * periods), runs {@link MeetingScheduler}, writes what changed and publishes it. One run per event at a time (a claim document, stale after 10 minutes).
 */
@ApplicationScoped
public class ScheduleService {

    private final EventModelStore events;
    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final ProgrammeStore programme;
    private final Clock clock;

    public ScheduleService(EventModelStore events, MeetingService meetings, MeetingRepository repository,
                           ProgrammeStore programme, Clock clock) {
        this.events = events;
        this.programme = programme;
        this.meetings = meetings;
        this.repository = repository;
        this.clock = clock;
    }

    public ScheduleViews.Run run(UUID eventId, ScheduleViews.Options options) {
        long t0 = System.nanoTime();
        EventDefinition event = meetings.requireEvent(eventId);
        String runKey = "SCHEDULE_RUN|" + eventId;
        claimRun(runKey);
        try {
            int added = 0;
            if (options != null && Boolean.TRUE.equals(options.includeMutualMatches())) {
                int cap = options.maxSuggestedPerParticipant() == null ? 3 : options.maxSuggestedPerParticipant();
                added = addMutualMatches(event, cap);
            }
            EventSlots slots = event.slots();
            List<Meeting> agreed = repository.agreedOf(eventId.toString());
            ScheduleInput input = input(event, slots, agreed);
            ScheduleResult result = MeetingScheduler.schedule(input);
            return apply(event, slots, agreed, result, added, t0);
        } finally {
            runs().deleteOne(Filters.eq("_id", runKey));
        }
    }

    public ScheduleViews.Grid grid(UUID eventId) {
        EventDefinition event = meetings.requireEvent(eventId);
        ZoneId zone = event.zone();
        EventSlots slots = event.slots();
        Map<Integer, List<ScheduleViews.Seat>> bySlot = new HashMap<>();
        List<UUID> unscheduled = new ArrayList<>();
        for (Meeting m : repository.agreedOf(eventId.toString())) {
            if (m.state() == MeetingStatus.SCHEDULED && m.slotIndex != null) {
                bySlot.computeIfAbsent(m.slotIndex, k -> new ArrayList<>()).add(new ScheduleViews.Seat(m.table, UUID.fromString(m.id),
                        UUID.fromString(m.requesterProfileId), UUID.fromString(m.inviteeProfileId), m.locked, m.score));
            } else {
                unscheduled.add(UUID.fromString(m.id));
            }
        }
        List<ScheduleViews.SlotRow> rows = slots.slots().stream().map(s -> new ScheduleViews.SlotRow(s.index(),
                MeetingService.at(s.start(), zone), MeetingService.at(s.end(), zone),
                bySlot.getOrDefault(s.index(), List.of()).stream().sorted(Comparator.comparing(ScheduleViews.Seat::table,
                        Comparator.nullsLast(Comparator.<Integer>naturalOrder()))).toList()))
                .toList();
        return new ScheduleViews.Grid(eventId, event.timezone, event.tables, rows, unscheduled);
    }

    private ScheduleInput input(EventDefinition event, EventSlots slots, List<Meeting> agreed) {
        Map<String, List<Availability.Period>> periods = new HashMap<>();
        for (Availability a : Availability.<Availability>list("eventId", event.id)) {
            periods.put(a.profileId, a.unavailable);
        }
        // Sessions either side follows or speaks at are busy periods too: a meeting never clashes with the programme.
        Map<String, BitSet> unavailable = BusySlots.of(slots, periods,
                programme.attendedSessions(UUID.fromString(event.id)));
        List<ScheduleInput.Request> requests = new ArrayList<>();
        for (Meeting m : agreed) {
            Placement current = currentPlacement(m, slots);
            Set<Integer> preferred = new HashSet<>();
            for (Instant p : m.preferredSlots == null ? List.<Instant>of() : m.preferredSlots) {
                slots.startingAt(p).ifPresent(s -> preferred.add(s.index()));
            }
            requests.add(new ScheduleInput.Request(m.id, m.requesterProfileId, m.inviteeProfileId, m.score, preferred,
                    m.locked ? current : null, current, m.meetingMode().needsTable()));
        }
        // Request order is the creation order: deterministic input for a deterministic engine.
        return new ScheduleInput(slots.size(), event.tables, requests, unavailable);
    }

    /** Where the meeting is now, re-derived from its slot start (slot numbers shift if the event's times changed). */
    private static Placement currentPlacement(Meeting m, EventSlots slots) {
        boolean needsTable = m.meetingMode().needsTable();
        if (m.state() != MeetingStatus.SCHEDULED || m.slotStart == null || (needsTable && m.table == null)) {
            return null;
        }
        return slots.startingAt(m.slotStart).map(s -> new Placement(s.index(), needsTable ? m.table : 0)).orElse(null);
    }

    private ScheduleViews.Run apply(EventDefinition event, EventSlots slots, List<Meeting> agreed, ScheduleResult result,
                                    int added, long t0) {
        ZoneId zone = event.zone();
        List<ScheduleViews.Change> changes = new ArrayList<>();
        List<Meeting> changed = new ArrayList<>();
        List<UUID> skipped = new ArrayList<>();
        for (Meeting m : agreed) {
            Placement before = currentPlacement(m, slots);
            boolean wasScheduled = m.state() == MeetingStatus.SCHEDULED;
            Placement after = result.placed().get(m.id);
            // before is null for a scheduled meeting whose slot no longer exists (the event's times changed): it must move.
            if (wasScheduled && before != null && before.equals(after)) {
                continue;
            }
            if (!wasScheduled && after == null) {
                continue;
            }
            ScheduleViews.Position from = wasScheduled && m.slotStart != null
                    ? new ScheduleViews.Position(MeetingService.at(m.slotStart, zone), MeetingService.at(m.slotEnd, zone), m.table)
                    : null;
            try {
                meetings.store(m, after == null ? new MeetingCommand.Unplace() : place(slots.get(after.slot()), after));
            } catch (ProblemException e) {
                skipped.add(UUID.fromString(m.id));
                continue;
            }
            changed.add(m);
            ScheduleViews.Position to = after == null ? null
                    : new ScheduleViews.Position(MeetingService.at(m.slotStart, zone), MeetingService.at(m.slotEnd, zone), m.table);
            changes.add(new ScheduleViews.Change(UUID.fromString(m.id), from == null ? "ADDED" : to == null ? "REMOVED" : "MOVED", from, to));
        }
        meetings.publish(changed);
        return new ScheduleViews.Run(UUID.fromString(event.id), slots.size(), event.tables, agreed.size(), added,
                result.placed().size(), result.unplaced().stream().map(UUID::fromString).toList(), changes,
                result.rejectedLocks().stream().map(UUID::fromString).toList(), skipped, (System.nanoTime() - t0) / 1_000_000);
    }

    private static MeetingCommand place(EventSlots.Slot slot, Placement placement) {
        return new MeetingCommand.Place(slot.index(), slot.start(), slot.end(),
                placement.table() == 0 ? null : placement.table());
    }

    /** Creates ACCEPTED meetings from mutual matches of registered participants that have no meeting yet. */
    private int addMutualMatches(EventDefinition event, int cap) {
        if (cap < 1 || cap > 24) {
            throw ProblemException.invalid(List.of(org.innomatch.problems.FieldError.of("maxSuggestedPerParticipant", "must be 1..24", cap)));
        }
        UUID eventId = UUID.fromString(event.id);
        Set<String> registered = new HashSet<>();
        events.registered(eventId).forEach(p -> registered.add(p.toString()));
        List<MutualMatch> candidates = MutualMatch.<MutualMatch>listAll().stream()
                .filter(mm -> mm.endedAt == null)
                .filter(mm -> mm.firstProfileId != null && mm.secondProfileId != null && !mm.firstProfileId.equals(mm.secondProfileId)
                        && registered.contains(mm.firstProfileId) && registered.contains(mm.secondProfileId))
                .sorted(Comparator.comparingDouble((MutualMatch mm) -> -mm.score).thenComparing(mm -> mm.id))
                .toList();
        Map<String, Integer> suggested = new HashMap<>();
        int added = 0;
        for (MutualMatch mm : candidates) {
            String a = mm.firstProfileId;
            String b = mm.secondProfileId;
            if (suggested.getOrDefault(a, 0) >= cap || suggested.getOrDefault(b, 0) >= cap) {
                continue;
            }
            if (meetings.createAgreed(event, a, b, mm.score, "MUTUAL_MATCH").isPresent()) {
                suggested.merge(a, 1, Integer::sum);
                suggested.merge(b, 1, Integer::sum);
                added++;
            }
        }
        return added;
    }

    private static com.mongodb.client.MongoCollection<Document> runs() {
        return Meeting.mongoDatabase().getCollection("meeting_schedule_runs");
    }

    private void claimRun(String key) {
        Instant now = clock.instant();
        // A run left behind by a crash does not block the event forever.
        runs().deleteOne(Filters.and(Filters.eq("_id", key), Filters.lt("startedAt", now.minusSeconds(600))));
        try {
            runs().insertOne(new Document("_id", key).append("startedAt", now));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw ProblemException.conflict("The scheduler is already running for this event; retry when it finished");
            }
            throw e;
        }
    }
}
