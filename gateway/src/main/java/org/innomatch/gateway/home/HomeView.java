package org.innomatch.gateway.home;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A participant's home screen; a part whose service failed is absent and named in {@code warnings}. The parts'
 * schemas are the services' (the merged document holds them), so they are referenced by name.
 */
@Schema(name = "Home", description = "My profile, my top recommendations and my unread count, in one call")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HomeView(
        @Schema(ref = "Profile", description = "My profile, as GET /profiles/{id} answers it") JsonNode profile,
        @Schema(ref = "RecommendationPage",
                description = "Top partners for me, as GET /profiles/{id}/recommendations/partners?limit=5 answers it")
        JsonNode partnerRecommendations,
        @Schema(ref = "RecommendationPage",
                description = "Top projects for me, as GET /profiles/{id}/recommendations/projects?limit=5 answers it")
        JsonNode projectRecommendations,
        @Schema(ref = "UnreadCount",
                description = "My unread notifications, as GET /profiles/{id}/notifications/unread-count answers it")
        JsonNode notifications,
        @Schema(description = "One entry per part that could not be fetched; empty when the view is complete")
        List<Warning> warnings) {

    @Schema(name = "HomeWarning")
    public record Warning(
            @Schema(example = "partnerRecommendations") String part,
            @Schema(example = "matching-service") String service,
            @Schema(example = "matching-service is unavailable (ConnectException)") String detail) {
    }
}
