package org.innomatch.gateway.routing;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.gateway.breaker.CircuitBreakers;
import org.innomatch.gateway.breaker.UpstreamBreaker;
import org.innomatch.gateway.problem.Problem;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.requestid.RequestId;
import org.innomatch.gateway.requestid.RequestIdRoute;
import org.innomatch.gateway.upstreams.Upstream;
import org.innomatch.gateway.upstreams.Upstreams;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;

/**
 * Hands a routed request to vertx-http-proxy. The proxy object is a thin shell around the shared client, so one is
 * assembled per call: that lets the call's data (route, request id, forwarding facts) reach the interceptor through
 * its constructor rather than through shared state.
 */
@ApplicationScoped
public class UpstreamProxy {

    // WebSocket tunnelling would bypass the interceptors (no path rewrite); the public API has none.
    private static final ProxyOptions OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    private final HttpClient client;
    private final ProblemWriter problems;
    private final Map<String, Upstream> upstreams;
    private final Map<String, UpstreamOrigin> origins;
    private final CircuitBreakers breakers;

    public UpstreamProxy(HttpClient client, ProblemWriter problems, Upstreams config, CircuitBreakers breakers) {
        this.client = client;
        this.problems = problems;
        this.breakers = breakers;
        this.upstreams = config.all().stream().collect(Collectors.toUnmodifiableMap(Upstream::name, Function.identity()));
        this.origins = config.all().stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> new UpstreamOrigin(upstream, config.connectTimeout())));
    }

    void forward(RoutingContext ctx, Route route, String publicPath) {
        Upstream upstream = upstreams.get(route.service());
        HttpServerRequest request = ctx.request();
        String query = request.query();
        String internalUri = RouteTable.internalPath(publicPath) + (query == null ? "" : "?" + query);
        HostAndPort authority = request.authority();
        ForwardedCall call = new ForwardedCall(upstream, publicPath, internalUri, RequestId.of(ctx),
                request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress(),
                request.scheme(), authority == null ? null : authority.toString());
        ctx.put(RequestIdRoute.UPSTREAM_KEY, upstream.name());
        UpstreamBreaker breaker = breakers.of(upstream.name());
        if (!breaker.tryAcquire()) {
            refuseWhileOpen(ctx, call, breaker);
            return;
        }
        markBodyOfUnknownLengthAsChunked(request);
        HttpProxy.reverseProxy(OPTIONS, client)
                .origin(origins.get(upstream.name()))
                .addInterceptor(new ForwardingInterceptor(call, problems, breaker))
                .handle(request);
    }

    /** The breaker is open: answer at once rather than queue the call behind a service known to be failing. */
    private void refuseWhileOpen(RoutingContext ctx, ForwardedCall call, UpstreamBreaker breaker) {
        ctx.response().putHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
        problems.send(ctx.response(), Problem.upstreamUnavailable(call.upstream().name(), call.publicPath(),
                call.requestId()));
    }

    /**
     * vertx-http-proxy 4.5 streams a body of unknown length to the service only if the client's request says
     * {@code Transfer-Encoding: chunked}. HTTP/2 has no such header, so the body of an HTTP/2 request without
     * {@code Content-Length} would be silently dropped; saying it here makes the proxy stream it chunked.
     */
    private static void markBodyOfUnknownLengthAsChunked(HttpServerRequest request) {
        boolean mayHaveBody = request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD;
        if (request.version() == HttpVersion.HTTP_2 && mayHaveBody
                && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            request.headers().set(HttpHeaders.TRANSFER_ENCODING, "chunked");
        }
    }
}
