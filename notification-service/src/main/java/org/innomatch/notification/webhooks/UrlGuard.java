package org.innomatch.notification.webhooks;

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
 * host resolves to globally reachable addresses on an allowed port ({@link AddressRules}), so a partner cannot make
 * this service call into our own network (SSRF). Checked on registration and again before every delivery (DNS
 * may change); the delivery then connects to the very address checked ({@link Target#address()}), never resolving
 * the name a second time, so a name that changes between check and call (DNS rebinding) gains nothing. In dev and
 * test, {@code http} and {@code https} to loopback, on any port, are allowed as well, so a receiver on this
 * machine can be used.
 */
@ApplicationScoped
public class UrlGuard {

    private final boolean allowLoopback;

    public UrlGuard(@ConfigProperty(name = "innomatch.webhooks.allow-loopback", defaultValue = "false") boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /**
     * A URL that may be called, and where: connect to {@code address}, but send {@code host} in the Host header
     * and as TLS server name (and verify the certificate against it).
     */
    public record Target(URI uri, String host, int port, boolean tls, InetAddress address) {

        /** Path and query as sent in the request line. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Either the target to call or why the URL may not be called. */
    public record Checked(Optional<Target> target, Optional<String> refusal) {

        /** For a delivery whose webhook is gone: nothing to call. */
        public static Checked deleted() {
            return refused("webhook was deleted");
        }

        static Checked refused(String why) {
            return new Checked(Optional.empty(), Optional.of(why));
        }
    }

    /** Empty when the URL may be called, else why not. */
    public Optional<String> reject(String url) {
        return check(url).refusal();
    }

    /** Resolves the URL's host once and checks every address it resolves to; the first one is the target. */
    public Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Checked.refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || host.isBlank()) {
            return Checked.refused("must be an absolute https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Checked.refused("must not carry user info");
        }
        if (!scheme.equals("https") && !(allowLoopback && scheme.equals("http"))) {
            return Checked.refused("must use https");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Checked.refused("host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress()) {
                if (!allowLoopback) {
                    return Checked.refused("must not point to a loopback address");
                }
            } else if (!tls) {
                return Checked.refused("must use https");
            } else {
                Optional<String> refused = AddressRules.refusal(a)
                        .map(why -> "must not point to " + a.getHostAddress() + ", which " + why)
                        .or(() -> AddressRules.portRefusal(port).map(why -> "must not use " + why));
                if (refused.isPresent()) {
                    return Checked.refused(refused.get());
                }
            }
        }
        // Host header and TLS server name: the name as written, without IPv6 brackets.
        String hostName = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new Checked(Optional.of(new Target(uri, hostName, port, tls, addresses[0])), Optional.empty());
    }
}
