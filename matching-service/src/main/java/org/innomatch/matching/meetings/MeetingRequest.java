package org.innomatch.matching.meetings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingRequest")
public record MeetingRequest(
        @Schema(description = "The asking participant (taken from the caller's token once auth is in place)", required = true,
                example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
        @NotNull UUID requesterProfileId,
        @Schema(description = "The participant asked to meet; registered for the event, not the requester", required = true,
                example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
        @NotNull UUID inviteeProfileId,
        @Schema(description = "Note to the invitee", maxLength = 1000, nullable = true,
                example = "We would like to discuss a clinical validation of our wearable ECG with your hospital.")
        @Size(max = 1000) String message,
        @Schema(description = "Up to 5 slot starts the requester prefers (any offset; each must start a slot of the event)",
                nullable = true, example = "[\"2026-12-03T10:40:00+08:00\"]")
        List<OffsetDateTime> preferredSlots,
        @Schema(description = "TABLE (default: one of the event's tables), ROOM or ONLINE; ROOM and ONLINE meetings "
                + "take no table", nullable = true, example = "ONLINE")
        MeetingMode mode,
        @Schema(description = "Only for ROOM: the room's name, optional", maxLength = 100, nullable = true,
                example = "Meeting room B2")
        @Size(max = 100) String room,
        @Schema(description = "Required for ONLINE, optional for ROOM (hybrid), not for TABLE: an https URL",
                maxLength = 500, nullable = true, example = "https://meet.example.org/innomatch-7f3a")
        @Size(max = 500) String link) {
}
