package org.innomatch.gateway.breaker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.EdgeLimitsProfile;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * matching-service is down (nothing listens); notification-service answers, as slowly as it is told to, with a
 * 1 s response timeout. The breaker opens after {@link EdgeLimitsProfile#FAILURE_THRESHOLD} failures in a row and
 * probes again after {@link EdgeLimitsProfile#OPEN_DELAY_MILLIS}.
 */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@TestProfile(EdgeLimitsProfile.class)
@WithTestResource(GatewayTestUpstreams.class)
class CircuitBreakerTest {

    @Test
    void aDownServiceOpensItsBreakerThenAProbeClosesItWhenTheServiceIsBack() throws Exception {
        for (int i = 0; i < EdgeLimitsProfile.FAILURE_THRESHOLD; i++) {
            admin().get("/api/v1/events/e1/agenda").then().statusCode(503)
                    .body("detail", equalTo("matching-service is unavailable"))
                    .header("Retry-After", nullValue());
        }
        // Open: refused without trying, saying when to come back.
        GatewayTestUpstreams.matchingService().start();
        try {
            admin().header("X-Request-Id", "open-1").get("/api/v1/events/e1/agenda").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("matching-service is unavailable"))
                    .body("requestId", equalTo("open-1"))
                    .header("Retry-After", "1");
            // Other services are not affected.
            admin().get("/api/v1/profiles/p1").then().statusCode(200);

            Thread.sleep(EdgeLimitsProfile.OPEN_DELAY_MILLIS + 100);
            admin().get("/api/v1/events/e1/agenda").then().statusCode(200).body("service", equalTo("matching-service"));
            admin().get("/api/v1/events/e1/agenda").then().statusCode(200);
        } finally {
            GatewayTestUpstreams.matchingService().stop();
        }
    }

    @Test
    void aSlowServiceOpensItsBreakerAndIsThenRefusedFastUntilAProbeSucceeds() throws Exception {
        for (int i = 0; i < EdgeLimitsProfile.FAILURE_THRESHOLD; i++) {
            admin().header("X-Fake-Delay-Ms", "3000").get("/api/v1/notifications/slow").then().statusCode(504);
        }
        long start = System.nanoTime();
        admin().get("/api/v1/notifications/n1").then().statusCode(503)
                .body("detail", equalTo("notification-service is unavailable"))
                .header("Retry-After", notNullValue());
        assertThat("refused without waiting for the service", (System.nanoTime() - start) / 1_000_000, lessThan(500L));

        // A probe that fails again re-opens it for another delay.
        Thread.sleep(EdgeLimitsProfile.OPEN_DELAY_MILLIS + 100);
        admin().header("X-Fake-Delay-Ms", "3000").get("/api/v1/notifications/slow").then().statusCode(504);
        admin().get("/api/v1/notifications/n1").then().statusCode(503).header("Retry-After", notNullValue());

        // A probe that is answered closes it.
        Thread.sleep(EdgeLimitsProfile.OPEN_DELAY_MILLIS + 100);
        admin().get("/api/v1/notifications/n1").then().statusCode(200).body("service", equalTo("notification-service"));
        admin().get("/api/v1/notifications/n2").then().statusCode(200);
    }

    @Test
    void slowUploadsAreTheClientsTimeoutA408ThatLeavesTheBreakerClosed() throws Exception {
        for (int i = 0; i < EdgeLimitsProfile.FAILURE_THRESHOLD + 2; i++) {
            String answer = slowUpload("/api/v1/webhooks");
            assertThat(answer, startsWith("HTTP/1.1 408 "));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("\"status\":408"));
        }
        admin().get("/api/v1/notifications/n1").then().statusCode(200).body("service", equalTo("notification-service"));
    }

    /** Sends the headers and one byte of a 100-byte body, then nothing: everything the gateway answers. */
    private static String slowUpload(String path) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + TestCredentials.ADMIN_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Read until the gateway closes the connection: a client that stalled gets no second request on it.
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static RequestSpecification admin() {
        // Admins are practically unlimited in this profile: the rate limiter never answers for the breaker.
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY).when();
    }
}
