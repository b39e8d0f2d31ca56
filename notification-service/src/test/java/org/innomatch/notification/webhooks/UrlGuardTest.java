package org.innomatch.notification.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The production rules (no loopback allowance) and the dev/test allowance, on literal addresses (no DNS needed). */
class UrlGuardTest {

    private final UrlGuard prod = new UrlGuard(false);
    private final UrlGuard dev = new UrlGuard(true);

    @Test
    void productionAcceptsHttpsToPublicAddressesOnly() {
        assertEquals(Optional.empty(), prod.reject("https://93.184.216.34/hooks"));
        assertEquals(Optional.empty(), prod.reject("https://[2606:2800:220:1:248:1893:25c8:1946]/hooks"));
        for (String url : List.of("http://93.184.216.34/hooks", "https://127.0.0.1/x", "https://localhost/x",
                "https://[::1]/x", "https://10.1.2.3/x", "https://172.16.0.1/x", "https://192.168.1.1/x",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/x", "https://0.0.0.0/x",
                "https://224.0.0.1/x", "https://[fd00::1]/x", "https://[fe80::1]/x", "https://[::ffff:10.0.0.1]/x",
                "https://user:pw@93.184.216.34/x", "hooks/relative", "https://no-such-host.invalid/x", "not a url")) {
            assertTrue(prod.reject(url).isPresent(), url + " accepted");
        }
    }

    @Test
    void productionRefusesEveryAddressThatCarriesOrRoutesToANonPublicIpv4() {
        for (String url : List.of("https://[64:ff9b::a00:1]/x", "https://[64:ff9b::808:808]/x",
                "https://[64:ff9b:1::a00:1]/x", "https://[2002:a00:1::1]/x",
                "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x", "https://[::10.0.0.1]/x",
                "https://[::ffff:0:a00:1]/x", "https://[::ffff:192.0.2.1]/x", "https://192.0.2.1/x",
                "https://198.18.0.1/x", "https://198.19.0.1/x", "https://198.51.100.1/x", "https://203.0.113.1/x",
                "https://100.127.0.1/x", "https://240.0.0.1/x", "https://239.1.1.1/x", "https://[ff0e::1]/x",
                "https://[2001:db8::1]/x")) {
            assertTrue(prod.reject(url).isPresent(), url + " accepted");
        }
    }

    @Test
    void productionAcceptsTheUsualReceiverPortsOnly() {
        for (String url : List.of("https://93.184.216.34/x", "https://93.184.216.34:443/x",
                "https://93.184.216.34:8443/x", "https://93.184.216.34:80/x", "https://93.184.216.34:9443/x")) {
            assertEquals(Optional.empty(), prod.reject(url), url);
        }
        for (String url : List.of("https://93.184.216.34:22/x", "https://93.184.216.34:25/x",
                "https://93.184.216.34:6379/x", "https://93.184.216.34:5432/x", "https://93.184.216.34:9092/x")) {
            assertTrue(prod.reject(url).isPresent(), url + " accepted");
        }
    }

    @Test
    void theCheckNamesTheAddressToConnectToAndTheHostToAnnounce() {
        UrlGuard.Target target = prod.check("https://[2606:2800:220:1:248:1893:25c8:1946]:8443/hooks?x=1")
                .target().orElseThrow();
        assertEquals("2606:2800:220:1:248:1893:25c8:1946", target.host());
        assertEquals("/2606:2800:220:1:248:1893:25c8:1946", target.address().toString());
        assertEquals(8443, target.port());
        assertEquals("/hooks?x=1", target.requestUri());
        assertTrue(target.tls());
        assertEquals(443, prod.check("https://93.184.216.34").target().orElseThrow().port());
        assertEquals("/", prod.check("https://93.184.216.34").target().orElseThrow().requestUri());
    }

    @Test
    void devAndTestAllowLoopbackOverHttpButStillNoPrivateNetworks() {
        assertEquals(Optional.empty(), dev.reject("http://127.0.0.1:8999/hook"));
        assertEquals(Optional.empty(), dev.reject("https://127.0.0.1/hook"));
        assertEquals(Optional.empty(), dev.reject("http://127.0.0.1:6379/hook"));
        assertTrue(dev.reject("https://10.0.0.5/hook").isPresent());
        assertTrue(dev.reject("http://93.184.216.34/hooks").isPresent());
        assertTrue(dev.reject("ftp://127.0.0.1/x").isPresent());
    }
}
