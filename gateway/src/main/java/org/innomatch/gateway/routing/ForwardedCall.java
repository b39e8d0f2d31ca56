package org.innomatch.gateway.routing;

import org.innomatch.gateway.upstreams.Upstream;

/**
 * One client call on its way to a service, with everything the proxy needs to know about it.
 *
 * @param upstream        the owning service
 * @param publicPath      the normalised path the client called ({@code /api/v1/profiles/1})
 * @param internalUri     path and query as the service expects them ({@code /profiles/1?fields=name})
 * @param requestId       the settled {@code X-Request-Id}
 * @param clientAddress   the peer's IP address, appended to {@code X-Forwarded-For}
 * @param publicScheme    {@code http} or {@code https}, as the client connected
 * @param publicAuthority the {@code Host} the client called, for {@code X-Forwarded-Host}
 */
record ForwardedCall(Upstream upstream, String publicPath, String internalUri, String requestId,
        String clientAddress, String publicScheme, String publicAuthority) {
}
