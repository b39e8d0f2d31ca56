package org.innomatch.gateway.routing;

import java.util.Map;

import org.innomatch.gateway.support.GatewayTestUpstreams;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The same expectations with {@code innomatch.gateway.direct-bodiless-calls=false}: every call through
 * vertx-http-proxy, so both ways of forwarding are held to one standard.
 */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
@TestProfile(ForwardingThroughTheProxyOnlyTest.ProxyOnly.class)
class ForwardingThroughTheProxyOnlyTest extends BodilessExchangeTest {

    public static class ProxyOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("innomatch.gateway.direct-bodiless-calls", "false");
        }
    }
}
