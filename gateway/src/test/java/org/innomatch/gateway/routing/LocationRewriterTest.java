package org.innomatch.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;

import org.innomatch.gateway.upstreams.Upstream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationRewriterTest {

    private static final Upstream PROFILES = new Upstream("profile-service", URI.create("http://profile-service:8081"),
            Duration.ofSeconds(10));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "http://profile-service:8081/profiles/123, /api/v1/profiles/123",
            "HTTP://PROFILE-SERVICE:8081/profiles/123?x=1#top, /api/v1/profiles/123?x=1#top",
            "/profiles/123, /api/v1/profiles/123",
            "https://api.innomatch.org/profiles/123, /api/v1/profiles/123",
            "https://api.innomatch.org/api/v1/profiles/123, /api/v1/profiles/123",
            "/api/v1/profiles/123, /api/v1/profiles/123",
            "http://profile-service:9999/profiles/123, http://profile-service:9999/profiles/123",
            "https://example.org/profiles/123, https://example.org/profiles/123",
            "123, 123",
            "'http://bad host/x', 'http://bad host/x'" })
    void rewritesOnlyLocationsThatPointAtTheServiceOrTheGateway(String location, String expected) {
        assertEquals(expected, LocationRewriter.rewrite(location, PROFILES, "api.innomatch.org"));
    }
}
