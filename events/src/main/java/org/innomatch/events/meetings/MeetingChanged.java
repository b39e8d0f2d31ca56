package org.innomatch.events.meetings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The current state of a meeting request at a matchmaking event, published on every change.
 *
 * @param status    {@code PENDING}, {@code ACCEPTED}, {@code DECLINED}, {@code CANCELLED}, {@code EXPIRED}
 *                  or {@code SCHEDULED}
 * @param slotStart start of the assigned slot in the event's zone, {@code null} until scheduled
 * @param slotEnd   end of the assigned slot, {@code null} until scheduled
 * @param table     the assigned table number, {@code null} until scheduled
 * @param message   the requester's note to the invitee, {@code null} if none
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
        Instant changedAt) {

    public MeetingChanged {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
