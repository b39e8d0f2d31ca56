package org.innomatch.project.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable fields of a session. Shape and ranges are checked here (400); the kind, the times against the event,
 * the room, the speakers and the project by {@link SessionService} (422).
 */
@Schema(name = "SessionRequest")
public record SessionRequest(
        @Schema(description = "POLICY_PRESENTATION, ROADSHOW_PITCH, PANEL or OTHER", required = true,
                enumeration = {"POLICY_PRESENTATION", "ROADSHOW_PITCH", "PANEL", "OTHER"}, example = "ROADSHOW_PITCH")
        @NotBlank @Size(max = 32)
        String kind,

        @Schema(description = "Title shown in the programme", maxLength = 200, required = true,
                example = "Roadshow: ECG models for wearable cardiac monitoring")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "What the audience will hear", maxLength = 4000, nullable = true)
        @Size(max = 4000)
        String description,

        @Schema(description = "Start, ISO-8601 with offset, on one of the event's days at the venue", required = true,
                example = "2026-12-03T10:40:00+08:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "End, after the start, on one of the event's days", required = true,
                example = "2026-12-03T10:55:00+08:00")
        @NotNull
        OffsetDateTime endsAt,

        @Schema(description = "Where it takes place; two scheduled sessions may not overlap in one room (compared "
                + "ignoring case)", maxLength = 100, nullable = true, example = "Hall B")
        @Size(max = 100)
        String room,

        @Schema(description = "Seats, 1..100000; informative only: following a session does not book a seat",
                nullable = true, example = "120")
        @Min(1) @Max(100_000)
        Integer capacity,

        @Schema(description = "Profiles speaking, each known to the service, no repeats; the first is the lead",
                nullable = true, maxItems = 20)
        @Size(max = 20)
        List<@NotNull UUID> speakerProfileIds,

        @Schema(description = "The project a ROADSHOW_PITCH presents (required for it, refused for other kinds)",
                nullable = true, example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7")
        UUID projectId,

        @Schema(description = "SCHEDULED or CANCELLED; SCHEDULED when created without it, unchanged when omitted in a "
                + "merge patch", enumeration = {"SCHEDULED", "CANCELLED"}, nullable = true, example = "SCHEDULED")
        @Size(max = 20)
        String status) {
}
