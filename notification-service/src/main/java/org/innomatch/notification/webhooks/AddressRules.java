package org.innomatch.notification.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses and ports a webhook may be delivered to: only globally reachable unicast addresses, so that a
 * partner cannot make this service call into our own network or a neighbour's (SSRF).
 *
 * <p>IPv4: everything in the IANA special-purpose registry that is not globally reachable is refused (private,
 * loopback, link-local, carrier-grade NAT, documentation, benchmarking, reserved, multicast, broadcast).
 * IPv6: only global unicast (2000::/3) is accepted, minus its special blocks. The IPv6 forms that carry an IPv4
 * address and are turned back into IPv4 by some relay or translator (NAT64 64:ff9b::/96 and 64:ff9b:1::/48,
 * 6to4 2002::/16, Teredo 2001::/32, IPv4-compatible ::a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d) are refused
 * outright: where such a packet ends up depends on relays we do not control. An IPv4-mapped address
 * (::ffff:a.b.c.d) is the IPv4 address itself and is judged by the IPv4 rules.
 *
 * <p>Ports: 443, 8443 and 80 (the ports a receiver is expected on), and 1024–65535 except the ports of
 * well-known internal services (databases, brokers, orchestration and cache APIs, and the ports of this
 * system), which have no business receiving webhooks and are the usual targets of an SSRF. Other ports below
 * 1024 (SSH, SMTP, …) are refused.
 */
public final class AddressRules {

    /** Ports of internal services that a webhook may never target, even on a public address. */
    static final Set<Integer> INTERNAL_SERVICE_PORTS = Set.of(
            1433, 1521, 2375, 2376, 2379, 2380, 3306, 4369, 5432, 5433, 5672, 5984, 6379, 6443, 7000, 7001,
            8080, 8081, 8082, 8083, 8084, 8500, 8600, 9000, 9042, 9092, 9093, 9200, 9300, 10250, 10255, 11211,
            15672, 25672, 27017, 27018, 27019);

    private static final List<Block> IPV4_REFUSED = List.of(
            new Block("0.0.0.0", 8, "a \"this network\" address"),
            new Block("10.0.0.0", 8, "a private address"),
            new Block("100.64.0.0", 10, "a carrier-grade NAT address"),
            new Block("127.0.0.0", 8, "a loopback address"),
            new Block("169.254.0.0", 16, "a link-local address"),
            new Block("172.16.0.0", 12, "a private address"),
            new Block("192.0.0.0", 24, "an IETF protocol assignment"),
            new Block("192.0.2.0", 24, "a documentation address"),
            new Block("192.88.99.0", 24, "a 6to4 relay anycast address"),
            new Block("192.168.0.0", 16, "a private address"),
            new Block("198.18.0.0", 15, "a benchmarking address"),
            new Block("198.51.100.0", 24, "a documentation address"),
            new Block("203.0.113.0", 24, "a documentation address"),
            new Block("224.0.0.0", 4, "a multicast address"),
            new Block("240.0.0.0", 4, "a reserved or broadcast address"));

    private static final Block IPV6_GLOBAL_UNICAST = new Block("2000::", 3, "a global unicast address");

    private static final List<Block> IPV6_REFUSED = List.of(
            new Block("::ffff:0:0:0", 96, "an IPv4-translated address"),
            new Block("64:ff9b::", 96, "a NAT64 address"),
            new Block("64:ff9b:1::", 48, "a NAT64 address"),
            new Block("2001::", 32, "a Teredo address"),
            new Block("2001::", 23, "an IETF protocol assignment"),
            new Block("2001:db8::", 32, "a documentation address"),
            new Block("2002::", 16, "a 6to4 address"),
            new Block("3fff::", 20, "a documentation address"),
            new Block("fc00::", 7, "a unique local address"),
            new Block("fe80::", 10, "a link-local address"),
            new Block("ff00::", 8, "a multicast address"));

    private AddressRules() {
    }

    /** Empty when a webhook may be delivered to {@code address}, else why not. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusedIpv4(bytes);
        }
        if (!(address instanceof Inet6Address)) {
            return Optional.of("is not an IP address");
        }
        if (isMapped(bytes)) {
            return refusedIpv4(Arrays.copyOfRange(bytes, 12, 16))
                    .map(why -> why + " (IPv4-mapped " + ipv4(bytes) + ")");
        }
        for (Block block : IPV6_REFUSED) {
            if (block.contains(bytes)) {
                return Optional.of("is " + block.name());
            }
        }
        if (isCompatible(bytes)) {
            return Optional.of("is an IPv4-compatible address (" + ipv4(bytes) + ")");
        }
        if (!IPV6_GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of("is not a global unicast address");
        }
        return Optional.empty();
    }

    /** Empty when a webhook may be delivered to {@code port} of a public address, else which port and why not. */
    public static Optional<String> portRefusal(int port) {
        if (port == 443 || port == 8443 || port == 80) {
            return Optional.empty();
        }
        if (port < 1024 || port > 65535) {
            return Optional.of("port " + port + ", which is not 443, 8443, 80 or in 1024-65535");
        }
        if (INTERNAL_SERVICE_PORTS.contains(port)) {
            return Optional.of("port " + port + ", the port of an internal service");
        }
        return Optional.empty();
    }

    private static Optional<String> refusedIpv4(byte[] bytes) {
        for (Block block : IPV4_REFUSED) {
            if (block.contains(bytes)) {
                return Optional.of("is " + block.name());
            }
        }
        return Optional.empty();
    }

    private static boolean isMapped(byte[] b) {
        return zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** ::a.b.c.d, but not :: and ::1 (refused as not global unicast anyway). */
    private static boolean isCompatible(byte[] b) {
        return zero(b, 0, 12);
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String ipv4(byte[] b) {
        return (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
    }

    private record Block(byte[] prefix, int length, String name) {

        Block(String literal, int length, String name) {
            this(parse(literal), length, name);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = length / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = length % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }

        private static byte[] parse(String literal) {
            try {
                // A literal: no name lookup happens.
                byte[] bytes = InetAddress.getByName(literal).getAddress();
                return literal.contains(":") && bytes.length == 4 ? toMapped(bytes) : bytes;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        private static byte[] toMapped(byte[] ipv4) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(ipv4, 0, mapped, 12, 4);
            return mapped;
        }
    }
}
