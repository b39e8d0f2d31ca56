package org.innomatch.project.programme;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionFollow")
public record FollowView(
        UUID eventId,
        UUID sessionId,
        UUID profileId,
        @Schema(enumeration = {"FOLLOWING", "UNFOLLOWED"}) FollowStatus status,
        @Schema(description = "When the current follow began") Instant followedAt,
        Instant updatedAt) {

    static FollowView of(SessionFollow f) {
        return new FollowView(f.eventId, f.id.sessionId(), f.id.profileId(), f.status, f.followedAt, f.updatedAt);
    }
}
