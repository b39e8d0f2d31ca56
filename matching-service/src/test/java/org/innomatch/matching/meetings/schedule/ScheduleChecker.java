package org.innomatch.matching.meetings.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innomatch.matching.meetings.schedule.ScheduleInput.Placement;
import org.innomatch.matching.meetings.schedule.ScheduleInput.Request;

/** Independent of the scheduler's own bookkeeping: re-derives every constraint from the input and the result. */
final class ScheduleChecker {

    private ScheduleChecker() {
    }

    /** Every violated rule, one line each; empty when the schedule is valid. */
    static List<String> violations(ScheduleInput input, ScheduleResult result) {
        List<String> problems = new ArrayList<>();
        Map<String, Request> byId = new HashMap<>();
        input.meetings().forEach(r -> byId.put(r.id(), r));
        Set<String> personSlot = new HashSet<>();
        Set<String> tableSlot = new HashSet<>();
        for (Map.Entry<String, Placement> e : result.placed().entrySet()) {
            Request r = byId.get(e.getKey());
            Placement p = e.getValue();
            if (r == null) {
                problems.add("placed unknown meeting " + e.getKey());
                continue;
            }
            if (p.slot() < 0 || p.slot() >= input.slots()) {
                problems.add(r.id() + " in slot " + p.slot() + " outside 0.." + (input.slots() - 1));
            }
            if (!r.needsTable()) {
                if (p.table() != 0) {
                    problems.add(r.id() + " takes no table but got table " + p.table());
                }
            } else if (p.table() < 1 || p.table() > input.tables()) {
                problems.add(r.id() + " at table " + p.table() + " outside 1.." + input.tables());
            }
            for (String person : List.of(r.a(), r.b())) {
                if (!personSlot.add(person + "@" + p.slot())) {
                    problems.add(person + " twice in slot " + p.slot());
                }
                if (input.isUnavailable(person, p.slot())) {
                    problems.add(person + " unavailable in slot " + p.slot() + " but has " + r.id());
                }
            }
            if (r.needsTable() && !tableSlot.add(p.table() + "@" + p.slot())) {
                problems.add("table " + p.table() + " twice in slot " + p.slot());
            }
            if (r.locked() != null && !result.rejectedLocks().contains(r.id()) && !r.locked().equals(p)) {
                problems.add(r.id() + " locked at " + r.locked() + " but placed at " + p);
            }
        }
        for (Request r : input.meetings()) {
            if (r.locked() != null && !result.rejectedLocks().contains(r.id()) && !result.placed().containsKey(r.id())) {
                problems.add(r.id() + " locked but not placed");
            }
            if (result.placed().containsKey(r.id()) == result.unplaced().contains(r.id())) {
                problems.add(r.id() + " must be either placed or unplaced");
            }
        }
        return problems;
    }
}
