package org.innomatch.gateway.requestid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A URI over {@code innomatch.http.max-uri-length} (4000) is refused by the gateway with a 414 problem, before it
 * could reach a service, whose own limit (a 4096-byte request line) would answer a bare 414.
 */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class UriLengthTest {

    private static final String PROFILES = "/api/v1/profiles/";

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aUriAtTheLimitIsForwarded() {
        String path = PROFILES + "p".repeat(4000 - PROFILES.length());
        given().when().get(path).then().statusCode(200).body("service", equalTo("profile-service"));
    }

    @Test
    void aLongerUriForAServiceIs414Problem() {
        String path = PROFILES + "p".repeat(4001 - PROFILES.length());
        tooLong(given().header("X-Request-Id", "long-1").when().get(path), 4001, "long-1");
    }

    @Test
    void aLongerUriFromABrowserOrForTheGatewayItselfIs414ProblemToo() {
        String query = "?q=" + "x".repeat(4500);
        tooLong(given().header("X-Request-Id", "long-2").header("Origin", "http://localhost:3000")
                .when().get("/api/v1/profiles/p1" + query), "/api/v1/profiles/p1".length() + query.length(),
                "long-2")
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
        tooLong(given().header("X-Request-Id", "long-3").when().get("/api/v1/status" + query),
                "/api/v1/status".length() + query.length(), "long-3");
    }

    /** Documents the limit of this approach: Vert.x answers a request line over 8192 bytes before any handler. */
    @Test
    void aRequestLineOverVertxLimitStillGetsVertxBare414() throws Exception {
        RawHttp.Response response = RawHttp.exchange(gateway, "GET " + PROFILES + "p".repeat(8200)
                + " HTTP/1.1\r\nHost: gateway.test\r\nConnection: close\r\n\r\n");
        assertEquals(414, response.status());
    }

    private static io.restassured.response.ValidatableResponse tooLong(Response response, int length,
            String requestId) {
        return response.then().statusCode(414)
                .contentType("application/problem+json")
                .header("X-Request-Id", requestId)
                .body("status", equalTo(414))
                .body("title", equalTo("URI Too Long"))
                .body("detail", equalTo("The request URI is " + length + " characters long; the limit is 4000"))
                .body("instance", nullValue())
                .body("requestId", equalTo(requestId));
    }
}
