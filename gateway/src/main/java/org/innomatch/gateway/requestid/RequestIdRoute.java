package org.innomatch.gateway.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.innomatch.gateway.pipeline.PipelineOrder;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * First gateway handler on every request: settles the request id, puts it on the request (so the proxy forwards it
 * and JAX-RS resources see it), in the logging MDC and on the response, and writes one access log line per call.
 */
@ApplicationScoped
public class RequestIdRoute {

    /** Routing-context key under which the proxy records which service answered, for the access log. */
    public static final String UPSTREAM_KEY = "innomatch.upstream";

    private static final Logger ACCESS_LOG = Logger.getLogger("org.innomatch.gateway.access");
    private static final CharSequence HEADER = HttpHeaders.createOptimized(RequestId.HEADER);

    void register(@Observes Router router) {
        router.route().order(PipelineOrder.REQUEST_ID).handler(this::assign);
    }

    void assign(RoutingContext ctx) {
        long start = System.nanoTime();
        String id = RequestId.acceptOrGenerate(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        ctx.put(RequestId.KEY, id);
        MDC.put(RequestId.KEY, id);
        // Set when the headers go out, so it replaces any copy an upstream echoed instead of duplicating it.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.addEndHandler(result -> logAccess(ctx, id, start));
        ctx.next();
    }

    private static void logAccess(RoutingContext ctx, String id, long start) {
        if (!ACCESS_LOG.isInfoEnabled()) {
            return;
        }
        MDC.put(RequestId.KEY, id);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String upstream = ctx.get(UPSTREAM_KEY);
        // Concatenated rather than printf-formatted: this runs for every call, on the event loop.
        StringBuilder line = new StringBuilder(96).append(ctx.request().method().name()).append(' ')
                .append(ctx.request().path()).append(' ').append(ctx.response().getStatusCode()).append(' ')
                .append(millis).append("ms");
        if (upstream != null) {
            line.append(" upstream=").append(upstream);
        }
        ACCESS_LOG.info(line.toString());
    }
}
