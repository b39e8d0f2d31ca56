package org.innomatch.gateway.tracing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The fake services echo the headers they received, so the test sees the traceparent the gateway forwarded. */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class TraceContextTest {

    private static final String TRACEPARENT = "00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]";

    @Test
    void theClientsTraceContinuesToTheServiceInAChildSpanOfTheGateway() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String clientSpan = "00f067aa0ba902b7";
        List<String> forwarded = given().header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                .when().get("/api/v1/profiles/p1")
                .then().statusCode(200)
                .extract().jsonPath().getList("headers.traceparent", String.class);
        assertThat(forwarded, hasSize(1));
        String traceparent = forwarded.get(0);
        assertThat(traceparent, startsWith("00-" + traceId + "-"));
        assertThat("the gateway's own span is the service's parent", traceparent,
                not(startsWith("00-" + traceId + "-" + clientSpan)));
        assertThat(traceparent, matchesPattern(TRACEPARENT));
    }

    @Test
    void aCallWithoutTraceContextStartsATraceThatReachesTheService() {
        List<String> forwarded = given().when().get("/api/v1/projects/j1")
                .then().statusCode(200)
                .extract().jsonPath().getList("headers.traceparent", String.class);
        assertThat(forwarded, hasSize(1));
        assertThat(forwarded.get(0), matchesPattern(TRACEPARENT));
    }
}
