package org.innomatch.events.matchmaking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant started or stopped following a session of a matchmaking event (following is not booking: it puts
 * the session on the participant's agenda and subscribes them to its changes). Published to {@code innomatch.events}
 * keyed by the event id, so it follows the session's own {@link SessionChanged} in order.
 *
 * <p>A session that is {@code DELETED} ends all its follows without a {@code SessionFollowChanged} per follower;
 * a registration that is cancelled ends the profile's follows of that event with one {@code UNFOLLOWED} each.
 *
 * @param status  {@code FOLLOWING} or {@code UNFOLLOWED}
 * @param version increases with every change of this (session, profile) follow; a consumer that holds a higher
 *                version drops a lower one
 * @param actorProfileId optional: the participant who made the change; {@code null} when an admin, a partner or
 *                       the system did
 */
public record SessionFollowChanged(
        UUID eventId,
        UUID sessionId,
        UUID profileId,
        String status,
        long version,
        UUID actorProfileId,
        Instant changedAt) {

    public SessionFollowChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(profileId, "profileId");
    }
}
