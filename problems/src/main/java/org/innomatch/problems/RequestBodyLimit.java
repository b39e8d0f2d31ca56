package org.innomatch.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose {@code Content-Length} exceeds {@code innomatch.http.max-body-size} (default 64K) with
 * a 413 problem, before any of the body is read.
 *
 * <p>Only a declared length can be checked up front. A chunked body has none, so a service must also set
 * {@code quarkus.http.limits.max-body-size} to the same value: Quarkus then cuts off a chunked body that grows
 * too large (with a bare 413, as the body is already being read by then).
 */
@ApplicationScoped
public class RequestBodyLimit {

    public static final String CONFIG_KEY = "innomatch.http.max-body-size";

    // Just before Quarkus' own Content-Length check (which answers 413 without a body); after the access log,
    // CORS and header handlers, so a refused request is still logged and answered with CORS headers.
    static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final long maxBytes;

    public RequestBodyLimit(@ConfigProperty(name = CONFIG_KEY, defaultValue = "64K") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    public long maxBytes() {
        return maxBytes;
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request());
        if (declared <= maxBytes) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        String requestId = RequestIds.resolve(request.getHeader(RequestIds.HEADER));
        Problem problem = new Problem(ProblemTypes.BODY_TOO_LARGE, HttpStatusTitles.of(413), 413,
                "The request body of " + declared + " bytes exceeds the limit of " + describe(maxBytes),
                PublicPaths.of(request), null, requestId);
        var response = context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId);
        if (request.version() != HttpVersion.HTTP_2) {
            // The unread body would otherwise have to be received and thrown away before the next request.
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        response.end(Buffer.buffer(ProblemJson.toBytes(problem)));
    }

    /** The Content-Length, or -1 when there is none (chunked) or it is not a number (the codec rejects those). */
    private static long declaredLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes + " bytes (" + bytes / (1024 * 1024) + " MiB)";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes + " bytes (" + bytes / 1024 + " KiB)";
        }
        return bytes + " bytes";
    }
}
