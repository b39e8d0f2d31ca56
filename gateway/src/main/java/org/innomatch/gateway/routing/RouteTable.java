package org.innomatch.gateway.routing;

import static org.innomatch.gateway.upstreams.Upstreams.MATCHING_SERVICE;
import static org.innomatch.gateway.upstreams.Upstreams.NOTIFICATION_SERVICE;
import static org.innomatch.gateway.upstreams.Upstreams.PROFILE_SERVICE;
import static org.innomatch.gateway.upstreams.Upstreams.PROJECT_SERVICE;

import java.util.List;
import java.util.Optional;

/**
 * Which service owns each public path. Public paths are the service's own paths under {@link #PUBLIC_PREFIX};
 * the first matching route wins, so the more specific routes come first.
 */
public record RouteTable(List<Route> routes) {

    public static final String PUBLIC_PREFIX = "/api/v1";

    /**
     * Routing-context key of the {@code Optional<Route>} already looked up for the call's normalised path, so that
     * authentication and the proxy match the table once per call.
     */
    public static final String RESOLVED_KEY = "innomatch.route";

    public RouteTable {
        routes = List.copyOf(routes);
    }

    /** The public API of Innomatch (architecture.md, "Public API"). */
    public static RouteTable publicApi() {
        return new RouteTable(List.of(
                Route.of("/api/v1/profiles/{id}/recommendations/**", MATCHING_SERVICE),
                Route.of("/api/v1/profiles/{id}/interests**", MATCHING_SERVICE),
                Route.of("/api/v1/profiles/{id}/matches**", MATCHING_SERVICE),
                // Messages between the sides of a match or a meeting are kept where matches and meetings are.
                Route.of("/api/v1/profiles/{id}/threads**", MATCHING_SERVICE),
                Route.of("/api/v1/projects/{id}/recommendations/**", MATCHING_SERVICE),
                Route.of("/api/v1/events/{id}/meetings**", MATCHING_SERVICE),
                Route.of("/api/v1/events/{id}/schedule**", MATCHING_SERVICE),
                Route.of("/api/v1/events/{id}/agenda**", MATCHING_SERVICE),
                Route.of("/api/v1/events/{id}/stats**", MATCHING_SERVICE),
                Route.of("/api/v1/events/{id}/availability/**", MATCHING_SERVICE),
                Route.of("/api/v1/profiles/{id}/notifications**", NOTIFICATION_SERVICE),
                Route.of("/api/v1/profiles/{id}/notification-preferences**", NOTIFICATION_SERVICE),
                Route.of("/api/v1/notifications/**", NOTIFICATION_SERVICE),
                Route.of("/api/v1/webhooks**", NOTIFICATION_SERVICE),
                // The sessions a profile follows are the programme's, kept with the events (sessions and their
                // followers are under /api/v1/events/{id}/sessions).
                Route.of("/api/v1/profiles/{id}/followed-sessions**", PROJECT_SERVICE),
                Route.of("/api/v1/profiles**", PROFILE_SERVICE),
                Route.of("/api/v1/taxonomy/**", PROFILE_SERVICE),
                Route.of("/api/v1/projects**", PROJECT_SERVICE),
                Route.of("/api/v1/events**", PROJECT_SERVICE)));
    }

    /** The route owning a normalised public path, if a service owns it. */
    public Optional<Route> routeFor(String publicPath) {
        List<String> segments = PathPattern.split(publicPath);
        for (Route route : routes) {
            if (route.publicPath().matches(segments)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** {@code /api/v1/profiles/1} → {@code /profiles/1}; the caller has matched the path to a route first. */
    public static String internalPath(String publicPath) {
        return publicPath.substring(PUBLIC_PREFIX.length());
    }

    /** {@code /profiles/1} → {@code /api/v1/profiles/1}. */
    public static String publicPath(String internalPath) {
        return PUBLIC_PREFIX + internalPath;
    }
}
