package org.innomatch.project.projects;

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

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Project listings presented at matchmaking events. Lifecycle DRAFT → PUBLISHED → CLOSED "
        + "(or DRAFT → CLOSED); only PUBLISHED projects are matchable. Every change is published on the compacted topic "
        + "innomatch.projects as the full state (ProjectUpserted, with status and version); a delete is a tombstone.")
public class ProjectResource {

    static final String ETAG_DESCRIPTION = "The project's version; send it back in If-Match to update";
    private static final String NOT_YOURS_DESCRIPTION = "A participant, for a project another profile owns; "
            + "a partner, for a project it did not create";
    private static final String CHANGE_NOT_YOURS_DESCRIPTION = NOT_YOURS_DESCRIPTION
            + "; or a participant naming another profile as ownerProfileId, or a partner a profile it did not register";

    private final ProjectService projects;

    public ProjectResource(ProjectService projects) {
        this.projects = projects;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a project", description = "Creates a DRAFT project. The owner must be a profile this "
            + "service knows from innomatch.profiles (for a partner, one it registered; for a participant, itself); "
            + "publish it to make it matchable.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            headers = {@Header(name = "Location", description = "URL of the new project", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "draft", value = ProjectExamples.PROJECT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, or a field breaking its shape or length rule; each field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid fields", value = ProjectExamples.BAD_REQUEST),
                            @ExampleObject(name = "wrong type", value = ProjectExamples.MALFORMED)}))
    @APIResponse(responseCode = "403", description = "A participant whose ownerProfileId is not its own profile, or a partner "
            + "whose ownerProfileId is a profile it did not register (the problem names ownerProfileId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = ProjectExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Unknown owner profile, unknown codes (the allowed ones listed) or a deadline not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown owner and sector", value = ProjectExamples.UNPROCESSABLE)))
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectRequest.class),
                    examples = @ExampleObject(name = "roadshow project", value = ProjectExamples.REQUEST)))
            @NotNull @Valid ProjectRequest request,
            @Context UriInfo uriInfo) {
        ProjectView created = projects.create(request);
        URI location = uriInfo.getBaseUriBuilder().path(ProjectResource.class).path(created.id().toString()).build();
        return Response.created(location).header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Operation(summary = "List and search projects", description = "Newest first, in a stable order; follow nextCursor "
            + "for the next page. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPage.class),
                    examples = @ExampleObject(name = "page", value = ProjectExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "An unknown code (allowed ones listed), a bad limit, trlMin > trlMax, or a cursor this service did not issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown status", value = ProjectExamples.BAD_LIST_PARAMETERS),
                            @ExampleObject(name = "bad cursor", value = ProjectExamples.BAD_CURSOR)}))
    public Page<ProjectView> list(
            @Parameter(description = "Sector code; a parent code also matches its sub-codes (HEALTH matches HEALTH.MEDTECH)", example = "HEALTH")
            @QueryParam("sector") @Size(max = 100) String sector,
            @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "IL")
            @QueryParam("country") @Size(max = 2) String country,
            @Parameter(description = "DRAFT, PUBLISHED or CLOSED", example = "PUBLISHED")
            @QueryParam("status") @Size(max = 20) String status,
            @Parameter(description = "Only projects of this owner profile (UUID)", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            @QueryParam("ownerProfileId") @Size(max = 36) String ownerProfileId,
            @Parameter(description = "Minimum technology readiness level (1..9); projects without a TRL are excluded", example = "4")
            @QueryParam("trlMin") @Min(1) @Max(9) Integer trlMin,
            @Parameter(description = "Maximum technology readiness level (1..9); projects without a TRL are excluded", example = "7")
            @QueryParam("trlMax") @Min(1) @Max(9) Integer trlMax,
            @Parameter(description = "Cooperation type code the project seeks", example = "INVESTMENT")
            @QueryParam("cooperationType") @Size(max = 40) String cooperationType,
            @Parameter(description = "Full-text search over title, summary and keywords (PostgreSQL 'simple' configuration, "
                    + "web-search syntax: quotes for phrases, OR, -word)", example = "wearable ECG")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor")
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1..100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return projects.list(new ProjectListQuery(sector, country, status, ownerProfileId, trlMin, trlMax,
                cooperationType, q, cursor, limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project",
            description = "Drafts only for their owner, the partner that created them and admins; the ETag serves If-None-Match and If-Match.")
    @APIResponse(responseCode = "200", description = "The project; ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = ProjectExamples.PROJECT)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProjectExamples.NOT_FOUND)))
    public Response get(@Parameter(description = "Project id", example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7")
                        @PathParam("id") UUID id) {
        return withETag(projects.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a project's editable fields",
            description = "Status does not change here (use publish and close); read-only fields in the body are ignored. "
                    + "If-Match is required.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = ProjectExamples.PROJECT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field breaking its shape or length rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid fields", value = ProjectExamples.BAD_REQUEST),
                            @ExampleObject(name = "wrong type", value = ProjectExamples.MALFORMED)}))
    @APIResponse(responseCode = "403", description = CHANGE_NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProjectExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The project is CLOSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = ProjectExamples.CONFLICT_CLOSED)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProjectExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = ProjectExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Unknown owner profile, unknown codes or a deadline not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown owner and sector", value = ProjectExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = ProjectExamples.PRECONDITION_REQUIRED)))
    public Response replace(
            @Parameter(description = "Project id", example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
                    description = "ETag of the version the change is based on", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectRequest.class),
                    examples = @ExampleObject(name = "roadshow project", value = ProjectExamples.REQUEST)))
            @NotNull @Valid ProjectRequest request) {
        return withETag(projects.replace(id, ifMatch, request));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a project (JSON Merge Patch, RFC 7396)",
            description = "Members present replace the stored ones, null removes an optional field; the result must "
                    + "satisfy the same rules as a PUT. If-Match is required.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = ProjectExamples.PROJECT)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a wrong type, or a field breaking its shape or length rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid fields", value = ProjectExamples.BAD_REQUEST),
                            @ExampleObject(name = "wrong type", value = ProjectExamples.MALFORMED)}))
    @APIResponse(responseCode = "403", description = CHANGE_NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProjectExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The project is CLOSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = ProjectExamples.CONFLICT_CLOSED)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProjectExamples.PRECONDITION_FAILED)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = ProjectExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Unknown owner profile, unknown codes or a deadline not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown owner and sector", value = ProjectExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = ProjectExamples.PRECONDITION_REQUIRED)))
    public Response patch(
            @Parameter(description = "Project id", example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
                    description = "ETag of the version the change is based on", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = ProjectRequest.class),
                    examples = @ExampleObject(name = "raise TRL, drop deadline", value = ProjectExamples.PATCH)))
            JsonNode patch) {
        return withETag(projects.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a project", description = "Publishes a tombstone on innomatch.projects. If-Match is optional; "
            + "when sent it must match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProjectExamples.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match sent and does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProjectExamples.PRECONDITION_FAILED)))
    public Response delete(
            @Parameter(description = "Project id", example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "Optional ETag the deletion is based on", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        projects.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a DRAFT project", description = "Makes it matchable. If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "Published; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "published", value = ProjectExamples.PUBLISHED)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProjectExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (the current status is named), or its deadline has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already closed", value = ProjectExamples.CONFLICT_PUBLISH)))
    @APIResponse(responseCode = "412", description = "If-Match sent and does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProjectExamples.PRECONDITION_FAILED)))
    public Response publish(
            @Parameter(description = "Project id", example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "Optional ETag the change is based on", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(projects.publish(id, ifMatch));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a DRAFT or PUBLISHED project",
            description = "Publishes ProjectClosed (reason MANUAL), then the full state with status CLOSED. If-Match is optional; when sent it must match.")
    @APIResponse(responseCode = "200", description = "Closed; new ETag set",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "closed", value = ProjectExamples.CLOSED)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ProjectExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already CLOSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already closed", value = ProjectExamples.CONFLICT_CLOSE)))
    @APIResponse(responseCode = "412", description = "If-Match sent and does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProjectExamples.PRECONDITION_FAILED)))
    public Response close(
            @Parameter(description = "Project id", example = "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "Optional ETag the change is based on", example = "\"2\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(projects.close(id, ifMatch));
    }

    private static Response withETag(ProjectView project) {
        return Response.ok(project).header(HttpHeaders.ETAG, EntityTags.of(project.version())).build();
    }

    /** For the OpenAPI document only: the generic {@link Page} of projects. */
    @Schema(name = "ProjectPage")
    static final class ProjectPage {
        public List<ProjectView> items;
        @Schema(nullable = true, description = "Opaque cursor of the next page; absent on the last page")
        public String nextCursor;
    }
}
