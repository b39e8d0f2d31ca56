package org.innomatch.gateway.tracing;

import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * The W3C trace-context and baggage headers. OpenTelemetry continues the client's trace in the gateway's server
 * span and injects a fresh {@code traceparent} (the gateway's client span as parent) into every proxied call. The
 * proxy copies the client's headers too, so without removing the client's copies the service would receive two
 * {@code traceparent}s and might follow the wrong one.
 */
public final class TraceContextHeaders {

    private static final List<CharSequence> NAMES = List.of(HttpHeaders.createOptimized("traceparent"),
            HttpHeaders.createOptimized("tracestate"), HttpHeaders.createOptimized("baggage"));

    private TraceContextHeaders() {
    }

    /** Drops the client's trace headers from a request about to be proxied; the tracer writes its own. */
    public static void removeClientCopies(MultiMap headers) {
        for (CharSequence name : NAMES) {
            headers.remove(name);
        }
    }
}
