package org.innomatch.gateway.openapi;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the merged OpenAPI document is built and cached. */
@ConfigMapping(prefix = "innomatch.gateway.openapi")
public interface OpenApiSettings {

    /** How long a merged document that includes every service is served before it is rebuilt. */
    @WithDefault("60s")
    Duration maxAge();

    /** How long a merged document missing a service is served; short, so the console recovers soon. */
    @WithDefault("5s")
    Duration incompleteMaxAge();

    /** How long fetching one service's document may take. */
    @WithDefault("3s")
    Duration fetchTimeout();

    @WithDefault("Innomatch public API")
    String title();

    @WithDefault("0.1.0")
    String version();

    @WithDefault("Cross-border innovation matchmaking: profiles, projects, recommendations, meetings and notifications. "
            + "Every path is served by the gateway; authorise once with an API key or a bearer token.")
    String description();
}
