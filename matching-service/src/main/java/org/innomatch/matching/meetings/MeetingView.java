package org.innomatch.matching.meetings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as the API shows it; slot times at the venue's offset. */
@Schema(name = "Meeting")
public record MeetingView(
        UUID meetingId,
        UUID eventId,
        UUID requesterProfileId,
        UUID inviteeProfileId,
        @Schema(enumeration = {"PENDING", "PROPOSED", "ACCEPTED", "DECLINED", "CANCELLED", "EXPIRED", "SCHEDULED",
                "NO_SHOW"})
        String status,
        @Schema(enumeration = {"REQUEST", "MUTUAL_MATCH"}) String origin,
        String message,
        List<OffsetDateTime> preferredSlots,
        @Schema(description = "Counter-proposal of the invitee (status PROPOSED)") OffsetDateTime proposedSlotStart,
        String reason,
        @Schema(description = "When an unanswered request expires") Instant expiresAt,
        OffsetDateTime slotStart,
        OffsetDateTime slotEnd,
        Integer table,
        @Schema(description = "Kept in place by scheduler re-runs") boolean locked,
        @Schema(description = "Reciprocal match score of the pair, 0..1") double score,
        @Schema(enumeration = {"DID_NOT_TAKE_PLACE", "NO_INTEREST", "INFORMATIVE", "COOPERATION_LIKELY"}) String requesterOutcome,
        @Schema(enumeration = {"DID_NOT_TAKE_PLACE", "NO_INTEREST", "INFORMATIVE", "COOPERATION_LIKELY"}) String inviteeOutcome,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change") long revision,
        @Schema(nullable = true, description = "The side that did not come (status NO_SHOW)") UUID absentProfileId,
        @Schema(enumeration = {"TABLE", "ROOM", "ONLINE"}, description = "Where it takes place; only TABLE takes a "
                + "table") String mode,
        @Schema(nullable = true, description = "The room of a ROOM meeting") String room,
        @Schema(nullable = true, description = "The https link of an ONLINE (or hybrid ROOM) meeting") String link) {

    static MeetingView of(Meeting m, ZoneId zone) {
        return new MeetingView(UUID.fromString(m.id), UUID.fromString(m.eventId), UUID.fromString(m.requesterProfileId),
                UUID.fromString(m.inviteeProfileId), m.status, m.origin, m.message,
                m.preferredSlots == null ? List.of() : m.preferredSlots.stream().map(i -> MeetingService.at(i, zone)).toList(),
                MeetingService.at(m.proposedSlot, zone), m.reason, m.expiresAt, MeetingService.at(m.slotStart, zone),
                MeetingService.at(m.slotEnd, zone), m.table, m.locked, m.score, m.requesterOutcome, m.inviteeOutcome,
                m.createdAt, m.updatedAt, m.revision,
                m.absentProfileId == null ? null : UUID.fromString(m.absentProfileId), m.meetingMode().name(), m.room,
                m.link);
    }
}
