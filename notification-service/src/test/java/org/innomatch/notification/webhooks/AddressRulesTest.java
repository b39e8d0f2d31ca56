package org.innomatch.notification.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address and port rules on literal addresses: plain, no DNS, milliseconds. */
class AddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0",
            "198.17.255.255", "198.20.0.0", "223.255.255.255", "192.0.3.1", "2606:2800:220:1:248:1893:25c8:1946",
            "2a00:1450:4001:82a::200e", "2001:4860:4860::8888", "2003::1"})
    void acceptsGloballyReachableUnicast(String literal) throws Exception {
        assertEquals(Optional.empty(), AddressRules.refusal(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.1.2.3", "100.64.0.1", "100.127.255.255", "127.0.0.1",
            "127.8.8.8", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1",
            "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9",
            "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255"})
    void refusesIpv4ThatIsNotGloballyReachable(String literal) throws Exception {
        assertTrue(AddressRules.refusal(InetAddress.getByName(literal)).isPresent(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "64:ff9b::808:808", "64:ff9b::a00:1", "64:ff9b:1::808:808",
            "2002:808:808::1", "2002:a00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1",
            "2001:10::1", "3fff::1", "::8.8.8.8", "::10.0.0.1", "::ffff:0:8.8.8.8", "::ffff:0:a00:1",
            "100::1", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1", "ff0e::1"})
    void refusesIpv6OutsideGlobalUnicastAndEveryFormCarryingIpv4(String literal) throws Exception {
        assertTrue(AddressRules.refusal(InetAddress.getByName(literal)).isPresent(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "127.0.0.1", "192.0.2.1", "198.18.0.1", "100.64.0.1", "240.0.0.1"})
    void judgesAnIpv4MappedAddressByTheIpv4Rules(String ipv4) throws Exception {
        assertTrue(AddressRules.refusal(mapped(ipv4)).isPresent(), "::ffff:" + ipv4);
        assertTrue(AddressRules.refusal(mapped(ipv4)).get().contains("IPv4-mapped " + ipv4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34"})
    void acceptsAnIpv4MappedPublicAddress(String ipv4) throws Exception {
        assertEquals(Optional.empty(), AddressRules.refusal(mapped(ipv4)));
    }

    @ParameterizedTest
    @ValueSource(ints = {443, 8443, 80, 1024, 3000, 8000, 8444, 9443, 65535})
    void acceptsTheUsualReceiverPorts(int port) {
        assertEquals(Optional.empty(), AddressRules.portRefusal(port));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, 22, 25, 110, 1023, 2375, 3306, 5432, 6379, 6443, 8080, 9000, 9092, 9200, 10250,
            11211, 27017, 65536})
    void refusesLowAndInternalServicePorts(int port) {
        assertTrue(AddressRules.portRefusal(port).isPresent(), String.valueOf(port));
    }

    /** An IPv4-mapped IPv6 address object: InetAddress.getByName would turn the literal into IPv4 itself. */
    private static InetAddress mapped(String ipv4) throws UnknownHostException {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return Inet6Address.getByAddress(null, v6, -1);
    }
}
