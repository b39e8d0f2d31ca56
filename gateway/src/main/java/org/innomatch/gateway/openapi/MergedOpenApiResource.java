package org.innomatch.gateway.openapi;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/openapi")
@Tag(name = "Documentation", description = "The public API described in one OpenAPI document")
public class MergedOpenApiResource {

    static final String YAML = "application/yaml";

    private static final String EXAMPLE = """
            {"openapi":"3.1.0","info":{"title":"Innomatch public API","version":"0.1.0"},
             "servers":[{"url":"/"}],
             "security":[{"apiKey":[]},{"bearerAuth":[]}],
             "paths":{"/api/v1/profiles/{id}":{"get":{"summary":"One profile","responses":{"200":{"description":"OK"}}}}},
             "components":{"securitySchemes":{
               "apiKey":{"type":"apiKey","in":"header","name":"X-API-Key"},
               "bearerAuth":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},
             "x-innomatch-warnings":["matching-service is unavailable; its paths are missing from this document (ConnectException: Connection refused)"]}""";

    private final MergedOpenApi mergedOpenApi;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();

    public MergedOpenApiResource(MergedOpenApi mergedOpenApi, ObjectMapper json) {
        this.mergedOpenApi = mergedOpenApi;
        this.json = json;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, YAML })
    @SecurityRequirements
    @Operation(summary = "The whole public API in one OpenAPI document",
            description = "Merged from every service's document, with paths as the gateway serves them. A service that "
                    + "cannot be reached is left out and named in the x-innomatch-warnings extension. Cached briefly.")
    @APIResponse(responseCode = "200", description = "The merged document",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "merged", value = EXAMPLE)),
                    @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "A format other than json or yaml",
            content = @Content(mediaType = "application/problem+json"))
    public CompletionStage<Response> document(
            @Parameter(description = "json (default) or yaml", example = "yaml") @QueryParam("format") String format,
            @Context HttpServerRequest request) {
        if (format != null && !"json".equalsIgnoreCase(format) && !"yaml".equalsIgnoreCase(format)) {
            throw ProblemException.badRequest("Unknown format", FieldError.of("format", "must be json or yaml", format));
        }
        boolean asYaml = "yaml".equalsIgnoreCase(format);
        return mergedOpenApi.document(request.localAddress())
                .map(document -> Response.ok(render(document, asYaml), asYaml ? YAML : MediaType.APPLICATION_JSON).build())
                .toCompletionStage();
    }

    private String render(ObjectNode document, boolean asYaml) {
        try {
            return asYaml ? yaml.writeValueAsString(document) : json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
