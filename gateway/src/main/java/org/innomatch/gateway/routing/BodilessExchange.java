package org.innomatch.gateway.routing;

import java.util.Iterator;
import java.util.Map;

import org.innomatch.gateway.breaker.UpstreamBreaker;
import org.innomatch.gateway.tracing.GatewayTracing;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards an HTTP/1.1 request that has no body (RFC 9112 §6.3: no {@code Transfer-Encoding}, and no
 * {@code Content-Length} or one of 0) on the Vert.x HTTP client directly: nearly every call (GETs of portals and mobile
 * clients) is one. Headers are copied once each way, and a response of known length up to
 * {@value #WHOLE_BODY_LIMIT} bytes is written to the client in one piece; larger responses and those of unknown
 * length (the SSE stream, calendars) are streamed as they arrive.
 * <p>
 * vertx-http-proxy, which forwards everything else, copies each header twice each way and pipes even an empty
 * request body and a small response through stream adapters; on the benchmark's cached GET that was about a tenth
 * of the gateway's CPU per call. What reaches the service and the client is the same either way: the same header
 * rules ({@link ForwardingHeaders}), a {@code Date} added when the service sent none, {@code 501} for a response
 * framed other than by length or chunks.
 */
final class BodilessExchange {

    static final int WHOLE_BODY_LIMIT = 64 * 1024;

    private final GatewayTracing tracing;
    private final UpstreamProblems problems;
    private final HttpDate dates;

    BodilessExchange(GatewayTracing tracing, UpstreamProblems problems, HttpDate dates) {
        this.tracing = tracing;
        this.problems = problems;
        this.dates = dates;
    }

    static boolean appliesTo(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_1_1) {
            return false;
        }
        MultiMap headers = request.headers();
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return (length == null || "0".equals(length)) && !headers.contains(HttpHeaders.TRANSFER_ENCODING);
    }

    void forward(RoutingContext ctx, ForwardedCall call, UpstreamOrigin origin, HttpClient client,
                 UpstreamBreaker breaker) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        origin.open(client).onComplete(opened -> {
            if (opened.failed()) {
                breaker.onFailure();
                problems.send(response, call, request.method(), opened.cause());
                return;
            }
            HttpClientRequest upstreamRequest = opened.result();
            upstreamRequest.setMethod(request.method()).setURI(call.internalUri());
            MultiMap headers = upstreamRequest.headers();
            copy(request.headers(), headers);
            // The client request names the service's authority itself.
            headers.remove(HttpHeaders.HOST);
            ForwardingHeaders.shapeRequest(headers, call);
            Span span = tracing.startClientSpan(ctx, request.method().name(), call.upstream().name(),
                    call.upstream().host(), call.upstream().port(), call.internalUri(), headers);
            // The client went away: the service need not finish (an SSE stream would otherwise run on).
            response.exceptionHandler(gone -> upstreamRequest.reset());
            upstreamRequest.send().onComplete(answered -> {
                if (answered.failed()) {
                    GatewayTracing.endClientSpan(span, 0, answered.cause());
                    if (response.closed()) {
                        // Cut because the client left, not because the service failed: nothing to count or answer.
                        return;
                    }
                    breaker.onFailure();
                    problems.send(response, call, request.method(), answered.cause());
                    return;
                }
                HttpClientResponse upstreamResponse = answered.result();
                breaker.onSuccess();
                GatewayTracing.endClientSpan(span, upstreamResponse.statusCode(), null);
                relay(upstreamResponse, response, call, request.method());
            });
        });
    }

    private void relay(HttpClientResponse upstream, HttpServerResponse response, ForwardedCall call,
                       HttpMethod method) {
        MultiMap upstreamHeaders = upstream.headers();
        if (!ForwardingHeaders.hasValidTransferCoding(upstreamHeaders)) {
            upstream.request().reset();
            response.setStatusCode(501).putHeader(HttpHeaders.CONTENT_LENGTH, "0").end();
            return;
        }
        response.setStatusCode(upstream.statusCode());
        if (upstream.statusMessage() != null) {
            response.setStatusMessage(upstream.statusMessage());
        }
        MultiMap headers = response.headers();
        copy(upstreamHeaders, headers);
        ForwardingHeaders.shapeResponse(headers, call);
        if (!headers.contains(HttpHeaders.DATE)) {
            headers.set(HttpHeaders.DATE, dates.now());
        }
        if (hasNoBody(method, upstream.statusCode()) || hasSmallBody(upstreamHeaders)) {
            SmallBody body = new SmallBody();
            upstream.handler(body::add);
            // The service broke off its answer: the client must not take part of a body for all of it.
            upstream.exceptionHandler(failure -> response.reset());
            upstream.endHandler(end -> response.end(body.whole()));
            return;
        }
        if (!upstreamHeaders.contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        upstream.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            upstream.request().reset();
            response.reset();
        });
    }

    /**
     * Vert.x keeps header names and values as it received or was given them (pre-encoded {@code AsciiString}s
     * among them, such as the internal token); copying them as such, rather than as Strings, keeps them cheap to
     * write.
     */
    private static void copy(MultiMap from, MultiMap to) {
        if (from instanceof io.netty.handler.codec.http.HttpHeaders netty) {
            Iterator<Map.Entry<CharSequence, CharSequence>> headers = netty.iteratorCharSequence();
            while (headers.hasNext()) {
                Map.Entry<CharSequence, CharSequence> header = headers.next();
                to.add(header.getKey(), header.getValue());
            }
            return;
        }
        for (Map.Entry<String, String> header : from) {
            to.add(header.getKey(), header.getValue());
        }
    }

    /**
     * A small body as it arrived. Usually that is one piece, which goes to the client as it is; collecting into a
     * growing buffer, as {@code HttpClientResponse.body()} does, copied every body once more.
     */
    private static final class SmallBody {

        private Buffer first;
        private Buffer joined;

        void add(Buffer piece) {
            if (first == null) {
                first = piece;
                return;
            }
            if (joined == null) {
                joined = Buffer.buffer(2 * first.length() + piece.length()).appendBuffer(first);
            }
            joined.appendBuffer(piece);
        }

        Buffer whole() {
            if (joined != null) {
                return joined;
            }
            return first != null ? first : Buffer.buffer();
        }
    }

    /** RFC 9110 §6.4.1: these responses never have content, whatever their headers say. */
    private static boolean hasNoBody(HttpMethod method, int status) {
        return method == HttpMethod.HEAD || status < 200 || status == 204 || status == 304;
    }

    private static boolean hasSmallBody(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isEmpty() || length.length() > 9) {
            return false;
        }
        for (int i = 0; i < length.length(); i++) {
            if (length.charAt(i) < '0' || length.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(length) <= WHOLE_BODY_LIMIT;
    }
}
