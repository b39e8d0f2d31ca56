package org.innomatch.project.matchmaking;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record RegistrationId(
        @Column(name = "event_id") UUID eventId,
        @Column(name = "profile_id") UUID profileId) {
}
