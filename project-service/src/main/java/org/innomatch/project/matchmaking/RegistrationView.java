package org.innomatch.project.matchmaking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration")
public record RegistrationView(
        UUID eventId,
        UUID profileId,
        @Schema(enumeration = {"REGISTERED", "CANCELLED"}) RegistrationStatus status,
        Instant registeredAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "When the participant was checked in at the venue; absent if not")
        Instant checkedInAt) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.id.eventId(), r.id.profileId(), r.status, r.registeredAt, r.updatedAt,
                r.checkedInAt);
    }
}
