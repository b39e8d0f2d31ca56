package org.innomatch.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.innomatch.gateway.breaker.UpstreamBreaker;
import org.innomatch.gateway.problem.Problem;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.requestid.RequestId;
import org.innomatch.gateway.tracing.TraceContextHeaders;
import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Shapes one proxied call: rewrites the URI to the service's path, sets the forwarding headers and the request id,
 * drops hop-by-hop headers both ways, rewrites {@code Location}, and answers a problem when the service fails
 * before its response started.
 * <p>
 * vertx-http-proxy 4.5 turns any failure of {@link ProxyContext#sendRequest()} into a bare 502. This interceptor
 * is the only one on the proxy, so the future it returns is what the proxy sees: recovering it with a
 * {@link ProxyResponse} of our own means the proxy sends that response instead.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final ForwardedCall call;
    private final ProblemWriter problems;
    private final UpstreamBreaker breaker;

    ForwardingInterceptor(ForwardedCall call, ProblemWriter problems, UpstreamBreaker breaker) {
        this.call = call;
        this.problems = problems;
        this.breaker = breaker;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ctx.request().setURI(call.internalUri());
        MultiMap headers = ctx.request().headers();
        HopByHopHeaders.strip(headers);
        TraceContextHeaders.removeClientCopies(headers);
        headers.set(RequestId.HEADER, call.requestId());
        String forwardedFor = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For",
                forwardedFor == null ? call.clientAddress() : forwardedFor + ", " + call.clientAddress());
        headers.set("X-Forwarded-Proto", call.publicScheme());
        headers.set("X-Forwarded-Prefix", RouteTable.PUBLIC_PREFIX);
        if (call.publicAuthority() != null) {
            headers.set("X-Forwarded-Host", call.publicAuthority());
        } else {
            headers.remove("X-Forwarded-Host");
        }
        // A client-supplied RFC 7239 header would take precedence over ours in the services.
        headers.remove("Forwarded");
        return ctx.sendRequest()
                .andThen(outcome -> {
                    if (outcome.succeeded()) {
                        breaker.onSuccess();
                    } else {
                        breaker.onFailure();
                    }
                })
                .recover(failure -> Future.succeededFuture(problemResponse(ctx, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        MultiMap headers = ctx.response().headers();
        HopByHopHeaders.strip(headers);
        String location = headers.get(HttpHeaders.LOCATION);
        if (location != null) {
            headers.set(HttpHeaders.LOCATION, LocationRewriter.rewrite(location, call.upstream(), call.publicAuthority()));
        }
        return ctx.sendResponse();
    }

    private ProxyResponse problemResponse(ProxyContext ctx, Throwable failure) {
        Problem problem = problemFor(failure);
        LOG.warnf("%s %s → %d: %s", ctx.request().getMethod(), call.publicPath(), problem.status(), rootCause(failure));
        // release() drains what is left of the client's body and forgets the request headers.
        return ctx.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.toBuffer(problem)));
    }

    private Problem problemFor(Throwable failure) {
        String service = call.upstream().name();
        if (failure instanceof OriginUnreachableException) {
            return Problem.upstreamUnavailable(service, call.publicPath(), call.requestId());
        }
        if (hasCause(failure, TimeoutException.class)) {
            return Problem.upstreamTimeout(service, call.upstream().responseTimeout().toMillis(),
                    call.publicPath(), call.requestId());
        }
        return Problem.upstreamFailed(service, call.publicPath(), call.requestId());
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
