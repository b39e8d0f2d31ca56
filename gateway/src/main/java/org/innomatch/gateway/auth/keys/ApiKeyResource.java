package org.innomatch.gateway.auth.keys;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.gateway.auth.CurrentIdentity;
import org.innomatch.gateway.auth.Role;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemException;

@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: API keys", description = "Partner portals' API keys; admins only")
public class ApiKeyResource {

    private static final String UNCONFIRMED = "The shared key store (Kafka) did not confirm the change in time; "
            + "retry after Retry-After seconds (a revocation is safe to repeat)";

    private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final int MAX_NAME_LENGTH = 120;
    private static final String NAME_RULE = "must be 1–120 characters";
    private static final String PARTNER_ID_RULE = "must be 2–64 lower-case letters, digits or '-', starting with a "
            + "letter or digit";
    private static final String INVALID_EXAMPLE = """
            {"type":"https://innomatch.org/problems/validation","title":"Validation failed","status":422,
             "detail":"2 invalid fields","instance":"/api/v1/admin/api-keys",
             "errors":[{"field":"name","message":"must be 1–120 characters","rejectedValue":"  "},
                       {"field":"partnerId","message":"must be 2–64 lower-case letters, digits or '-', starting with \
            a letter or digit","rejectedValue":"Embassy PL"}],
             "requestId":"5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";
    private static final String MALFORMED_EXAMPLE = """
            {"type":"https://innomatch.org/problems/malformed-body","title":"Malformed request body","status":400,
             "detail":"The request body is not well-formed JSON (line 1, column 19): Unexpected end-of-input \
            within/between Object entries","instance":"/api/v1/admin/api-keys",
             "errors":[{"field":"name","message":"is not well-formed JSON"}],
             "requestId":"5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://innomatch.org/problems/forbidden","title":"Forbidden","status":403,
             "detail":"Only admins may manage API keys; this is partner embassy-pl","instance":"/api/v1/admin/api-keys"}""";

    private final ApiKeys keys;
    private final CurrentIdentity identity;

    public ApiKeyResource(ApiKeys keys, CurrentIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key for a partner portal",
            description = "The key is in this response only; the gateway keeps its SHA-256. What the partner creates "
                    + "with it is owned by `partnerId`.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApiKeyRequest.class),
            examples = @ExampleObject(name = "new partner", value = """
                    {"name":"Polish embassy S&T section portal","partnerId":"embassy-pl"}""")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CreatedApiKey.class), examples = @ExampleObject(
                    name = "created", value = """
                            {"id":"3f9a1c0b7d2e4a68","key":"imk_3f9a1c0b7d2e4a68_Jq3v0yQm6l2X1r8cWQp1o7m0tq9bS0a5GdEw2xYk1Ls",
                             "name":"Polish embassy S&T section portal","partnerId":"embassy-pl","createdAt":"2026-11-23T20:15:00Z"}""")))
    @APIResponse(responseCode = "400", description = "No body, or a body that is not a well-formed JSON object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = MALFORMED_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Invalid name or partnerId; `errors` names every invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The caller is not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "partner", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "503", description = UNCONFIRMED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ApiKeyRequest request) {
        identity.require(Role.ADMIN, "manage API keys");
        if (request == null) {
            throw ProblemException.badRequest("Missing body: send a JSON object with name (and partnerId)",
                    FieldError.of("name", NAME_RULE));
        }
        String name = request.name() == null ? "" : request.name().strip();
        List<FieldError> errors = new ArrayList<>(2);
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.of("name", NAME_RULE, request.name()));
        }
        if (request.partnerId() != null && !PARTNER_ID.matcher(request.partnerId()).matches()) {
            errors.add(FieldError.of("partnerId", PARTNER_ID_RULE, request.partnerId()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ApiKeys.Created created = keys.create(name, request.partnerId());
        StoredApiKey record = created.record();
        return Response.created(URI.create("/api/v1/admin/api-keys/" + record.id()))
                .entity(new CreatedApiKey(record.id(), created.key(), record.name(), record.partnerId(),
                        record.createdAt()))
                .build();
    }

    @GET
    @Operation(summary = "List API keys", description = "Every key ever created, revoked ones included; never the keys themselves.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(schema = @Schema(implementation = ApiKeyView.Page.class), examples = @ExampleObject(
                    name = "keys", value = """
                            {"items":[{"id":"3f9a1c0b7d2e4a68","name":"Polish embassy S&T section portal","partnerId":"embassy-pl",
                              "prefix":"imk_3f9a1c0b7d2e4a68_","createdAt":"2026-11-23T20:15:00Z"}]}""")))
    @APIResponse(responseCode = "403", description = "The caller is not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeyView.Page list() {
        identity.require(Role.ADMIN, "manage API keys");
        return new ApiKeyView.Page(keys.list().stream().map(ApiKeyView::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "Takes effect on the next request. Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "The caller is not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNCONFIRMED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@Parameter(description = "The key id", example = "3f9a1c0b7d2e4a68") @PathParam("id") String id) {
        identity.require(Role.ADMIN, "manage API keys");
        keys.revoke(id).orElseThrow(() -> ProblemException.notFound("API key", id));
        return Response.noContent().build();
    }
}
