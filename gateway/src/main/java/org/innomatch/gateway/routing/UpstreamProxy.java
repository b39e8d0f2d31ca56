package org.innomatch.gateway.routing;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.innomatch.gateway.breaker.CircuitBreakers;
import org.innomatch.gateway.breaker.UpstreamBreaker;
import org.innomatch.gateway.http.RequestId;
import org.innomatch.gateway.problem.GatewayProblems;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.requestid.RequestIdRoute;
import org.innomatch.gateway.tracing.GatewayTracing;
import org.innomatch.gateway.upstreams.Upstream;
import org.innomatch.gateway.upstreams.UpstreamHttpClient;
import org.innomatch.gateway.upstreams.Upstreams;
import org.innomatch.problems.Problem;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards a routed request to its service: rewrites the URI to the service's path, sets the forwarding headers
 * and the request id, drops hop-by-hop headers both ways, rewrites {@code Location} ({@link ForwardingHeaders}),
 * and answers a problem when the service fails before its response started ({@link UpstreamProblems}).
 * <p>
 * An HTTP/1.1 request without a body goes straight through the Vert.x HTTP client ({@link BodilessExchange});
 * every other request (bodies of any size, HTTP/2, HTTP/1.0) through vertx-http-proxy's
 * {@link ProxyRequest}/{@link ProxyResponse}, which streams the body both ways.
 * <p>
 * For the latter,
 * this is the sequence {@code HttpProxy} runs (a 400 for a request with a transfer coding other than chunked, a
 * 501 for such a response, a 502 if sending the response fails), written out so that the call's data stays in
 * scope and nothing (proxy, interceptor list, context map) is assembled per call; and so that a failure to get a
 * response becomes our problem+json rather than the proxy's bare 502.
 */
@Singleton
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private final UpstreamHttpClient clients;
    private final UpstreamProblems problems;
    private final BodilessExchange bodiless;
    private final HttpDate dates;
    private final boolean directBodilessCalls;
    private final Map<String, Upstream> upstreams;
    private final Map<String, UpstreamOrigin> origins;
    private final CircuitBreakers breakers;
    private final GatewayTracing tracing;

    public UpstreamProxy(UpstreamHttpClient clients, ProblemWriter problems, Upstreams config,
                         CircuitBreakers breakers, GatewayTracing tracing) {
        this.clients = clients;
        this.tracing = tracing;
        this.problems = new UpstreamProblems(problems);
        this.dates = new HttpDate(Clock.systemUTC());
        this.bodiless = new BodilessExchange(tracing, this.problems, dates);
        this.directBodilessCalls = config.directBodilessCalls();
        this.breakers = breakers;
        this.upstreams = config.all().stream()
                .collect(Collectors.toUnmodifiableMap(Upstream::name, Function.identity()));
        this.origins = config.all().stream().collect(Collectors.toUnmodifiableMap(Upstream::name,
                upstream -> new UpstreamOrigin(upstream, config.connectTimeout())));
    }

    public void forward(RoutingContext ctx, Route route, String publicPath) {
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
        if (directBodilessCalls && BodilessExchange.appliesTo(request)) {
            bodiless.forward(ctx, call, origins.get(upstream.name()), clients.forCurrentEventLoop(), breaker);
            return;
        }
        markBodyOfUnknownLengthAsChunked(request);
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        if (!ForwardingHeaders.hasValidTransferCoding(request.headers())) {
            dateAsDecided(ctx, null);
            end(proxyRequest.response(), 400);
            return;
        }
        shapeRequest(proxyRequest, call);
        Span span = tracing.startClientSpan(ctx, request.method().name(), upstream.name(), upstream.host(),
                upstream.port(), call.internalUri(), proxyRequest.headers());
        origins.get(upstream.name()).open(clients.forCurrentEventLoop())
                .compose(proxyRequest::send)
                .andThen(outcome -> {
                    if (outcome.succeeded()) {
                        breaker.onSuccess();
                        GatewayTracing.endClientSpan(span, outcome.result().getStatusCode(), null);
                    } else {
                        if (!clientStalled(request, outcome.cause())) {
                            breaker.onFailure();
                        }
                        GatewayTracing.endClientSpan(span, 0, outcome.cause());
                    }
                })
                .recover(failure -> {
                    boolean stalled = clientStalled(request, failure);
                    if (stalled) {
                        closeAfterAnswer(ctx);
                    }
                    return Future.succeededFuture(problemResponse(proxyRequest, call, failure, stalled));
                })
                .onSuccess(response -> sendResponse(ctx, response, call));
    }

    /** The breaker is open: answer at once rather than queue the call behind a service known to be failing. */
    private void refuseWhileOpen(RoutingContext ctx, ForwardedCall call, UpstreamBreaker breaker) {
        ctx.response().putHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
        problems.writer().send(ctx.response(),
                GatewayProblems.upstreamUnavailable(call.upstream().name(), call.publicPath(), call.requestId()));
    }

    private static void shapeRequest(ProxyRequest proxyRequest, ForwardedCall call) {
        proxyRequest.setURI(call.internalUri());
        ForwardingHeaders.shapeRequest(proxyRequest.headers(), call);
    }

    private void sendResponse(RoutingContext ctx, ProxyResponse response, ForwardedCall call) {
        MultiMap headers = response.headers();
        if (!ForwardingHeaders.hasValidTransferCoding(headers)) {
            dateAsDecided(ctx, null);
            end(response.request().response(), 501);
            return;
        }
        ForwardingHeaders.shapeResponse(headers, call);
        // A problem the gateway answers in the service's stead has no headers of the service's.
        dateAsDecided(ctx, headers.get(HttpHeaders.DATE));
        response.send().onFailure(failure -> {
            LOG.tracef(failure, "sending the response of %s failed", call.publicPath());
            HttpServerResponse client = response.request().proxiedRequest().response();
            if (client.headWritten()) {
                // Part of the answer is out (the service or the client broke off a streamed body): only cutting
                // the connection tells the client it did not get all of it.
                client.reset();
            } else {
                response.release().setStatusCode(502).send();
            }
        });
    }

    /**
     * The {@code Date} the client gets, as on the direct path: the service's as it wrote it (RFC 9110 §6.6.1 lets a
     * proxy pass it on), or the gateway's own IMF-fixdate when the service sent none. vertx-http-proxy would write
     * every {@code Date} anew with {@code DateTimeFormatter.RFC_1123_DATE_TIME}, whose day has one digit on the 1st
     * to the 9th of a month ({@code Mon, 7 Dec 2026}), which is not the IMF-fixdate RFC 9110 §5.6.7 requires of a
     * sender; so the value is set once more just before the headers go out.
     */
    private void dateAsDecided(RoutingContext ctx, String serviceDate) {
        ctx.addHeadersEndHandler(v -> ctx.response().headers()
                .set(HttpHeaders.DATE, serviceDate != null ? serviceDate : dates.now()));
    }

    private ProxyResponse problemResponse(ProxyRequest proxyRequest, ForwardedCall call, Throwable failure,
                                          boolean clientStalled) {
        Problem problem = problems.logged(call, proxyRequest.getMethod(), failure, clientStalled);
        // release() drains what is left of the client's body and forgets the request headers.
        return proxyRequest.release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.writer().toBuffer(problem)));
    }

    /** The rest of a stalled body would be waited for as long again: the connection is given up instead. */
    private static void closeAfterAnswer(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HttpHeaders.CONNECTION, "close"));
        ctx.response().endHandler(v -> ctx.request().connection().close());
    }

    /**
     * A call that timed out while the client was still sending its body failed because of the client (a slow or
     * stalled upload: the service was waiting for it), not the service: it must not count against the service's
     * breaker, or a few slow clients would cut everyone off from it.
     */
    private static boolean clientStalled(HttpServerRequest request, Throwable failure) {
        return !request.isEnded() && UpstreamProblems.isTimeout(failure);
    }

    private static void end(ProxyResponse response, int status) {
        response.release().setStatusCode(status).putHeader(HttpHeaders.CONTENT_LENGTH, "0").setBody(null).send();
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
