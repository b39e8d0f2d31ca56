package org.innomatch.gateway.upstreams;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The services behind the gateway, by name, and how the gateway talks to them. */
@ConfigMapping(prefix = "innomatch.gateway")
public interface Upstreams {

    String PROFILE_SERVICE = "profile-service";
    String PROJECT_SERVICE = "project-service";
    String MATCHING_SERVICE = "matching-service";
    String NOTIFICATION_SERVICE = "notification-service";

    URI profileServiceUrl();

    URI projectServiceUrl();

    URI matchingServiceUrl();

    URI notificationServiceUrl();

    /** How long a status probe of one upstream may take. */
    Duration statusTimeout();

    /** How long a proxied call may wait for the upstream's response headers. */
    Timeouts timeouts();

    /** How long obtaining a connection to an upstream may take (TCP connect, or waiting for a pooled one). */
    @WithDefault("1s")
    Duration connectTimeout();

    /**
     * Whether HTTP/1.1 requests without a body go to the service on the Vert.x HTTP client directly
     * ({@code BodilessExchange}); {@code false} sends every call through vertx-http-proxy.
     */
    @WithDefault("true")
    boolean directBodilessCalls();

    /** Keep-alive connections the gateway holds open to each upstream. */
    @WithDefault("256")
    int maxConnectionsPerUpstream();

    interface Timeouts {

        @WithName("default")
        Duration defaultTimeout();

        @WithName(PROFILE_SERVICE)
        Optional<Duration> profileService();

        @WithName(PROJECT_SERVICE)
        Optional<Duration> projectService();

        @WithName(MATCHING_SERVICE)
        Optional<Duration> matchingService();

        @WithName(NOTIFICATION_SERVICE)
        Optional<Duration> notificationService();
    }

    default Map<String, URI> byName() {
        Map<String, URI> all = new LinkedHashMap<>();
        all.put(PROFILE_SERVICE, profileServiceUrl());
        all.put(PROJECT_SERVICE, projectServiceUrl());
        all.put(MATCHING_SERVICE, matchingServiceUrl());
        all.put(NOTIFICATION_SERVICE, notificationServiceUrl());
        return all;
    }

    /** Every upstream with its resolved response timeout, in a fixed order. */
    default List<Upstream> all() {
        Timeouts t = timeouts();
        Duration fallback = t.defaultTimeout();
        return List.of(
                new Upstream(PROFILE_SERVICE, profileServiceUrl(), t.profileService().orElse(fallback)),
                new Upstream(PROJECT_SERVICE, projectServiceUrl(), t.projectService().orElse(fallback)),
                new Upstream(MATCHING_SERVICE, matchingServiceUrl(), t.matchingService().orElse(fallback)),
                new Upstream(NOTIFICATION_SERVICE, notificationServiceUrl(), t.notificationService().orElse(fallback)));
    }
}
