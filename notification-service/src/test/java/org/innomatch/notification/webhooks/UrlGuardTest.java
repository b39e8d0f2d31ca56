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
    void devAndTestAllowLoopbackOverHttpButStillNoPrivateNetworks() {
        assertEquals(Optional.empty(), dev.reject("http://127.0.0.1:8999/hook"));
        assertEquals(Optional.empty(), dev.reject("https://127.0.0.1/hook"));
        assertTrue(dev.reject("https://10.0.0.5/hook").isPresent());
        assertTrue(dev.reject("http://93.184.216.34/hooks").isPresent());
        assertTrue(dev.reject("ftp://127.0.0.1/x").isPresent());
    }
}
