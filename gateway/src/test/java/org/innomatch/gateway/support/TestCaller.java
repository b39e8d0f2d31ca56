package org.innomatch.gateway.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.innomatch.gateway.pipeline.PipelineOrder;
import org.innomatch.gateway.ratelimit.RateLimitRoute;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Test-only stand-in for what authentication hands the rate limiter: a request with {@code X-Test-Rate-Key}
 * (and optionally {@code X-Test-Role}) is treated as that caller. Requests without the header are untouched.
 */
@ApplicationScoped
public class TestCaller {

    public static final String KEY_HEADER = "X-Test-Rate-Key";
    public static final String ROLE_HEADER = "X-Test-Role";

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(PipelineOrder.RATE_LIMIT - 1).handler(this::identify);
    }

    void identify(RoutingContext ctx) {
        String key = ctx.request().getHeader(KEY_HEADER);
        if (key != null) {
            ctx.put(RateLimitRoute.RATE_KEY, key);
            String role = ctx.request().getHeader(ROLE_HEADER);
            if (role != null) {
                ctx.put(RateLimitRoute.ROLE, role);
            }
        }
        ctx.next();
    }
}
