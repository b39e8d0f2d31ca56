package org.innomatch.matching.recommendations;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One recommended profile or project; exactly one of {@code profileId} and {@code projectId} is set. */
@Schema(name = "Recommendation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationItem(
        @Schema(description = "The recommended profile (partner and participant lists)",
                example = "0b8f5c1e-6a55-4c4f-9a8e-2f1d7c3b9e01") UUID profileId,
        @Schema(description = "The recommended project (project lists)",
                example = "5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13") UUID projectId,
        @Schema(description = "Reciprocal score 0..1: harmonic mean of the fit for each side", example = "0.72") double score,
        @Schema(description = "Why, strongest first; contributions add up to the score") List<Reason> reasons) {
}
