package org.innomatch.gateway.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.innomatch.gateway.auth.keys.ApiKeys;
import org.innomatch.gateway.http.PipelineOrder;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.routing.Route;
import org.innomatch.gateway.routing.RouteTable;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates every call under {@code /api/v1} (but the status and OpenAPI documents): an {@code X-API-Key} of a
 * partner portal (or a configured admin key), or a bearer token of a participant or admin. The client's
 * credentials go no further; a call routed to a service carries instead the gateway's short-lived internal token
 * as {@code Authorization: Bearer}. Everything here is in-memory work on the event loop (a map lookup, one RSA
 * verification and one signature), so the request needs no pause.
 */
@Singleton
public class AuthenticationRoute {

    public static final String API_KEY_HEADER = "X-API-Key";

    private static final Set<String> OPEN = Set.of(RouteTable.PUBLIC_PREFIX + "/status",
            RouteTable.PUBLIC_PREFIX + "/openapi");
    private static final CharSequence API_KEY = HttpHeaders.createOptimized(API_KEY_HEADER);
    private static final String BEARER = "Bearer ";
    private static final String REFUSAL_KEY = "innomatch.auth-refusal";

    private final ApiKeys apiKeys;
    private final BearerTokens bearerTokens;
    private final InternalTokens internalTokens;
    private final RouteTable routes;
    private final ProblemWriter problems;

    public AuthenticationRoute(ApiKeys apiKeys, BearerTokens bearerTokens, InternalTokens internalTokens,
                               RouteTable routes, ProblemWriter problems) {
        this.apiKeys = apiKeys;
        this.bearerTokens = bearerTokens;
        this.internalTokens = internalTokens;
        this.routes = routes;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route(RouteTable.PUBLIC_PREFIX + "/*").order(PipelineOrder.AUTHENTICATION).handler(ctx -> {
            authenticate(ctx);
            ctx.next();
        });
        router.route(RouteTable.PUBLIC_PREFIX + "/*").order(PipelineOrder.AUTHENTICATION_REFUSAL).handler(ctx -> {
            if (admitted(ctx)) {
                ctx.next();
            }
        });
    }

    /** True if authentication let the call through; otherwise answers the refusal it noted and returns false. */
    public boolean admitted(RoutingContext ctx) {
        ProblemException refused = ctx.get(REFUSAL_KEY);
        if (refused == null) {
            return true;
        }
        problems.send(ctx, refused);
        return false;
    }

    /**
     * Identifies the caller and replaces its credentials by the internal token; a refusal is only noted, to be
     * answered by {@link #admitted} once rate limiting has charged it.
     */
    public void authenticate(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String apiKey = request.getHeader(API_KEY);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        request.headers().remove(API_KEY).remove(HttpHeaders.AUTHORIZATION);
        String path = ctx.normalizedPath();
        if (OPEN.contains(path) || isCorsPreflight(request)) {
            return;
        }
        Identity identity;
        try {
            identity = identify(apiKey, authorization);
        } catch (ProblemException refused) {
            // Answered after rate limiting, so that guessing keys or replaying bad tokens spends the address's bucket.
            ctx.put(REFUSAL_KEY, refused);
            return;
        }
        ctx.put(Identity.KEY, identity);
        ctx.put(Identity.RATE_KEY, identity.rateKey());
        ctx.put(Identity.ROLE_KEY, identity.role().value());
        Optional<Route> route = ctx.get(RouteTable.RESOLVED_KEY);
        if (route == null) {
            route = routes.routeFor(path);
            ctx.put(RouteTable.RESOLVED_KEY, route);
        }
        if (route.isPresent()) {
            request.headers().set(HttpHeaders.AUTHORIZATION, internalTokens.authorizationFor(identity));
        }
    }

    private Identity identify(String apiKey, String authorization) {
        if (apiKey != null && authorization != null) {
            throw ProblemException.badRequest("Send either X-API-Key or Authorization, not both",
                    FieldError.of(API_KEY_HEADER, "must not be sent together with Authorization"),
                    FieldError.of("Authorization", "must not be sent together with X-API-Key"));
        }
        if (apiKey != null) {
            return apiKeys.authenticate(apiKey.trim());
        }
        if (authorization == null || authorization.isBlank()) {
            throw AuthenticationException.unauthorized("Authentication required: send X-API-Key (partner portals) "
                    + "or Authorization: Bearer <token> (participants, admins)");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AuthenticationException.unauthorized("Only bearer tokens are accepted in Authorization");
        }
        return bearerTokens.authenticate(authorization.substring(BEARER.length()).trim());
    }

    private static boolean isCorsPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null;
    }
}
