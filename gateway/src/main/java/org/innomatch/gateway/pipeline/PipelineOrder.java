package org.innomatch.gateway.pipeline;

import io.quarkus.vertx.http.runtime.RouteConstants;

/**
 * Where each gateway handler sits on Quarkus' Vert.x router; lower runs first. Every public call passes, in order:
 * request id → (authentication) → (rate limiting) → proxy to a service, or Quarkus REST for the gateway's own
 * endpoints → 404 problem for anything left under {@code /api/v1}.
 * <p>
 * A handler placed before {@link #PROXY} that completes asynchronously must {@code pause()} the request first and
 * {@code resume()} it only by calling {@code next()}: the proxy streams the body and nothing buffers it.
 */
public final class PipelineOrder {

    public static final int REQUEST_ID = 100;

    /** Reserved for the authentication increment (API keys, JWT). */
    public static final int AUTHENTICATION = 300;

    /** Reserved for the rate-limiting increment. */
    public static final int RATE_LIMIT = 400;

    /** Before Quarkus REST (which sits at {@code ROUTE_ORDER_AFTER_DEFAULT + 500}). */
    public static final int PROXY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    /** After Quarkus REST: only what neither the proxy nor a JAX-RS resource claimed. */
    public static final int NOT_FOUND = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 10_000;

    private PipelineOrder() {
    }
}
