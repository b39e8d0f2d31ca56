package org.innomatch.events.meetings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The current state of a meeting request at a matchmaking event, published on every change.
 *
 * @param status    {@code PENDING}, {@code PROPOSED} (the invitee proposed another slot; the requester answers),
 *                  {@code ACCEPTED}, {@code DECLINED}, {@code CANCELLED}, {@code EXPIRED}, {@code SCHEDULED} or
 *                  {@code NO_SHOW} (a side did not come; consumers should ignore statuses they do not know)
 * @param slotStart start of the assigned slot in the event's zone, {@code null} until scheduled
 * @param slotEnd   end of the assigned slot, {@code null} until scheduled
 * @param table     the assigned table number, {@code null} until scheduled
 * @param message   the requester's note to the invitee, {@code null} if none
 * @param actorProfileId    optional: who made this change; {@code null} for system changes (expiry, scheduler)
 * @param reason            optional: the reason given with a decline or cancel
 * @param proposedSlotStart optional: the slot the invitee proposed (status {@code PROPOSED})
 * @param expiresAt         optional: when a {@code PENDING}/{@code PROPOSED} request expires unanswered
 * @param revision          optional: increases with every change of this meeting; a consumer that saw a higher
 *                          revision drops a lower one (re-publishing after an outage may reorder states)
 * @param absentProfileId   optional: the side that did not come (status {@code NO_SHOW})
 * @param mode              optional: {@code TABLE} (also when absent), {@code ROOM} or {@code ONLINE}
 * @param room              optional: the room of a {@code ROOM} meeting
 * @param link              optional: the https link of an {@code ONLINE} (or hybrid {@code ROOM}) meeting
 */
public record MeetingChanged(
        UUID meetingId,
        UUID eventId,
        UUID requesterProfileId,
        UUID inviteeProfileId,
        String status,
        OffsetDateTime slotStart,
        OffsetDateTime slotEnd,
        Integer table,
        String message,
        Instant changedAt,
        UUID actorProfileId,
        String reason,
        OffsetDateTime proposedSlotStart,
        Instant expiresAt,
        Long revision,
        UUID absentProfileId,
        String mode,
        String room,
        String link) {

    public MeetingChanged {
        Objects.requireNonNull(meetingId, "meetingId");
    }

    /** The shape before no-shows. */
    public MeetingChanged(UUID meetingId, UUID eventId, UUID requesterProfileId, UUID inviteeProfileId, String status,
                          OffsetDateTime slotStart, OffsetDateTime slotEnd, Integer table, String message,
                          Instant changedAt, UUID actorProfileId, String reason, OffsetDateTime proposedSlotStart,
                          Instant expiresAt, Long revision) {
        this(meetingId, eventId, requesterProfileId, inviteeProfileId, status, slotStart, slotEnd, table, message,
                changedAt, actorProfileId, reason, proposedSlotStart, expiresAt, revision, null, null, null, null);
    }

    /** The shape before the optional fields were added. */
    public MeetingChanged(UUID meetingId, UUID eventId, UUID requesterProfileId, UUID inviteeProfileId, String status,
                          OffsetDateTime slotStart, OffsetDateTime slotEnd, Integer table, String message,
                          Instant changedAt) {
        this(meetingId, eventId, requesterProfileId, inviteeProfileId, status, slotStart, slotEnd, table, message,
                changedAt, null, null, null, null, null, null, null, null, null);
    }
}
