package org.innomatch.gateway.pipeline;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.innomatch.gateway.auth.AuthenticationRoute;
import org.innomatch.gateway.http.PipelineOrder;
import org.innomatch.gateway.ratelimit.RateLimitRoute;
import org.innomatch.gateway.requestid.RequestIdRoute;
import org.innomatch.gateway.routing.Route;
import org.innomatch.gateway.routing.RouteTable;
import org.innomatch.gateway.routing.UpstreamProxy;
import org.innomatch.gateway.tracing.GatewayTracing;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The path of nearly every call: one for a service, from a partner portal's server or a mobile client. It runs
 * the gateway's pipeline (trace, request id, authentication, rate limit, proxy) as plain calls in one handler,
 * placed ahead of Quarkus' per-request filters. Those (CORS, HTTP security with its deferred identity, REST
 * observability) have nothing to do for such a call, yet cost about a tenth of its CPU; so did passing it through
 * six routes.
 * <p>
 * Everything else falls through to the same steps registered one by one at their {@link PipelineOrder}: a call
 * with an {@code Origin} header (a browser: CORS applies, preflights included), the gateway's own endpoints and
 * unknown paths.
 */
@Singleton
public class ServiceCallRoute {

    private final RouteTable routes;
    private final GatewayTracing tracing;
    private final RequestIdRoute requestIds;
    private final AuthenticationRoute authentication;
    private final RateLimitRoute rateLimits;
    private final UpstreamProxy proxy;

    public ServiceCallRoute(RouteTable routes, GatewayTracing tracing, RequestIdRoute requestIds,
                            AuthenticationRoute authentication, RateLimitRoute rateLimits, UpstreamProxy proxy) {
        this.routes = routes;
        this.tracing = tracing;
        this.requestIds = requestIds;
        this.authentication = authentication;
        this.rateLimits = rateLimits;
        this.proxy = proxy;
    }

    void register(@Observes Router router) {
        router.route(RouteTable.PUBLIC_PREFIX + "/*").order(PipelineOrder.SERVICE_CALLS).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().headers().contains(HttpHeaders.ORIGIN)) {
            ctx.next();
            return;
        }
        String path = ctx.normalizedPath();
        Optional<Route> route = routes.routeFor(path);
        if (route.isEmpty()) {
            ctx.next();
            return;
        }
        ctx.put(RouteTable.RESOLVED_KEY, route);
        tracing.startServerSpan(ctx, false);
        requestIds.assign(ctx);
        if (!requestIds.uriWithinLimit(ctx)) {
            return;
        }
        authentication.authenticate(ctx);
        if (rateLimits.limit(ctx) && authentication.admitted(ctx)) {
            proxy.forward(ctx, route.get(), path);
        }
    }
}
