package org.innomatch.matching.meetings.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innomatch.matching.meetings.schedule.ScheduleInput.Placement;
import org.innomatch.matching.meetings.schedule.ScheduleInput.Request;
import org.junit.jupiter.api.Test;

class MeetingSchedulerTest {

    @Test
    void generatedEventHasNoConflictsAndBeatsFirstComeFirstServed() {
        for (long seed : new long[] {1, 2, 3}) {
            ScheduleInput input = GeneratedEvent.generate(seed, 300, 2_000, 24, 40);
            assertEquals(2_000, input.meetings().size());
            ScheduleResult ours = MeetingScheduler.schedule(input);
            ScheduleResult fcfs = MeetingScheduler.firstComeFirstServed(input);
            assertEquals(List.of(), ScheduleChecker.violations(input, ours));
            assertEquals(List.of(), ScheduleChecker.violations(input, fcfs));
            System.out.printf("seed %d: 300 participants, 2000 accepted, 24 slots x 40 tables: scheduler %d meetings "
                            + "(score %.1f, %d participants without a meeting), first-come-first-served %d (score %.1f, %d without)%n",
                    seed, ours.placed().size(), ours.totalScore(input), withoutMeeting(input, ours),
                    fcfs.placed().size(), fcfs.totalScore(input), withoutMeeting(input, fcfs));
            assertTrue(ours.placed().size() >= fcfs.placed().size(),
                    "scheduler " + ours.placed().size() + " < FCFS " + fcfs.placed().size());
        }
    }

    @Test
    void whenTablesAreNotTheLimitTheScheduleStillHasNoConflictsAndBeatsTheBaseline() {
        ScheduleInput input = GeneratedEvent.generate(7, 300, 2_000, 24, 150);
        ScheduleResult ours = MeetingScheduler.schedule(input);
        ScheduleResult fcfs = MeetingScheduler.firstComeFirstServed(input);
        assertEquals(List.of(), ScheduleChecker.violations(input, ours));
        System.out.printf("300 participants, 2000 accepted, 24 slots x 150 tables: scheduler %d, first-come-first-served %d%n",
                ours.placed().size(), fcfs.placed().size());
        assertTrue(ours.placed().size() >= fcfs.placed().size());
    }

    @Test
    void reRunKeepsLockedMeetingsAndMovesLittle() {
        ScheduleInput input = GeneratedEvent.generate(4, 300, 2_000, 24, 40);
        ScheduleResult first = MeetingScheduler.schedule(input);
        ScheduleInput again = GeneratedEvent.rerun(input, first, 3);
        long locks = again.meetings().stream().filter(r -> r.locked() != null).count();
        assertTrue(locks > 200, "locks " + locks);
        ScheduleResult second = MeetingScheduler.schedule(again);
        assertEquals(List.of(), ScheduleChecker.violations(again, second));
        assertEquals(List.of(), second.rejectedLocks());
        for (Request r : again.meetings()) {
            if (r.locked() != null) {
                assertEquals(r.locked(), second.placed().get(r.id()), r.id());
            }
        }
        long moved = first.placed().entrySet().stream().filter(e -> !e.getValue().equals(second.placed().get(e.getKey()))).count();
        System.out.printf("re-run with %d locks: %d of %d meetings moved%n", locks, moved, first.placed().size());
        assertEquals(first.placed().size(), second.placed().size());
        assertEquals(0, moved, "an unchanged event re-scheduled must keep every meeting in place");
    }

    @Test
    void onlineMeetingsNeedNoTableOnlyBothSidesFree() {
        BitSet eBusy = new BitSet();
        eBusy.set(0);
        List<Request> meetings = List.of(
                new Request("ab", "a", "b", 0.9, Set.of(0), null, null),
                new Request("cd-online", "c", "d", 0.8, Set.of(0), null, null, false),
                new Request("ef-online", "e", "f", 0.7, Set.of(0), null, null, false),
                // a is at its table in slot 0: its online meeting goes to slot 1
                new Request("ag-online", "a", "g", 0.6, Set.of(0), null, null, false),
                new Request("hi-online-locked", "h", "i", 0.5, Set.of(), new Placement(0, 0), null, false));
        ScheduleInput input = new ScheduleInput(2, 1, meetings, Map.of("e", eBusy));
        ScheduleResult r = MeetingScheduler.schedule(input);
        assertEquals(List.of(), ScheduleChecker.violations(input, r));
        assertEquals(new Placement(0, 1), r.placed().get("ab"));
        assertEquals(new Placement(0, 0), r.placed().get("cd-online"), "the only table is taken, the call is not");
        assertEquals(new Placement(1, 0), r.placed().get("ef-online"), "e is busy in slot 0");
        assertEquals(new Placement(1, 0), r.placed().get("ag-online"));
        assertEquals(new Placement(0, 0), r.placed().get("hi-online-locked"));
        assertEquals(List.of(), r.unplaced());
        assertEquals(List.of(), r.rejectedLocks());
    }

    @Test
    void availabilityAndConflictingLocksAreRespected() {
        BitSet aBusy = new BitSet();
        aBusy.set(0);
        List<Request> meetings = List.of(
                new Request("ab", "a", "b", 0.9, Set.of(0), null, null),
                new Request("cd", "c", "d", 0.5, Set.of(), new Placement(1, 1), null),
                // locks the same table in the same slot as cd: reported and placed elsewhere
                new Request("ef", "e", "f", 0.4, Set.of(), new Placement(1, 1), null),
                new Request("ac", "a", "c", 0.3, Set.of(), null, null));
        ScheduleInput input = new ScheduleInput(2, 1, meetings, Map.of("a", aBusy));
        ScheduleResult r = MeetingScheduler.schedule(input);
        assertEquals(List.of(), ScheduleChecker.violations(input, r));
        assertEquals(List.of("ef"), r.rejectedLocks());
        assertEquals(new Placement(1, 1), r.placed().get("cd"));
        // a cannot attend slot 0 and slot 1's only table is locked by cd: ab and ac cannot be placed; ef takes slot 0
        assertEquals(Set.of("cd", "ef"), r.placed().keySet());
        assertEquals(List.of("ab", "ac"), r.unplaced());
    }

    @Test
    void repairMovesABlockingMeetingToPlaceAnother() {
        // Greedy puts the best meeting "ab" first in the emptiest slot 0; "bc" can only meet in slot 0 (c is busy in 1):
        // the repair moves ab to slot 1.
        BitSet cBusy = new BitSet();
        cBusy.set(1);
        List<Request> meetings = List.of(Request.of("ab", "a", "b", 0.9), Request.of("bc", "b", "c", 0.8));
        ScheduleInput input = new ScheduleInput(2, 5, meetings, Map.of("c", cBusy));
        ScheduleResult r = MeetingScheduler.schedule(input);
        assertEquals(List.of(), ScheduleChecker.violations(input, r));
        assertEquals(2, r.placed().size());
        assertEquals(0, r.placed().get("bc").slot());
        assertEquals(1, r.placed().get("ab").slot());
    }

    @Test
    void theSameInputGivesTheSameSchedule() {
        ScheduleInput input = GeneratedEvent.generate(9, 200, 1_000, 20, 30);
        assertEquals(MeetingScheduler.schedule(input), MeetingScheduler.schedule(input));
    }

    @Test
    void checkerCatchesConflicts() {
        List<Request> meetings = List.of(Request.of("ab", "a", "b", 1), Request.of("ac", "a", "c", 1));
        ScheduleInput input = new ScheduleInput(2, 2, meetings, Map.of());
        ScheduleResult bad = new ScheduleResult(Map.of("ab", new Placement(0, 1), "ac", new Placement(0, 1)), List.of(), List.of());
        List<String> v = ScheduleChecker.violations(input, bad);
        assertTrue(v.contains("a twice in slot 0"), v.toString());
        assertTrue(v.contains("table 1 twice in slot 0"), v.toString());
    }

    /** Participants with at least one agreed meeting who got none scheduled: fairness to the less popular. */
    static long withoutMeeting(ScheduleInput input, ScheduleResult result) {
        Map<String, Integer> counts = new HashMap<>();
        for (Request r : input.meetings()) {
            counts.putIfAbsent(r.a(), 0);
            counts.putIfAbsent(r.b(), 0);
            if (result.placed().containsKey(r.id())) {
                counts.merge(r.a(), 1, Integer::sum);
                counts.merge(r.b(), 1, Integer::sum);
            }
        }
        return counts.values().stream().filter(c -> c == 0).count();
    }
}
