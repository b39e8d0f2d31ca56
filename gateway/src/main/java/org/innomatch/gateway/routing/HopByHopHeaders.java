package org.innomatch.gateway.routing;

import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * Headers that describe one connection rather than the message (RFC 9110 §7.6.1) and must not cross the gateway:
 * the fixed set, plus any header the sender named in its {@code Connection} header.
 */
final class HopByHopHeaders {

    // Pre-encoded names hash once, not on every lookup; this runs twice per proxied call.
    private static final CharSequence CONNECTION = HttpHeaders.CONNECTION;
    private static final List<CharSequence> ALWAYS = List.of(
            HttpHeaders.CONNECTION, HttpHeaders.KEEP_ALIVE, HttpHeaders.createOptimized("proxy-connection"),
            HttpHeaders.PROXY_AUTHENTICATE, HttpHeaders.PROXY_AUTHORIZATION, HttpHeaders.createOptimized("te"),
            HttpHeaders.createOptimized("trailer"), HttpHeaders.TRANSFER_ENCODING, HttpHeaders.UPGRADE);

    private HopByHopHeaders() {
    }

    static void strip(MultiMap headers) {
        List<String> connection = headers.getAll(CONNECTION);
        for (String value : connection) {
            for (String token : value.split(",")) {
                String name = token.trim();
                if (!name.isEmpty()) {
                    headers.remove(name);
                }
            }
        }
        for (CharSequence name : ALWAYS) {
            headers.remove(name);
        }
    }
}
