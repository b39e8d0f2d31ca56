package org.innomatch.matching.interests;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innomatch.matching.index.TargetType;

/**
 * The stored decision.
 *
 * @param matchIds the mutual matches that exist between the two sides now (empty unless both are interested)
 */
@Schema(name = "Interest")
public record InterestView(
        @Schema(example = "3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b") UUID profileId,
        @Schema(example = "PROFILE") TargetType targetType,
        @Schema(example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01") UUID targetId,
        @Schema(example = "INTERESTED") Decision decision,
        @Schema(description = "Mutual matches this decision completed or that already existed") List<UUID> matchIds) {
}
