package org.innomatch.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.UUID;

import org.innomatch.gateway.support.EdgeLimitsProfile;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(EdgeLimitsProfile.class)
@WithTestResource(GatewayTestUpstreams.class)
class RateLimitTest {

    // Metrics and health answer on the management interface only, not on the public port.
    @TestHTTPResource(value = "/", management = true)
    URI management;

    private static final int SECONDS_PER_TOKEN = 60 / EdgeLimitsProfile.REFILL_PER_MINUTE;

    @Test
    void aPartnerKeyGetsItsBurstThen429WithRetryAfterAndRateLimitHeaders() {
        String key = createPartnerKey();
        for (int i = 1; i <= EdgeLimitsProfile.PARTNER_CAPACITY; i++) {
            asPartner(key).get("/api/v1/profiles/p1")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY))
                    .header("RateLimit-Remaining", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY - i))
                    .body("service", equalTo("profile-service"));
        }
        Response refused = asPartner(key).header("X-Request-Id", "limited-1").get("/api/v1/profiles/p1");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .body("type", equalTo("https://innomatch.org/problems/rate-limited"))
                .body("instance", equalTo("/api/v1/profiles/p1"))
                .body("requestId", equalTo("limited-1"))
                .header("RateLimit-Limit", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY))
                .header("RateLimit-Remaining", "0");
        assertThat(seconds(refused, "Retry-After"), allOf(greaterThanOrEqualTo(1L), lessThanOrEqualTo((long) SECONDS_PER_TOKEN)));
        // Empty: the whole capacity must come back, at one token per SECONDS_PER_TOKEN.
        assertThat(seconds(refused, "RateLimit-Reset"), allOf(
                greaterThanOrEqualTo((long) (EdgeLimitsProfile.PARTNER_CAPACITY - 1) * SECONDS_PER_TOKEN),
                lessThanOrEqualTo((long) EdgeLimitsProfile.PARTNER_CAPACITY * SECONDS_PER_TOKEN)));
    }

    @Test
    void eachCallerHasItsOwnBucket() {
        String first = createPartnerKey();
        String second = createPartnerKey();
        for (int i = 0; i < EdgeLimitsProfile.PARTNER_CAPACITY; i++) {
            asPartner(first).get("/api/v1/projects/j1").then().statusCode(200);
        }
        asPartner(first).get("/api/v1/projects/j1").then().statusCode(429);
        asPartner(second).get("/api/v1/projects/j1").then().statusCode(200)
                .header("RateLimit-Limit", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY))
                .header("RateLimit-Remaining", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY - 1));
        // The same calls from a browser (Origin: CORS applies) take the other path through the gateway: same bucket.
        given().header("X-API-Key", first).header("Origin", "http://localhost:3000").get("/api/v1/projects/j1")
                .then().statusCode(429).header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("X-API-Key", second).header("Origin", "http://localhost:3000").get("/api/v1/projects/j1")
                .then().statusCode(200)
                .header("RateLimit-Remaining", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY - 2));
    }

    @Test
    void withoutAKeyTheClientAddressIsTheCallerAndTheGatewaysOwnEndpointsAreLimitedToo() {
        // Only this test calls without a key, so the address's bucket starts full.
        given().get("/api/v1/status").then().header("RateLimit-Limit", Integer.toString(EdgeLimitsProfile.DEFAULT_CAPACITY));
        // Refused callers are charged to their address too, so guessing keys runs out of tokens like anything else.
        given().get("/api/v1/nowhere").then().statusCode(401).header("RateLimit-Remaining", "1");
        given().header("X-API-Key", "imk_0000000000000bad_guess").get("/api/v1/taxonomy/sectors").then()
                .statusCode(401).header("RateLimit-Remaining", "0");
        Response refused = given().get("/api/v1/taxonomy/sectors");
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(seconds(refused, "Retry-After"), allOf(greaterThanOrEqualTo(1L), lessThanOrEqualTo((long) SECONDS_PER_TOKEN)));

        // Not limited, even with the bucket empty: the merged OpenAPI document, health, the console.
        given().get("/api/v1/openapi").then().statusCode(200).header("RateLimit-Limit", nullValue());
        given().baseUri(management.resolve("/").toString()).get("/q/health/live").then().statusCode(200)
                .header("RateLimit-Limit", nullValue());
        given().get("/console/").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }

    /** A new partner portal's API key: a bucket of its own, with the partner limit. */
    private static String createPartnerKey() {
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"rate limit test\",\"partnerId\":\"rl-" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("key");
    }

    private static io.restassured.specification.RequestSpecification asPartner(String key) {
        return given().header("X-API-Key", key).when();
    }

    private static long seconds(Response response, String header) {
        String value = response.header(header);
        assertThat(header, value != null);
        return Long.parseLong(value);
    }
}
