package org.innomatch.matching.meetings.schedule;

import java.util.List;
import java.util.Map;

import org.innomatch.matching.meetings.schedule.ScheduleInput.Placement;

/**
 * @param placed        meeting id → slot and table
 * @param unplaced      meetings that found no conflict-free slot, best score first
 * @param rejectedLocks locked meetings whose lock could not be honoured (slot gone, table taken twice, person
 *                      twice in the slot or now unavailable); they were scheduled like unlocked ones
 */
public record ScheduleResult(Map<String, Placement> placed, List<String> unplaced, List<String> rejectedLocks) {

    public double totalScore(ScheduleInput input) {
        return input.meetings().stream().filter(m -> placed.containsKey(m.id())).mapToDouble(ScheduleInput.Request::score).sum();
    }
}
