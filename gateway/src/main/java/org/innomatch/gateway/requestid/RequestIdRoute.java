package org.innomatch.gateway.requestid;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.gateway.accesslog.AccessLog;
import org.innomatch.gateway.http.PipelineOrder;
import org.innomatch.gateway.http.RequestId;
import org.innomatch.gateway.metrics.CallMetrics;
import org.innomatch.gateway.problem.GatewayProblems;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.tracing.GatewayTracing;
import org.jboss.logging.MDC;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * First gateway handler on every request: settles the request id, puts it on the request (so the proxy forwards it
 * and JAX-RS resources see it), in the logging MDC and on the response, and records each call in the access log
 * and the call metrics when it ends. It also refuses a URI longer than {@value #MAX_URI_LENGTH_KEY} with a 414
 * problem.
 * <p>
 * Why the URI limit: a service (Vert.x' default {@code quarkus.http.limits.max-initial-line-length}, 4096 bytes)
 * answers a longer request line with a bare 414, without a body. The gateway reads request lines up to 8192 bytes
 * and refuses URIs over the limit (default 4000, leaving room for the method and the protocol version) itself, as
 * problem+json. A request line longer than 8192 bytes still gets Vert.x' bare 414 here, before any handler runs.
 */
@Singleton
public class RequestIdRoute {

    /** Routing-context key under which the proxy records which service answered, for the access log. */
    public static final String UPSTREAM_KEY = "innomatch.upstream";

    public static final String MAX_URI_LENGTH_KEY = "innomatch.http.max-uri-length";

    private static final CharSequence HEADER = HttpHeaders.createOptimized(RequestId.HEADER);

    private final AccessLog accessLog;
    private final CallMetrics metrics;
    private final ProblemWriter problems;
    private final int maxUriLength;

    public RequestIdRoute(AccessLog accessLog, CallMetrics metrics, ProblemWriter problems,
                          @ConfigProperty(name = MAX_URI_LENGTH_KEY, defaultValue = "4000") int maxUriLength) {
        this.accessLog = accessLog;
        this.metrics = metrics;
        this.problems = problems;
        this.maxUriLength = maxUriLength;
    }

    void register(@Observes Router router) {
        router.route().order(PipelineOrder.REQUEST_ID).handler(ctx -> {
            assign(ctx);
            if (uriWithinLimit(ctx)) {
                ctx.next();
            }
        });
    }

    /** True if the request's URI is within the limit; otherwise answers 414 problem+json and returns false. */
    public boolean uriWithinLimit(RoutingContext ctx) {
        int length = ctx.request().uri().length();
        if (length <= maxUriLength) {
            return true;
        }
        problems.send(ctx.response(), GatewayProblems.uriTooLong(length, maxUriLength, RequestId.of(ctx)));
        return false;
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
