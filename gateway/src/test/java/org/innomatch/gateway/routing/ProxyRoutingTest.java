package org.innomatch.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.innomatch.gateway.support.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every route of the table, through the real proxy, to fake services on loopback. All four services are up here. */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class ProxyRoutingTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeAll
    static void everyServiceUp() {
        GatewayTestUpstreams.matchingService().start();
    }

    @AfterAll
    static void matchingServiceDownAgain() {
        GatewayTestUpstreams.matchingService().stop();
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/profiles/p1/recommendations/projects", "matching-service", "/profiles/p1/recommendations/projects"),
                Arguments.of("GET", "/api/v1/profiles/p1/recommendations/partners", "matching-service", "/profiles/p1/recommendations/partners"),
                Arguments.of("POST", "/api/v1/profiles/p1/interests", "matching-service", "/profiles/p1/interests"),
                Arguments.of("GET", "/api/v1/projects/j1/recommendations/participants", "matching-service", "/projects/j1/recommendations/participants"),
                Arguments.of("POST", "/api/v1/events/e1/meetings", "matching-service", "/events/e1/meetings"),
                Arguments.of("POST", "/api/v1/events/e1/meetings/m1/accept", "matching-service", "/events/e1/meetings/m1/accept"),
                Arguments.of("POST", "/api/v1/events/e1/schedule", "matching-service", "/events/e1/schedule"),
                Arguments.of("GET", "/api/v1/events/e1/agenda", "matching-service", "/events/e1/agenda"),
                Arguments.of("GET", "/api/v1/events/e1/stats", "matching-service", "/events/e1/stats"),
                Arguments.of("GET", "/api/v1/profiles/p1/notifications", "notification-service", "/profiles/p1/notifications"),
                Arguments.of("GET", "/api/v1/profiles/p1/notifications/stream", "notification-service", "/profiles/p1/notifications/stream"),
                Arguments.of("POST", "/api/v1/notifications/n1/read", "notification-service", "/notifications/n1/read"),
                Arguments.of("POST", "/api/v1/webhooks", "notification-service", "/webhooks"),
                Arguments.of("DELETE", "/api/v1/webhooks/w1", "notification-service", "/webhooks/w1"),
                Arguments.of("GET", "/api/v1/profiles", "profile-service", "/profiles"),
                Arguments.of("PUT", "/api/v1/profiles/p1", "profile-service", "/profiles/p1"),
                Arguments.of("PATCH", "/api/v1/profiles/p1", "profile-service", "/profiles/p1"),
                Arguments.of("DELETE", "/api/v1/profiles/p1", "profile-service", "/profiles/p1"),
                Arguments.of("GET", "/api/v1/taxonomy/sectors", "profile-service", "/taxonomy/sectors"),
                Arguments.of("GET", "/api/v1/projects", "project-service", "/projects"),
                Arguments.of("POST", "/api/v1/projects/j1/publish", "project-service", "/projects/j1/publish"),
                Arguments.of("GET", "/api/v1/events", "project-service", "/events"),
                Arguments.of("POST", "/api/v1/events/e1/registrations", "project-service", "/events/e1/registrations"));
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @MethodSource("routes")
    void forwardsToTheOwningServiceWithTheInternalPath(String method, String publicPath, String service, String internalPath) {
        given().header("X-Partner-Trace", "abc")
                .queryParam("limit", "5").queryParam("q", "solar cells")
                .when().request(method, publicPath)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo(method))
                .body("path", equalTo(internalPath))
                .body("query", equalTo("limit=5&q=solar%20cells"))
                .body("headers.'x-partner-trace'", contains("abc"));
    }

    @Test
    void setsForwardingHeadersAndTheUpstreamHost() {
        given().header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=198.51.100.1;host=evil.example")
                .when().get("/api/v1/profiles/p1")
                .then().statusCode(200)
                .body("headers.'x-forwarded-for'", contains("203.0.113.7, 127.0.0.1"))
                .body("headers.'x-forwarded-proto'", contains("http"))
                .body("headers.'x-forwarded-host'", contains(gateway.getHost() + ":" + gateway.getPort()))
                .body("headers.'x-forwarded-prefix'", contains("/api/v1"))
                .body("headers.host", contains(URI.create(GatewayTestUpstreams.profileService().url()).getAuthority()))
                .body("headers.forwarded", nullValue());
    }

    @Test
    void streamsAOneMegabyteBodyIntact() throws Exception {
        byte[] body = new byte[1024 * 1024];
        new Random(42).nextBytes(body);
        given().contentType("application/octet-stream").body(body)
                .when().post("/api/v1/projects")
                .then().statusCode(200)
                .body("service", equalTo("project-service"))
                .body("bodyBytes", equalTo(body.length))
                .body("bodySha256", equalTo(sha256(body)))
                .body("headers.'content-length'", contains(Integer.toString(body.length)));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void streamsAChunkedBodyOfUnknownLengthIntact(HttpClient.Version version) throws Exception {
        byte[] body = new byte[1024 * 1024 + 17];
        new Random(7).nextBytes(body);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/profiles"))
                .header("Content-Type", "application/octet-stream")
                .header("X-API-Key", TestCredentials.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(version).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode echo = new ObjectMapper().readTree(response.body());
        assertEquals(body.length, echo.path("bodyBytes").asLong());
        assertEquals(sha256(body), echo.path("bodySha256").asText());
        if (version == HttpClient.Version.HTTP_1_1) {
            assertThat(echo.path("headers").path("transfer-encoding").path(0).asText(), equalTo("chunked"));
        }
    }

    @Test
    void streamsALargeResponseIntact() {
        int size = 3 * 1024 * 1024 + 5;
        byte[] received = given().header("X-Fake-Response-Bytes", size)
                .when().get("/api/v1/events/e1/agenda")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(size, received.length);
    }

    @Test
    void rewritesLocationToThePublicPath() {
        given().header("X-Fake-Location", "{self}/profiles/123")
                .when().post("/api/v1/profiles")
                .then().statusCode(201).header("Location", equalTo("/api/v1/profiles/123"));
        given().header("X-Fake-Location", "/events/e9/registrations/r1?x=1")
                .when().post("/api/v1/events/e9/registrations")
                .then().statusCode(201).header("Location", equalTo("/api/v1/events/e9/registrations/r1?x=1"));
        given().header("X-Fake-Location", "https://example.org/elsewhere")
                .when().post("/api/v1/profiles")
                .then().statusCode(201).header("Location", equalTo("https://example.org/elsewhere"));
    }

    @Test
    void dropsHopByHopHeadersBothWays() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway, """
                GET /api/v1/profiles/p1 HTTP/1.1\r
                Host: gateway.test\r
                Connection: close, X-Client-Secret\r
                X-Client-Secret: hidden\r
                Keep-Alive: timeout=5\r
                Proxy-Authorization: Basic Zm9vOmJhcg==\r
                TE: trailers\r
                X-Fake-Hop: yes\r
                X-Kept: yes\r
                X-API-Key: %s\r
                \r
                """.formatted(TestCredentials.ADMIN_KEY));
        assertEquals(200, response.status());
        JsonNode received = new ObjectMapper().readTree(response.body()).path("headers");
        assertThat(received.has("x-client-secret"), equalTo(false));
        assertThat(received.has("keep-alive"), equalTo(false));
        assertThat(received.has("proxy-authorization"), equalTo(false));
        assertThat(received.has("te"), equalTo(false));
        assertThat(received.path("x-kept").path(0).asText(), equalTo("yes"));
        assertThat(received.path("x-forwarded-host").path(0).asText(), equalTo("gateway.test"));
        assertThat(response.headers().keySet(), not(hasItem("x-upstream-secret")));
        assertThat(response.headers().keySet(), not(hasItem("keep-alive")));
    }

    @Test
    void resolvesDotSegmentsBeforeRoutingSoInternalPathsStayHidden() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/profiles/%2e%2e/diagnostics/pings")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void answersUnknownPublicPathsWithAProblem() {
        Response response = given().header("X-Request-Id", "unknown-path-1")
                .when().get("/api/v1/nothing-here");
        response.then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/v1/nothing-here"))
                .body("requestId", equalTo("unknown-path-1"))
                .body("type", startsWith("https://"));
        given().when().delete("/api/v1/diagnostics/pings").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/status/extra").then().statusCode(404).contentType("application/problem+json");
    }

    private static String sha256(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }
}
