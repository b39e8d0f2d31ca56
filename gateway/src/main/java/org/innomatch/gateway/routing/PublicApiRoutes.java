package org.innomatch.gateway.routing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.innomatch.gateway.pipeline.PipelineOrder;
import org.innomatch.gateway.problem.Problem;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.requestid.RequestId;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts the route table on Quarkus' router: paths a service owns go to the proxy, everything else under
 * {@code /api/v1} falls through to the gateway's own JAX-RS resources and, failing those, to a 404 problem.
 */
@ApplicationScoped
public class PublicApiRoutes {

    private final RouteTable routes;
    private final UpstreamProxy proxy;
    private final ProblemWriter problems;

    public PublicApiRoutes(RouteTable routes, UpstreamProxy proxy, ProblemWriter problems) {
        this.routes = routes;
        this.proxy = proxy;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        String everythingPublic = RouteTable.PUBLIC_PREFIX + "/*";
        router.route(everythingPublic).order(PipelineOrder.PROXY).handler(this::proxyIfOwned);
        router.route(everythingPublic).order(PipelineOrder.NOT_FOUND).handler(this::notFound);
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

    void notFound(RoutingContext ctx) {
        problems.send(ctx.response(), Problem.notFound(ctx.normalizedPath(), RequestId.of(ctx)));
    }
}
