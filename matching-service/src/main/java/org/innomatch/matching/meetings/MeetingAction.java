package org.innomatch.matching.meetings;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accept, decline or cancel: who does it (checked against the meeting's sides) and an optional reason. */
@Schema(name = "MeetingAction")
public record MeetingAction(
        @Schema(description = "The participant acting; must be the side allowed to do this", required = true,
                example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
        @NotNull UUID actorProfileId,
        @Schema(description = "Optional reason (decline, cancel)", maxLength = 500, nullable = true,
                example = "Our delegation leaves before noon")
        @Size(max = 500) String reason) {
}
