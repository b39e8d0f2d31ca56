package org.innomatch.gateway.routing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;


import org.innomatch.gateway.http.PipelineOrder;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts the route table on Quarkus' router: paths a service owns go to the proxy, everything else under
 * {@code /api/v1} falls through to the gateway's own JAX-RS resources and, failing those, to a 404 problem
 * ({@link UnknownPathMapper}).
 */
@ApplicationScoped
public class PublicApiRoutes {

    private final RouteTable routes;
    private final UpstreamProxy proxy;

    public PublicApiRoutes(RouteTable routes, UpstreamProxy proxy) {
        this.routes = routes;
        this.proxy = proxy;
    }

    void register(@Observes Router router) {
        router.route(RouteTable.PUBLIC_PREFIX + "/*").order(PipelineOrder.PROXY).handler(this::proxyIfOwned);
    }

    void proxyIfOwned(RoutingContext ctx) {
        // The normalised path (dot segments resolved) decides, and is what gets forwarded, so
        // /api/v1/profiles/../diagnostics cannot reach a path the table does not expose.
        String path = ctx.normalizedPath();
        Optional<Route> resolved = ctx.get(RouteTable.RESOLVED_KEY);
        Optional<Route> route = resolved != null ? resolved : routes.routeFor(path);
        if (route.isPresent()) {
            proxy.forward(ctx, route.get(), path);
        } else {
            ctx.next();
        }
    }
}
