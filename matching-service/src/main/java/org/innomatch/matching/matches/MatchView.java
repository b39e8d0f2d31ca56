package org.innomatch.matching.matches;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mutual match as the API shows it. */
@Schema(name = "Match")
public record MatchView(
        @Schema(example = "9c1d2e3f-4a5b-3c6d-8e7f-0a1b2c3d4e5f") UUID matchId,
        Party a,
        Party b,
        @Schema(description = "Reciprocal score when the match was found, 0..1", example = "0.72") double score,
        @Schema(example = "2026-11-23T09:30:00.123Z") Instant foundAt) {

    /** One side: a profile, or a project with the profile behind it. */
    @Schema(name = "MatchParty")
    public record Party(
            @Schema(description = "PROFILE or PROJECT", example = "PROFILE") String type,
            @Schema(example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01") UUID id,
            @Schema(description = "The profile itself, or the project's owner", example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01") UUID profileId) {
    }

    static MatchView of(MutualMatch m) {
        return new MatchView(UUID.fromString(m.matchId),
                new Party(m.firstType, UUID.fromString(m.firstId), m.firstProfileId == null ? null : UUID.fromString(m.firstProfileId)),
                new Party(m.secondType, UUID.fromString(m.secondId), m.secondProfileId == null ? null : UUID.fromString(m.secondProfileId)),
                m.score, m.foundAt);
    }
}
