package org.innomatch.matching.meetings;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The periods a participant cannot attend, as the API takes and shows them. */
@Schema(name = "Availability")
public record AvailabilityBody(
        @Schema(description = "Periods the participant cannot attend. Times without an offset are local times in the "
                + "event's time zone; with an offset they are taken as given.", required = true)
        @NotNull @Size(max = 50) List<@NotNull @Valid Period> unavailable) {

    @Schema(name = "UnavailablePeriod")
    public record Period(
            @Schema(example = "2026-12-03T09:00", required = true) @NotNull String from,
            @Schema(example = "2026-12-03T10:20", required = true) @NotNull String to) {
    }
}
