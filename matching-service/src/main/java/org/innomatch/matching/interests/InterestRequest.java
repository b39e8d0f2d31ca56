package org.innomatch.matching.interests;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innomatch.matching.index.TargetType;

/** A profile's decision about a profile or a project. */
@Schema(name = "InterestRequest")
public record InterestRequest(
        @Schema(description = "PROFILE or PROJECT", example = "PROFILE", required = true) @NotNull TargetType targetType,
        @Schema(example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01", required = true) @NotNull UUID targetId,
        @Schema(description = "INTERESTED or NOT_INTERESTED; a NOT_INTERESTED target is never recommended again",
                example = "INTERESTED", required = true) @NotNull Decision decision) {
}
