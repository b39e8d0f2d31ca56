package org.innomatch.notification.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which webhook URLs may be called. In production ({@code allow-loopback=false}) only {@code https} URLs whose
 * host resolves to public addresses: no loopback, private, link-local, multicast, unique-local or wildcard
 * address, so a partner cannot make this service call into our own network (SSRF). Checked on registration and
 * again before every delivery (DNS may change). In dev and test, {@code http} and {@code https} to loopback are
 * allowed as well, so a receiver on this machine can be used.
 */
@ApplicationScoped
public class UrlGuard {

    private final boolean allowLoopback;

    public UrlGuard(@ConfigProperty(name = "innomatch.webhooks.allow-loopback", defaultValue = "false") boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Empty when the URL may be called, else why not. */
    public Optional<String> reject(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isBlank()) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry user info");
        }
        if (!scheme.equals("https") && !(allowLoopback && scheme.equals("http"))) {
            return Optional.of("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress()) {
                if (!allowLoopback) {
                    return Optional.of("must not point to a loopback address");
                }
            } else if (scheme.equals("http")) {
                return Optional.of("must use https");
            } else if (isInternal(a)) {
                return Optional.of("must not point to a private, link-local or multicast address (" + a.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240;                            // reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;                       // unique local fc00::/7
        }
        return false;
    }
}
