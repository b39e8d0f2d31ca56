package org.innomatch.project.programme;

import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.problems.Problem;

@Path("/events/{eventId}/sessions/{sessionId}/followers/{profileId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme")
public class SessionFollowResource {

    private static final String NOT_YOURS = "A participant, for another participant's profile; a partner, for a "
            + "profile it did not create";

    private final FollowService follows;

    public SessionFollowResource(FollowService follows) {
        this.follows = follows;
    }

    @PUT
    @Operation(operationId = "SessionFollowResource_follow", summary = "Follow a session",
            description = "Puts the session on the profile's agenda and notifies it when the session moves or is "
                    + "cancelled. Following is not booking: capacity does not limit it. The profile must be "
                    + "REGISTERED to the event and the session SCHEDULED. Idempotent: following again answers 200 and "
                    + "publishes nothing. Cancelling the registration ends the profile's follows of the event.")
    @APIResponse(responseCode = "201", description = "Now following",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowView.class),
                    examples = @ExampleObject(name = "following", value = ProgrammeExamples.FOLLOW)))
    @APIResponse(responseCode = "200", description = "Already following; the existing follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowView.class),
                    examples = @ExampleObject(name = "following", value = ProgrammeExamples.FOLLOW)))
    @APIResponse(responseCode = "403", description = NOT_YOURS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event or session in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProgrammeExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The session is CANCELLED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cancelled", value = ProgrammeExamples.CANCELLED)))
    @APIResponse(responseCode = "422", description = "The profile is not registered to the event (field profileId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not registered", value = ProgrammeExamples.NOT_REGISTERED)))
    public Response follow(
            @Parameter(description = "Event id", example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @Parameter(description = "Session id", example = ProgrammeExamples.SESSION_ID) @PathParam("sessionId")
            UUID sessionId,
            @Parameter(description = "The following profile", example = ProgrammeExamples.PROFILE_ID)
            @PathParam("profileId") UUID profileId) {
        FollowService.Outcome outcome = follows.follow(eventId, sessionId, profileId);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.follow()).build();
    }

    @DELETE
    @Operation(operationId = "SessionFollowResource_unfollow", summary = "Stop following a session",
            description = "Idempotent: unfollowing a session the profile does not follow changes nothing.")
    @APIResponse(responseCode = "204", description = "Not following (any more)")
    @APIResponse(responseCode = "403", description = NOT_YOURS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event or session in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProgrammeExamples.NOT_FOUND)))
    public Response unfollow(
            @Parameter(description = "Event id", example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @Parameter(description = "Session id", example = ProgrammeExamples.SESSION_ID) @PathParam("sessionId")
            UUID sessionId,
            @Parameter(description = "The following profile", example = ProgrammeExamples.PROFILE_ID)
            @PathParam("profileId") UUID profileId) {
        follows.unfollow(eventId, sessionId, profileId);
        return Response.noContent().build();
    }
}
