package org.innomatch.gateway.http;

import io.quarkus.vertx.http.runtime.RouteConstants;

/**
 * Where each gateway handler sits on Quarkus' Vert.x router; lower runs first. Every public call passes, in order
 * (a call for a service without {@code Origin} header all in one handler, {@link #SERVICE_CALLS}):
 * trace context → request id → authentication → rate limiting (by caller, or by address for a refused caller) →
 * the refusal of a caller authentication turned away → proxy to a service, or Quarkus REST for the gateway's own
 * endpoints → 404 problem for anything left (Quarkus REST's {@code NotFoundException}, answered by
 * {@code UnknownPathMapper}).
 * <p>
 * A handler placed before {@link #PROXY} that completes asynchronously must {@code pause()} the request first and
 * {@code resume()} it only by calling {@code next()}: the proxy streams the body and nothing buffers it.
 */
public final class PipelineOrder {

    /**
     * {@code ServiceCallRoute}: a call for a service, from a client that is not a browser, runs the whole
     * pipeline in this one handler, ahead of Quarkus' per-request filters (CORS, HTTP security, REST
     * observability; all at small negative orders), which have nothing to do for it. After Quarkus' own
     * first handlers, at {@code Integer.MIN_VALUE} and just above.
     */
    public static final int SERVICE_CALLS = Integer.MIN_VALUE + 1_000;

    /**
     * {@code RouteFailures}' failure handler, the first one a failed call meets: a problem for whatever a handler
     * threw or failed with. (Failure handlers run in the same order as handlers, from the start.)
     */
    public static final int FAILURES = Integer.MIN_VALUE + 500;

    /** Continues the client's trace (or starts one) in the gateway's server span. */
    public static final int TRACING = 50;

    /** Settles the request id; refuses a URI over {@code innomatch.http.max-uri-length} with a 414 problem. */
    public static final int REQUEST_ID = 100;

    /** Identifies the caller (API key, bearer JWT); a refusal is only noted here. */
    public static final int AUTHENTICATION = 300;

    public static final int RATE_LIMIT = 400;

    /** Answers the refusal authentication noted, once rate limiting has charged it to the client's address. */
    public static final int AUTHENTICATION_REFUSAL = 450;

    /** Before Quarkus REST (which sits at {@code ROUTE_ORDER_AFTER_DEFAULT + 500}). */
    public static final int PROXY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private PipelineOrder() {
    }
}
