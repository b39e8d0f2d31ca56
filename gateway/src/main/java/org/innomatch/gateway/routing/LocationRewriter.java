package org.innomatch.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;

import org.innomatch.gateway.upstreams.Upstream;

/**
 * Turns a {@code Location} a service wrote about itself into the public path a client can follow:
 * {@code http://profile-service:8081/profiles/123} → {@code /api/v1/profiles/123}. Locations pointing anywhere else
 * (another site, a relative reference without a leading slash) pass unchanged.
 */
final class LocationRewriter {

    private LocationRewriter() {
    }

    /**
     * @param location        the header value the upstream sent
     * @param upstream        the service that sent it
     * @param publicAuthority the host (and port) the client called, in case the service built the URL from
     *                        {@code X-Forwarded-Host}
     */
    static String rewrite(String location, Upstream upstream, String publicAuthority) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return location;
        }
        boolean pathOnly = uri.getScheme() == null && uri.getRawAuthority() == null;
        boolean pointsAtUs = uri.getScheme() != null
                && (sameServer(uri, upstream.host(), upstream.port()) || sameAuthority(uri, publicAuthority));
        if (!pathOnly && !pointsAtUs) {
            return location;
        }
        boolean alreadyPublic = path.equals(RouteTable.PUBLIC_PREFIX) || path.startsWith(RouteTable.PUBLIC_PREFIX + "/");
        StringBuilder rewritten = new StringBuilder(alreadyPublic ? path : RouteTable.publicPath(path));
        if (uri.getRawQuery() != null) {
            rewritten.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            rewritten.append('#').append(uri.getRawFragment());
        }
        return rewritten.toString();
    }

    private static boolean sameServer(URI uri, String host, int port) {
        return host.equalsIgnoreCase(uri.getHost()) && effectivePort(uri) == port;
    }

    private static boolean sameAuthority(URI uri, String authority) {
        return authority != null && authority.equalsIgnoreCase(uri.getRawAuthority());
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
