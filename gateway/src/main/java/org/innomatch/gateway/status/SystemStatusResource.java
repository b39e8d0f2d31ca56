package org.innomatch.gateway.status;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "Health of the platform as seen through the gateway")
public class SystemStatusResource {

    private static final String EXAMPLE = """
            {"status":"DOWN","upstreams":[
              {"name":"profile-service","status":"UP","millis":3},
              {"name":"project-service","status":"UP","millis":4},
              {"name":"matching-service","status":"UP","millis":3},
              {"name":"notification-service","status":"DOWN","millis":2001,"detail":"HttpTimeoutException: request timed out"}]}""";

    private final SystemStatusService service;

    public SystemStatusResource(SystemStatusService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Readiness of every service behind the gateway",
            description = "Probes each service in parallel; answers within the configured status timeout even when a service hangs.")
    @APIResponse(responseCode = "200", description = "Every service is ready",
            content = @Content(schema = @Schema(implementation = SystemStatus.class), examples = @ExampleObject(name = "status", value = EXAMPLE)))
    @APIResponse(responseCode = "503", description = "At least one service is not ready; the body says which",
            content = @Content(schema = @Schema(implementation = SystemStatus.class)))
    public Response status() {
        SystemStatus status = service.status();
        return Response.status(status.status().equals("UP") ? 200 : 503).entity(status).build();
    }
}
