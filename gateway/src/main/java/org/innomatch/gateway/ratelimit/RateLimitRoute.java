package org.innomatch.gateway.ratelimit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.innomatch.gateway.http.PipelineOrder;
import org.innomatch.gateway.http.RequestId;
import org.innomatch.gateway.problem.GatewayProblems;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.routing.RouteTable;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Limits every call under {@code /api/v1} except the merged OpenAPI document (the console needs it, and it is
 * cached). Health ({@code /q/health}), metrics and the console live outside {@code /api/v1} and are never limited.
 * Each limited response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset};
 * a refused call gets 429 problem+json with {@code Retry-After}.
 */
@Singleton
public class RateLimitRoute {

    /** Set by authentication: {@code key:<apiKeyId>} or {@code sub:<subject>}. */
    public static final String RATE_KEY = "innomatch.rate-key";

    /** Set by authentication: {@code admin}, {@code partner} or {@code participant}. */
    public static final String ROLE = "innomatch.role";

    static final String UNLIMITED_PATH = RouteTable.PUBLIC_PREFIX + "/openapi";

    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");

    private final RateLimitSettings settings;
    private final RateLimiter limiter;
    private final ProblemWriter problems;

    public RateLimitRoute(RateLimitSettings settings, RateLimiter limiter, ProblemWriter problems) {
        this.settings = settings;
        this.limiter = limiter;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        if (settings.enabled()) {
            router.route(RouteTable.PUBLIC_PREFIX + "/*").order(PipelineOrder.RATE_LIMIT).handler(ctx -> {
                if (limit(ctx)) {
                    ctx.next();
                }
            });
        }
    }

    /** Takes a token from the caller's bucket: true if the call may go on, false if it was answered with 429. */
    public boolean limit(RoutingContext ctx) {
        if (!settings.enabled() || UNLIMITED_PATH.equals(ctx.normalizedPath())) {
            return true;
        }
        RateDecision decision = limiter.consume(callerKey(ctx), ctx.get(ROLE));
        if (decision.allowed()) {
            // Applied as the headers leave, so they survive the proxy copying the service's headers.
            ctx.addHeadersEndHandler(v -> putHeaders(ctx.response().headers(), decision));
            return true;
        }
        putHeaders(ctx.response().headers(), decision);
        ctx.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        problems.send(ctx.response(), GatewayProblems.rateLimited(decision.limit(), decision.retryAfterSeconds(),
                ctx.normalizedPath(), RequestId.of(ctx)));
        return false;
    }

    /** The key authentication settled on, else the client's address (as Quarkus resolved it, proxies included). */
    static String callerKey(RoutingContext ctx) {
        String key = ctx.get(RATE_KEY);
        if (key != null) {
            return key;
        }
        SocketAddress remote = ctx.request().remoteAddress();
        return "ip:" + (remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress());
    }

    private static void putHeaders(MultiMap headers, RateDecision decision) {
        headers.set(LIMIT, Long.toString(decision.limit()));
        headers.set(REMAINING, Long.toString(decision.remaining()));
        headers.set(RESET, Long.toString(decision.resetSeconds()));
    }
}
