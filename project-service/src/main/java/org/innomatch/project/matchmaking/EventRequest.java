package org.innomatch.project.matchmaking;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable fields of a matchmaking event. Shape and ranges are checked here (400); the time zone, the
 * time span and the status by {@link EventService} (422).
 */
@Schema(name = "MatchmakingEventRequest")
public record EventRequest(
        @Schema(description = "Name of the event", maxLength = 200, required = true,
                example = "5th Matchmaking Event for Innovation Resources with S&T Diplomats")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "City of the venue", maxLength = 100, required = true, example = "Beijing")
        @NotBlank @Size(max = 100)
        String city,

        @Schema(description = "IANA time zone id of the venue; times are returned at its offset", required = true,
                example = "Asia/Shanghai")
        @NotBlank @Size(max = 64)
        String timezone,

        @Schema(description = "Start, ISO-8601 with offset", required = true, example = "2026-12-03T09:00:00+08:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "End, after the start and at least one slot later", required = true,
                example = "2026-12-03T17:30:00+08:00")
        @NotNull
        OffsetDateTime endsAt,

        @Schema(description = "Length of one meeting slot in minutes, 5..240", required = true, example = "20")
        @NotNull @Min(5) @Max(240)
        Integer slotMinutes,

        @Schema(description = "Number of meeting tables, 1..1000", required = true, example = "24")
        @NotNull @Min(1) @Max(1000)
        Integer tables,

        @Schema(description = "DRAFT, OPEN (registration open) or CLOSED; DRAFT when created without it, unchanged when "
                + "omitted in an update. An event that was opened cannot go back to DRAFT.",
                enumeration = {"DRAFT", "OPEN", "CLOSED"}, example = "OPEN", nullable = true)
        @Size(max = 20)
        String status,

        @Schema(description = "Breaks (lunch, plenary) within the event, not overlapping; no meetings are scheduled in slots "
                + "that overlap one. Empty or omitted: none (in an update: none; in a merge patch: unchanged when omitted).",
                nullable = true, maxItems = 20)
        @Size(max = 20)
        List<@NotNull @Valid EventBreakBody> breaks) {
}
