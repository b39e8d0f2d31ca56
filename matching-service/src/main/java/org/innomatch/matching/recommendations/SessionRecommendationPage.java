package org.innomatch.matching.recommendations;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an event's sessions ranked for a participant. */
@Schema(name = "SessionRecommendationPage")
public record SessionRecommendationPage(
        List<SessionRecommendation> items,
        @Schema(description = "Pass as cursor to get the next page; null on the last page", example = "b2Zmc2V0OjEw",
                nullable = true) String nextCursor) {
}
