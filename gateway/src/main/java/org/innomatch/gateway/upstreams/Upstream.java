package org.innomatch.gateway.upstreams;

import java.net.URI;
import java.time.Duration;

/**
 * One service behind the gateway.
 *
 * @param name            the service's name, used in routes, problems and logs ({@code profile-service})
 * @param url             its base address ({@code http://profile-service:8081})
 * @param responseTimeout how long a proxied call may wait for its response headers
 */
public record Upstream(String name, URI url, Duration responseTimeout) {

    public String host() {
        return url.getHost();
    }

    public int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    public boolean tls() {
        return "https".equalsIgnoreCase(url.getScheme());
    }
}
