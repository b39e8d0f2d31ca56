package org.innomatch.matching.meetings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the schedule endpoints. */
public final class ScheduleViews {

    private ScheduleViews() {
    }

    @Schema(name = "ScheduleRequest")
    public record Options(
            @Schema(description = "Also schedule mutual matches (both sides declared interest) between registered participants "
                    + "who have no meeting yet, best score first, up to maxSuggestedPerParticipant each", example = "false")
            Boolean includeMutualMatches,
            @Schema(description = "Cap of added mutual-match meetings per participant, 1..24 (default 3)", example = "3")
            Integer maxSuggestedPerParticipant) {
    }

    @Schema(name = "SchedulePosition")
    public record Position(OffsetDateTime slotStart, OffsetDateTime slotEnd, Integer table) {
    }

    @Schema(name = "ScheduleChange")
    public record Change(
            UUID meetingId,
            @Schema(enumeration = {"ADDED", "MOVED", "REMOVED"}, description = "ADDED: newly placed; MOVED: other slot or "
                    + "table; REMOVED: no longer fits (back to ACCEPTED)") String change,
            Position from,
            Position to) {
    }

    @Schema(name = "ScheduleRun")
    public record Run(
            UUID eventId,
            int slots,
            int tables,
            @Schema(description = "Agreed meetings considered (accepted and already scheduled)") int considered,
            @Schema(description = "Mutual-match meetings created by this run") int addedFromMutualMatches,
            int scheduled,
            @Schema(description = "Agreed meetings without a place, best score first") List<UUID> unscheduled,
            @Schema(description = "Every placement this run changed") List<Change> changes,
            @Schema(description = "Locked meetings whose lock could not be kept (e.g. a side is now unavailable)") List<UUID> rejectedLocks,
            @Schema(description = "Meetings changed by someone else while the run was writing; re-run to include them") List<UUID> skipped,
            long tookMillis) {
    }

    @Schema(name = "ScheduleGrid")
    public record Grid(UUID eventId, String timezone, int tables, List<SlotRow> slots, List<UUID> unscheduled) {
    }

    @Schema(name = "ScheduleSlot")
    public record SlotRow(int index, OffsetDateTime start, OffsetDateTime end, List<Seat> meetings) {
    }

    @Schema(name = "ScheduleSeat")
    public record Seat(Integer table, UUID meetingId, UUID requesterProfileId, UUID inviteeProfileId, boolean locked, double score) {
    }
}
