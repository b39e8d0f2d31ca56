package org.innomatch.events.matchmaking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant registered for, or cancelled their registration to, a matchmaking event. Published to
 * {@code innomatch.events} keyed by the event id, so it follows the event's own changes in order.
 *
 * @param status      {@code REGISTERED} or {@code CANCELLED}
 * @param checkedInAt optional: when the participant was checked in at the venue; {@code null} if not (or undone)
 */
public record RegistrationChanged(UUID eventId, UUID profileId, String status, Instant changedAt,
                                  Instant checkedInAt) {

    public RegistrationChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(profileId, "profileId");
    }

    /** The shape before check-in was added. */
    public RegistrationChanged(UUID eventId, UUID profileId, String status, Instant changedAt) {
        this(eventId, profileId, status, changedAt, null);
    }
}
