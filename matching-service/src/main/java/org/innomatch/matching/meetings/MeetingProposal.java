package org.innomatch.matching.meetings;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingProposal")
public record MeetingProposal(
        @Schema(description = "The invitee", required = true, example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
        @NotNull UUID actorProfileId,
        @Schema(description = "Start of the slot proposed instead; must start a slot of the event", required = true,
                example = "2026-12-03T14:00:00+08:00")
        @NotNull OffsetDateTime slotStart) {
}
