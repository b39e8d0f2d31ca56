package org.innomatch.project.matchmaking;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A break as the API takes and shows it (shown at the venue's offset). */
@Schema(name = "MatchmakingEventBreak")
public record EventBreakBody(
        @Schema(description = "Start, ISO-8601 with offset; within the event", required = true, example = "2026-12-03T12:00:00+08:00")
        @NotNull OffsetDateTime startsAt,
        @Schema(description = "End, after the start and within the event", required = true, example = "2026-12-03T13:30:00+08:00")
        @NotNull OffsetDateTime endsAt,
        @Schema(description = "What happens, e.g. Lunch", maxLength = 100, nullable = true, example = "Lunch")
        @Size(max = 100) String label) {
}
