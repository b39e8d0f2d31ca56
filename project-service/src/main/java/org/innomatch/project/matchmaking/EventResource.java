package org.innomatch.project.matchmaking;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.innomatch.problems.Problem;
import org.innomatch.problems.Page;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matchmaking events", description = "Partnering days where registered participants meet at tables in fixed "
        + "slots. Every change is published on innomatch.events as EventUpserted (full state, with status and version).")
public class EventResource {

    static final String ETAG_DESCRIPTION = "The event's version; send it back in If-Match to update";

    private final EventService events;

    public EventResource(EventService events) {
        this.events = events;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a matchmaking event", description = "Created as DRAFT unless a status is given. Times are "
            + "returned at the venue's offset (from timezone), whatever offset they were sent with.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            headers = {@Header(name = "Location", description = "URL of the new event", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.EVENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field out of range; each field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = EventExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins create matchmaking events",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = EventExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Unknown time zone, end not after start, no slot fits, or an unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad zone and times", value = EventExamples.UNPROCESSABLE)))
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventRequest.class),
                    examples = @ExampleObject(name = "Beijing matchmaking day", value = EventExamples.REQUEST)))
            @NotNull @Valid EventRequest request,
            @Context UriInfo uriInfo) {
        EventView created = events.create(request);
        URI location = uriInfo.getBaseUriBuilder().path(EventResource.class).path(created.id().toString()).build();
        return Response.created(location).header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(summary = "List matchmaking events", description = "Soonest first, in a stable order; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
                    examples = @ExampleObject(name = "page", value = EventExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status (allowed ones listed), a bad limit or a cursor this service did not issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown status", value = EventExamples.BAD_LIST_PARAMETERS)))
    public Page<EventView> list(
            @Parameter(description = "DRAFT, OPEN or CLOSED", example = "OPEN")
            @QueryParam("status") @Size(max = 20) String status,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor")
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1..100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return events.list(status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a matchmaking event",
            description = "Its programme times, time zone, tables and registration state; the ETag serves If-None-Match and If-Match.")
    @APIResponse(responseCode = "200", description = "The event; ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.EVENT)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = EventExamples.NOT_FOUND)))
    public Response get(@Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32")
                        @PathParam("id") UUID id) {
        return withETag(events.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a matchmaking event", description = "An omitted status stays as it is; OPEN opens "
            + "registration, CLOSED closes it. If-Match is required.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.EVENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = EventExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins change matchmaking events",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = EventExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "An opened event cannot go back to DRAFT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "back to draft", value = EventExamples.BACK_TO_DRAFT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = EventExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = EventExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Unknown time zone, end not after start, no slot fits, or an unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad zone and times", value = EventExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = EventExamples.PRECONDITION_REQUIRED)))
    public Response replace(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
                    description = "ETag of the version the change is based on", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventRequest.class),
                    examples = @ExampleObject(name = "Beijing matchmaking day", value = EventExamples.REQUEST)))
            @NotNull @Valid EventRequest request) {
        return withETag(events.replace(id, ifMatch, request));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a matchmaking event (JSON Merge Patch, RFC 7396)",
            description = "The result must satisfy the same rules as a PUT. If-Match is required.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.EVENT)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a wrong type, or a field out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = EventExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins change matchmaking events",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = EventExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "An opened event cannot go back to DRAFT",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "back to draft", value = EventExamples.BACK_TO_DRAFT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = EventExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = EventExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Unknown time zone, end not after start, no slot fits, or an unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad zone and times", value = EventExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = EventExamples.PRECONDITION_REQUIRED)))
    public Response patch(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
                    description = "ETag of the version the change is based on", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = EventRequest.class),
                    examples = @ExampleObject(name = "more tables, close registration", value = EventExamples.PATCH)))
            JsonNode patch) {
        return withETag(events.patch(id, ifMatch, patch));
    }

    private static Response withETag(EventView event) {
        return Response.ok(event).header(HttpHeaders.ETAG, EntityTags.of(event.version())).build();
    }

    /** For the OpenAPI document only: the generic {@link Page} of events. */
    @Schema(name = "MatchmakingEventPage")
    static final class EventPage {
        public List<EventView> items;
        @Schema(nullable = true, description = "Opaque cursor of the next page; absent on the last page")
        public String nextCursor;
    }
}
