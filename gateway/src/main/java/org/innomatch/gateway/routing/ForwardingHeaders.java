package org.innomatch.gateway.routing;

import java.util.List;

import org.innomatch.gateway.http.RequestId;
import org.innomatch.gateway.tracing.TraceContextHeaders;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * What the gateway changes in the headers of a forwarded call, whichever way it is forwarded: the forwarding
 * headers and request id on the way in, hop-by-hop headers dropped both ways, {@code Location} rewritten on the
 * way out.
 */
final class ForwardingHeaders {

    private static final CharSequence X_FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence X_FORWARDED_PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence X_FORWARDED_PREFIX = HttpHeaders.createOptimized("X-Forwarded-Prefix");
    private static final CharSequence X_FORWARDED_HOST = HttpHeaders.createOptimized("X-Forwarded-Host");
    private static final CharSequence FORWARDED = HttpHeaders.createOptimized("Forwarded");
    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized(RequestId.HEADER);
    private static final CharSequence PUBLIC_PREFIX = HttpHeaders.createOptimized(RouteTable.PUBLIC_PREFIX);

    private ForwardingHeaders() {
    }

    /** The headers of the request as the service is to see it; the tracer adds its own trace context after. */
    static void shapeRequest(MultiMap headers, ForwardedCall call) {
        HopByHopHeaders.strip(headers);
        TraceContextHeaders.removeClientCopies(headers);
        headers.set(REQUEST_ID, call.requestId());
        String forwardedFor = headers.get(X_FORWARDED_FOR);
        headers.set(X_FORWARDED_FOR,
                forwardedFor == null ? call.clientAddress() : forwardedFor + ", " + call.clientAddress());
        headers.set(X_FORWARDED_PROTO, call.publicScheme());
        headers.set(X_FORWARDED_PREFIX, PUBLIC_PREFIX);
        if (call.publicAuthority() != null) {
            headers.set(X_FORWARDED_HOST, call.publicAuthority());
        } else {
            headers.remove(X_FORWARDED_HOST);
        }
        // A client-supplied RFC 7239 header would take precedence over ours in the services.
        headers.remove(FORWARDED);
    }

    /** The headers of the service's response as the client is to see them. */
    static void shapeResponse(MultiMap headers, ForwardedCall call) {
        HopByHopHeaders.strip(headers);
        String location = headers.get(HttpHeaders.LOCATION);
        if (location != null) {
            headers.set(HttpHeaders.LOCATION,
                    LocationRewriter.rewrite(location, call.upstream(), call.publicAuthority()));
        }
    }

    /** No {@code Transfer-Encoding} but {@code chunked} may pass: the gateway can frame nothing else. */
    static boolean hasValidTransferCoding(MultiMap headers) {
        List<String> codings = headers.getAll(HttpHeaders.TRANSFER_ENCODING);
        for (String coding : codings) {
            if (!"chunked".equals(coding)) {
                return false;
            }
        }
        return true;
    }
}
