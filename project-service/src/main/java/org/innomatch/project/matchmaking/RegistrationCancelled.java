package org.innomatch.project.matchmaking;

import java.time.Instant;
import java.util.UUID;

/**
 * A CDI event fired inside the transaction that cancels a registration, so that what hangs on the registration
 * (follows of sessions) ends with it and commits or rolls back together.
 */
public record RegistrationCancelled(UUID eventId, UUID profileId, Instant cancelledAt) {
}
