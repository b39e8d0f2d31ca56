package org.innomatch.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Random;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * matching-service is down (nothing listens on its port); notification-service answers whenever it is told to,
 * with a 1 s response timeout configured for it.
 */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class UpstreamFailureTest {

    @Test
    void aDownServiceGets503ProblemNamingItFast() {
        long start = System.nanoTime();
        given().header("X-Request-Id", "down-1")
                .when().get("/api/v1/profiles/p1/recommendations/projects")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"))
                .body("detail", equalTo("matching-service is unavailable"))
                .body("instance", equalTo("/api/v1/profiles/p1/recommendations/projects"))
                .body("requestId", equalTo("down-1"))
                .body("type", notNullValue());
        assertThat("answered within 2 s", millisSince(start), lessThan(2_000L));
    }

    @Test
    void aDownServiceStillDrainsTheRequestBodyAndAnswers503() {
        byte[] body = new byte[512 * 1024];
        new Random(3).nextBytes(body);
        long start = System.nanoTime();
        given().contentType("application/octet-stream").body(body)
                .when().post("/api/v1/events/e1/meetings")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", equalTo("matching-service is unavailable"));
        assertThat("answered within 2 s", millisSince(start), lessThan(2_000L));
        // The connection is still usable for the next call.
        given().when().get("/api/v1/profiles/p1").then().statusCode(200).body("service", equalTo("profile-service"));
    }

    @Test
    void aServiceSlowerThanItsTimeoutGets504ProblemWithinTheTimeout() {
        long start = System.nanoTime();
        given().header("X-Fake-Delay-Ms", "4000")
                .when().get("/api/v1/notifications/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504))
                .body("title", equalTo("Gateway Timeout"))
                .body("detail", equalTo("notification-service did not answer within "
                        + GatewayTestUpstreams.NOTIFICATION_TIMEOUT_MILLIS + " ms"));
        long millis = millisSince(start);
        assertThat("waited for the timeout", millis, greaterThanOrEqualTo(GatewayTestUpstreams.NOTIFICATION_TIMEOUT_MILLIS));
        assertThat("no longer than the timeout plus a margin", millis,
                lessThan(GatewayTestUpstreams.NOTIFICATION_TIMEOUT_MILLIS + 1_500));
    }

    @Test
    void aServiceJustUnderItsTimeoutIsAnswered() {
        given().header("X-Fake-Delay-Ms", "300")
                .when().get("/api/v1/notifications/n1")
                .then().statusCode(200).body("service", equalTo("notification-service"));
    }

    @Test
    void aServiceThatComesBackIsReachedAgain() {
        given().when().get("/api/v1/events/e1/agenda").then().statusCode(503);
        GatewayTestUpstreams.matchingService().start();
        try {
            given().when().get("/api/v1/events/e1/agenda").then().statusCode(200)
                    .body("service", equalTo("matching-service"));
        } finally {
            GatewayTestUpstreams.matchingService().stop();
        }
        given().when().get("/api/v1/events/e1/agenda").then().statusCode(503);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
