package org.innomatch.gateway.home;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.gateway.auth.CurrentIdentity;
import org.innomatch.gateway.auth.Identity;
import org.innomatch.gateway.auth.Role;
import org.innomatch.gateway.http.RequestId;
import org.innomatch.problems.Problem;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

@Path("/api/v1/me/home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Composite views for a participant's app")
public class HomeResource {

    private static final String EXAMPLE = """
            {"profile":{"id":"6f1c2a9e-1d1b-4c51-9a57-0d3e1f8f4a21","name":"Dr. Anna Kowalska","kind":"RESEARCH_INSTITUTE"},
             "projectRecommendations":{"items":[{"projectId":"0b6e2d1c-7a44-4a8e-9d51-3f2c1b0a9e87","score":0.82,
               "reasons":[{"factor":"sector","contribution":0.3,"detail":"both in HEALTH.MEDTECH"}]}]},
             "notifications":{"unread":3},
             "warnings":[{"part":"partnerRecommendations","service":"matching-service",
               "detail":"matching-service answered HTTP 503"}]}""";

    private final HomeService home;
    private final CurrentIdentity identity;
    private final CurrentVertxRequest request;

    public HomeResource(HomeService home, CurrentIdentity identity, CurrentVertxRequest request) {
        this.home = home;
        this.identity = identity;
        this.request = request;
    }

    @GET
    @Operation(summary = "My home screen",
            description = "My profile, my top 5 partner and project recommendations and my unread notification count, "
                    + "fetched in parallel. If a service fails, its part is left out and `warnings` says which; the "
                    + "answer is still 200. Participants only.")
    @APIResponse(responseCode = "200", description = "The home screen, complete or with warnings",
            content = @Content(schema = @Schema(implementation = HomeView.class),
                    examples = @ExampleObject(name = "partial", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a participant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<HomeView> home() {
        Identity me = identity.require(Role.PARTICIPANT, "have a home screen");
        return home.home(me, RequestId.of(request.getCurrent()));
    }
}
