package org.innomatch.diagnostics;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.events.diagnostics.Ping;

/** Proves the wiring of this service: a ping goes out over Kafka and every service stores the pings it hears. */
@Path("/diagnostics/pings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostics", description = "End-to-end wiring checks across Kafka and the stores")
public class PingResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String PING_EXAMPLE = """
            {"id":"4f6c2a52-9a7e-4d0e-8d52-2f0f4b7f6a10","origin":"profile-service","note":"wiring check",
             "sentAt":"2026-11-23T09:30:00Z"}""";
    private static final String RECEIVED_EXAMPLE = """
            [{"id":"4f6c2a52-9a7e-4d0e-8d52-2f0f4b7f6a10","origin":"profile-service","note":"wiring check",
              "sentAt":"2026-11-23T09:30:00Z","receivedAt":"2026-11-23T09:30:00.120Z",
              "receivedBy":"matching-service"}]""";

    private final PingService pings;

    public PingResource(PingService pings) {
        this.pings = pings;
    }

    @POST
    @Operation(summary = "Publish a ping on innomatch.ping",
            description = "Returns once the broker has acknowledged the ping. Every service consumes it and stores it.")
    @APIResponse(responseCode = "202", description = "Ping published", content = @Content(
            schema = @Schema(implementation = Ping.class),
            examples = @ExampleObject(name = "ping", value = PING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time",
            content = @Content(mediaType = PROBLEM))
    public Response send(@RequestBody(content = @Content(examples = @ExampleObject(name = "note",
                                 value = "{\"note\":\"wiring check\"}")))
                         @Valid PingRequest request) {
        Ping ping = pings.send(request == null ? null : request.note());
        return Response.accepted(ping).build();
    }

    @GET
    @Operation(summary = "List the pings this service has received, newest first")
    @APIResponse(responseCode = "200", description = "Received pings", content = @Content(
            schema = @Schema(implementation = ReceivedPingView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "pings", value = RECEIVED_EXAMPLE)))
    public List<ReceivedPingView> received(
            @Parameter(description = "Maximum number of pings (1..100)", example = "20")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return pings.received(limit);
    }
}
