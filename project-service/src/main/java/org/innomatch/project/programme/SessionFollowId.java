package org.innomatch.project.programme;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record SessionFollowId(
        @Column(name = "session_id") UUID sessionId,
        @Column(name = "profile_id") UUID profileId) {
}
