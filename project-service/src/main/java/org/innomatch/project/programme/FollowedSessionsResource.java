package org.innomatch.project.programme;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.problems.Page;
import org.innomatch.problems.Problem;

@Path("/profiles/{profileId}/followed-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme")
public class FollowedSessionsResource {

    private final FollowService follows;

    public FollowedSessionsResource(FollowService follows) {
        this.follows = follows;
    }

    @GET
    @Operation(operationId = "FollowedSessionsResource_list", summary = "List the sessions a profile follows",
            description = "In time order (start, then id), across events unless eventId is given; cancelled sessions "
                    + "stay listed with their status until unfollowed. For the profile itself, the partner that "
                    + "registered it and admins.")
    @APIResponse(responseCode = "200", description = "One page of followed sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionResource.SessionPage.class),
                    examples = @ExampleObject(name = "page", value = ProgrammeExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A bad eventId, limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A participant, for another participant's profile; a partner, "
            + "for a profile it did not create",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SessionView> list(
            @Parameter(description = "Profile id", example = ProgrammeExamples.PROFILE_ID) @PathParam("profileId")
            UUID profileId,
            @Parameter(description = "Only sessions of this event", example = ProgrammeExamples.EVENT_ID)
            @QueryParam("eventId") UUID eventId,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor")
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1..100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return follows.followedSessions(profileId, eventId, cursor, limit);
    }
}
