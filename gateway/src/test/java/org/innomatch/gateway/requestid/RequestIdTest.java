package org.innomatch.gateway.requestid;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.innomatch.gateway.accesslog.AccessLog;
import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class RequestIdTest {

    @Inject
    AccessLog accessLog;

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void generatesAnIdAndSendsTheSameOneUpstreamAndBack() {
        Response response = given().when().get("/api/v1/profiles/p1");
        String id = response.header("X-Request-Id");
        assertThat(id, matchesPattern(UUID));
        response.then().statusCode(200).body("headers.'x-request-id'", contains(id));
    }

    @Test
    void keepsASaneIdFromTheClientAndReturnsItOnce() {
        String id = "partner-portal_42.retry-1";
        Response response = given().header("X-Request-Id", id).when().get("/api/v1/projects/j1");
        response.then().statusCode(200).body("headers.'x-request-id'", contains(id));
        // The fake service echoes the id too; the client must still see exactly one.
        assertThat(response.headers().getValues("X-Request-Id"), contains(id));
    }

    @Test
    void replacesAnIdThatIsTooLongOrHasOtherCharacters() {
        for (String offered : List.of("a".repeat(129), "two words", "<script>", "id\\u0000", "ünïcode")) {
            Response response = given().header("X-Request-Id", offered).when().get("/api/v1/taxonomy/sectors");
            String id = response.header("X-Request-Id");
            assertThat(offered, id, matchesPattern(UUID));
            response.then().statusCode(200).body("headers.'x-request-id'", contains(id));
        }
        String longest = "b".repeat(128);
        given().header("X-Request-Id", longest).when().get("/api/v1/taxonomy/sectors")
                .then().header("X-Request-Id", equalTo(longest));
    }

    @Test
    void theGatewaysOwnEndpointsAndErrorsCarryTheIdToo() {
        given().header("X-Request-Id", "own-1").when().get("/api/v1/status")
                .then().header("X-Request-Id", equalTo("own-1"));
        given().header("X-Request-Id", "own-2").when().get("/api/v1/profiles/p1/interests")
                .then().statusCode(503).header("X-Request-Id", equalTo("own-2")).body("requestId", equalTo("own-2"));
        Response generated = given().when().get("/api/v1/nowhere");
        generated.then().statusCode(404).body("requestId", equalTo(generated.header("X-Request-Id")));
        assertThat(generated.header("X-Request-Id"), not(equalTo(null)));
    }

    @Test
    void theAccessLogLineCarriesTheIdAndTheTrace() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().header("X-Request-Id", "logged-1")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/api/v1/webhooks").then().statusCode(200);
        given().header("X-Request-Id", "logged-2").when().get("/api/v1/nowhere").then().statusCode(404);
        StringBuilder written = new StringBuilder();
        // The line is queued as the response ends, which may be just after the client has it.
        await("the second access log line").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    accessLog.flushTo(out);
                    written.append(out.toString(StandardCharsets.UTF_8));
                    return written.toString().contains("requestId=logged-2");
                });
        List<String> lines = written.toString().lines().filter(line -> line.contains("requestId=logged-")).toList();
        assertThat(lines, hasSize(2));
        assertThat(lines.get(0), matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z "
                + "GET /api/v1/webhooks 200 \\d+\\.\\d{3}ms upstream=notification-service requestId=logged-1 traceId="
                + traceId));
        // The gateway's own answers are logged too, without an upstream, in a trace of their own.
        assertThat(lines.get(1), matchesPattern(".*Z GET /api/v1/nowhere 404 \\d+\\.\\d{3}ms requestId=logged-2 "
                + "traceId=[0-9a-f]{32}"));
    }
}
