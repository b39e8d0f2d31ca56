package org.innomatch.matching.recommendations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One session of an event's programme, scored for a participant. */
@Schema(name = "SessionRecommendation")
public record SessionRecommendation(
        @Schema(example = "7c1e4b2a-9d3f-4e58-b6a0-1f2d3c4b5a69") UUID sessionId,
        @Schema(description = "POLICY_PRESENTATION, ROADSHOW_PITCH, PANEL or OTHER", example = "ROADSHOW_PITCH")
        String kind,
        @Schema(example = "AI-assisted CT screening for lung cancer") String title,
        @Schema(description = "Start at the event's offset") OffsetDateTime startsAt,
        @Schema(description = "End at the event's offset") OffsetDateTime endsAt,
        @Schema(example = "Hall B", nullable = true) String room,
        @Schema(description = "Roadshow pitch: the project presented", nullable = true) UUID projectId,
        @Schema(description = "Speaking profiles", nullable = true) List<UUID> speakerProfileIds,
        @Schema(description = "0..1: for a pitch, the presented project's score for you; otherwise the best score "
                + "of its speakers for you. Null when neither the project nor any speaker is indexed; such sessions "
                + "come last", example = "0.61", nullable = true) Double score,
        @Schema(description = "Pitch: the project scored (null otherwise)", nullable = true) UUID scoredProjectId,
        @Schema(description = "Other kinds: the speaker whose score this is", nullable = true)
        UUID scoredSpeakerProfileId,
        @Schema(description = "Why, strongest first; contributions add up to the score") List<Reason> reasons,
        @Schema(description = "You already follow this session") boolean following) {
}
