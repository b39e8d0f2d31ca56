package org.innomatch.gateway.requestid;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.innomatch.gateway.accesslog.AccessLog;
import org.innomatch.gateway.metrics.CallMetrics;
import org.innomatch.gateway.pipeline.PipelineOrder;
import org.innomatch.gateway.tracing.GatewayTracing;
import org.jboss.logging.MDC;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * First gateway handler on every request: settles the request id, puts it on the request (so the proxy forwards it
 * and JAX-RS resources see it), in the logging MDC and on the response, and records each call in the access log
 * and the call metrics when it ends.
 */
@Singleton
public class RequestIdRoute {

    /** Routing-context key under which the proxy records which service answered, for the access log. */
    public static final String UPSTREAM_KEY = "innomatch.upstream";

    private static final CharSequence HEADER = HttpHeaders.createOptimized(RequestId.HEADER);

    private final AccessLog accessLog;
    private final CallMetrics metrics;

    public RequestIdRoute(AccessLog accessLog, CallMetrics metrics) {
        this.accessLog = accessLog;
        this.metrics = metrics;
    }

    void register(@Observes Router router) {
        router.route().order(PipelineOrder.REQUEST_ID).handler(ctx -> {
            assign(ctx);
            ctx.next();
        });
    }

    /** Settles the call's request id and has the call logged when it ends. */
    public void assign(RoutingContext ctx) {
        long start = System.nanoTime();
        String id = RequestId.acceptOrGenerate(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        ctx.put(RequestId.KEY, id);
        MDC.put(RequestId.KEY, id);
        // Set when the headers go out, so it replaces any copy an upstream echoed instead of duplicating it.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.addEndHandler(result -> ended(ctx, id, start));
    }

    private void ended(RoutingContext ctx, String id, long start) {
        long duration = System.nanoTime() - start;
        int status = ctx.response().getStatusCode();
        String upstream = ctx.get(UPSTREAM_KEY);
        metrics.record(upstream, status, duration);
        if (accessLog.enabled()) {
            accessLog.record(new AccessLog.Entry(System.currentTimeMillis(), ctx.request().method().name(),
                    ctx.request().path(), status, duration, upstream, id, ctx.get(GatewayTracing.TRACE_ID_KEY)));
        }
    }
}
