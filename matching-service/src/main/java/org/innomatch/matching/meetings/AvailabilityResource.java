package org.innomatch.matching.meetings;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.matching.access.Access;

@Path("/events/{id}/availability/{profileId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AvailabilityResource {

    private static final String EXAMPLE = """
            {"unavailable":[{"from":"2026-12-03T09:00","to":"2026-12-03T10:20"},{"from":"2026-12-03T16:00:00+08:00","to":"2026-12-03T17:30:00+08:00"}]}""";

    private final AvailabilityService availability;
    private final Access access;

    public AvailabilityResource(AvailabilityService availability, Access access) {
        this.availability = availability;
        this.access = access;
    }

    @PUT
    @Operation(summary = "Set the slots a registered participant cannot attend (replaces earlier periods)",
            description = "The scheduler never places a meeting of this participant in a slot overlapping a period. "
                    + "Returned at the event's offset.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = AvailabilityBody.class), examples = @ExampleObject(name = "stored", value = """
                    {"unavailable":[{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T10:20:00+08:00"}]}""")))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not registered, unreadable time or from not before to",
            content = @Content(mediaType = "application/problem+json"))
    public AvailabilityBody put(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id,
                                @Parameter(description = "Participant", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11") @PathParam("profileId") UUID profileId,
                                @RequestBody(content = @Content(examples = @ExampleObject(name = "morning and late afternoon", value = EXAMPLE)))
                                @Valid @NotNull AvailabilityBody body) {
        access.requireProfile("set the availability of", profileId);
        return availability.set(id, profileId, body);
    }

    @GET
    @Operation(summary = "The periods a participant cannot attend, at the event's offset",
            description = "What the scheduler keeps the participant's meetings out of; the participant, the partner that created the profile and admins may read it.")
    @APIResponse(responseCode = "200", description = "Periods (empty when none were set)",
            content = @Content(schema = @Schema(implementation = AvailabilityBody.class), examples = @ExampleObject(name = "stored", value = """
                    {"unavailable":[{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T10:20:00+08:00"}]}""")))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    public AvailabilityBody get(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id,
                                @Parameter(description = "Participant", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11") @PathParam("profileId") UUID profileId) {
        access.requireProfile("see the availability of", profileId);
        return availability.get(id, profileId);
    }
}
