package org.innomatch.project.matchmaking;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @Schema(description = "The profile to register; must be a profile known to this service", required = true,
                example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
        @NotNull
        UUID profileId) {
}
