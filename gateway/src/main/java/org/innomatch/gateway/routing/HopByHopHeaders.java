package org.innomatch.gateway.routing;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.MultiMap;

/**
 * Headers that describe one connection rather than the message (RFC 9110 §7.6.1) and must not cross the gateway:
 * the fixed set, plus any header the sender named in its {@code Connection} header.
 */
final class HopByHopHeaders {

    private static final List<String> ALWAYS = List.of(
            "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    static void strip(MultiMap headers) {
        List<String> named = new ArrayList<>();
        for (String value : headers.getAll("connection")) {
            for (String token : value.split(",")) {
                String name = token.trim();
                if (!name.isEmpty()) {
                    named.add(name);
                }
            }
        }
        named.forEach(headers::remove);
        ALWAYS.forEach(headers::remove);
    }
}
