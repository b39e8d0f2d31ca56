package org.innomatch.project.programme;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.problems.EntityTags;
import org.innomatch.problems.MergePatch;
import org.innomatch.problems.Page;
import org.innomatch.problems.Problem;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/events/{eventId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme", description = "Sessions of a matchmaking event: policy presentations, roadshow pitches, "
        + "panels. Every change is published on innomatch.events as SessionChanged (full state, status, version), "
        + "keyed by the event id; participants follow sessions (SessionFollowChanged) and are notified when one moves.")
public class SessionResource {

    static final String ETAG_DESCRIPTION = "The session's version; send it back in If-Match to change it";
    private static final String EVENT_ID = "Event id";
    private static final String SESSION_ID = "Session id";
    private static final String ADMINS_ONLY = "Participants and partners: only admins plan the programme";

    private final SessionService sessions;

    public SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "SessionResource_create", summary = "Add a session to an event's programme",
            description = "SCHEDULED unless a status is given. Times must lie on the event's days at the venue and "
                    + "are returned at the venue's offset; a scheduled session may not overlap another in its room. "
                    + "A ROADSHOW_PITCH names the project it presents.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            headers = {@Header(name = "Location", description = "URL of the new session",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class),
                    examples = @ExampleObject(name = "roadshow pitch", value = ProgrammeExamples.SESSION)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field out of range; each "
            + "field named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid fields", value = ProgrammeExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = ADMINS_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown kind or status, times not on the event's days or "
            + "not ordered, the room taken, an unknown speaker, a pitch without a known project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "room taken", value = ProgrammeExamples.UNPROCESSABLE)))
    public Response create(
            @Parameter(description = EVENT_ID, example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionRequest.class),
                    examples = @ExampleObject(name = "roadshow pitch", value = ProgrammeExamples.REQUEST)))
            @NotNull @Valid SessionRequest request,
            @Context UriInfo uriInfo) {
        SessionView created = sessions.create(eventId, request);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
        return Response.created(location).header(HttpHeaders.ETAG, EntityTags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "SessionResource_list", summary = "List an event's programme",
            description = "In time order (start, then id), stable; cancelled sessions are listed with their status. "
                    + "Follow nextCursor for the next page. A DRAFT event's programme exists only for admins.")
    @APIResponse(responseCode = "200", description = "One page of sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionPage.class),
                    examples = @ExampleObject(name = "page", value = ProgrammeExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown kind or status (allowed ones listed), a bad limit or a "
            + "cursor this service did not issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event, or a DRAFT one and the caller is not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SessionView> list(
            @Parameter(description = EVENT_ID, example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @Parameter(description = "POLICY_PRESENTATION, ROADSHOW_PITCH, PANEL or OTHER; all when absent",
                    example = "ROADSHOW_PITCH")
            @QueryParam("kind") @Size(max = 32) String kind,
            @Parameter(description = "SCHEDULED or CANCELLED; both when absent", example = "SCHEDULED")
            @QueryParam("status") @Size(max = 20) String status,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor")
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1..100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return sessions.list(eventId, kind, status, cursor, limit);
    }

    @GET
    @Path("/{sessionId}")
    @Operation(operationId = "SessionResource_get", summary = "Get a session",
            description = "Its time, room, speakers and, for a pitch, the project; the ETag serves If-Match.")
    @APIResponse(responseCode = "200", description = "The session; ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class),
                    examples = @ExampleObject(name = "roadshow pitch", value = ProgrammeExamples.SESSION)))
    @APIResponse(responseCode = "404", description = "No such event or session in it, or the event is a DRAFT and "
            + "the caller is not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProgrammeExamples.NOT_FOUND)))
    public Response get(
            @Parameter(description = EVENT_ID, example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @Parameter(description = SESSION_ID, example = ProgrammeExamples.SESSION_ID) @PathParam("sessionId")
            UUID sessionId) {
        return withETag(sessions.get(eventId, sessionId));
    }

    @PATCH
    @Path("/{sessionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "SessionResource_patch",
            summary = "Change, move or cancel a session (JSON Merge Patch, RFC 7396)",
            description = "The result must satisfy the same rules as a POST. {\"status\": \"CANCELLED\"} cancels it "
                    + "(it stays in the programme), {\"status\": \"SCHEDULED\"} brings it back. A change of time, "
                    + "room or status notifies its followers and speakers. If-Match is required; a patch that "
                    + "changes nothing publishes nothing.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class),
                    examples = @ExampleObject(name = "roadshow pitch", value = ProgrammeExamples.SESSION)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a wrong type, or a field out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = ProgrammeExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = ADMINS_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event or session in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProgrammeExamples.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProgrammeExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "As for a POST",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "room taken", value = ProgrammeExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = ProgrammeExamples.PRECONDITION_REQUIRED)))
    public Response patch(
            @Parameter(description = EVENT_ID, example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @Parameter(description = SESSION_ID, example = ProgrammeExamples.SESSION_ID) @PathParam("sessionId")
            UUID sessionId,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
                    description = "ETag of the version the change is based on", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = SessionRequest.class),
                    examples = @ExampleObject(name = "moved to another room", value = ProgrammeExamples.PATCH)))
            JsonNode patch) {
        return withETag(sessions.patch(eventId, sessionId, ifMatch, patch));
    }

    @DELETE
    @Path("/{sessionId}")
    @Operation(operationId = "SessionResource_delete", summary = "Remove a session from the programme",
            description = "The session and its follows are gone; SessionChanged with status DELETED is published. "
                    + "To keep it visible as called off, cancel it instead (PATCH status CANCELLED). If-Match is "
                    + "optional; when sent it must match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = ADMINS_ONLY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event or session in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProgrammeExamples.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match sent and not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProgrammeExamples.PRECONDITION_FAILED)))
    public Response delete(
            @Parameter(description = EVENT_ID, example = ProgrammeExamples.EVENT_ID) @PathParam("eventId")
            UUID eventId,
            @Parameter(description = SESSION_ID, example = ProgrammeExamples.SESSION_ID) @PathParam("sessionId")
            UUID sessionId,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH,
                    description = "Optional: ETag of the version the deletion is based on", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        sessions.delete(eventId, sessionId, ifMatch);
        return Response.noContent().build();
    }

    private static Response withETag(SessionView session) {
        return Response.ok(session).header(HttpHeaders.ETAG, EntityTags.of(session.version())).build();
    }

    /** For the OpenAPI document only: the generic {@link Page} of sessions. */
    @Schema(name = "SessionPage")
    static final class SessionPage {
        public List<SessionView> items;
        @Schema(nullable = true, description = "Opaque cursor of the next page; absent on the last page")
        public String nextCursor;
    }
}
