package org.innomatch.events.matchmaking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full current state of one session in the programme of a matchmaking event (a policy presentation, a roadshow
 * pitch, a panel), published on every change to {@code innomatch.events} keyed by the event id, so it follows the
 * event's own changes in order.
 *
 * @param kind              {@code POLICY_PRESENTATION}, {@code ROADSHOW_PITCH}, {@code PANEL} or {@code OTHER}
 * @param description       optional
 * @param startsAt          start at the venue, with its offset (within the event's days)
 * @param endsAt            end at the venue, with its offset
 * @param room              optional: where it takes place
 * @param capacity          optional: seats in the room; following a session does not book a seat
 * @param speakerProfileIds profiles speaking at it; empty when none is named
 * @param projectId         the project a {@code ROADSHOW_PITCH} presents; {@code null} for the other kinds
 * @param status            {@code SCHEDULED}, {@code CANCELLED} (still shown, will not take place) or
 *                          {@code DELETED} (gone from the programme; its follows end with it)
 * @param version           increases with every change of this session; a consumer that holds a higher version
 *                          drops a lower one
 * @param changedFields     optional: the fields this change altered (record component names, e.g.
 *                          {@code startsAt}, {@code room}, {@code status}); empty for a new session
 * @param changedAt         when the change was made
 */
public record SessionChanged(
        UUID sessionId,
        UUID eventId,
        String kind,
        String title,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String room,
        Integer capacity,
        List<UUID> speakerProfileIds,
        UUID projectId,
        String status,
        long version,
        List<String> changedFields,
        Instant changedAt) {

    public SessionChanged {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(eventId, "eventId");
    }
}
