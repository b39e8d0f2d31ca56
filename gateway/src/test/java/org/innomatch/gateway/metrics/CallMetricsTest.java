package org.innomatch.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class CallMetricsTest {

    // Metrics and health answer on the management interface only, not on the public port.
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void callsAreCountedByAnsweringServiceAndStatusClass() {
        double proxiedBefore = count("profile-service", "2xx");
        double refusedBefore = count("gateway", "4xx");
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", TestCredentials.ADMIN_KEY).when().get("/api/v1/taxonomy/sectors")
                    .then().statusCode(200);
        }
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).when().get("/api/v1/nowhere").then().statusCode(404);
        // Metrics are recorded as each response ends, which may be just after the client has it.
        long deadline = System.currentTimeMillis() + 3_000;
        while ((count("profile-service", "2xx") < proxiedBefore + 3 || count("gateway", "4xx") < refusedBefore + 1)
                && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(count("profile-service", "2xx"), equalTo(proxiedBefore + 3));
        assertThat(count("gateway", "4xx"), equalTo(refusedBefore + 1));
    }

    /** The counter of {@code innomatch_gateway_calls_seconds} as /q/metrics shows it (0 before its first call). */
    private double count(String upstream, String status) {
        String metrics = given().baseUri(management.resolve("/").toString()).when().get("/q/metrics").then()
                .statusCode(200).extract().asString();
        String prefix = "innomatch_gateway_calls_seconds_count{";
        return metrics.lines()
                .filter(line -> line.startsWith(prefix) && line.contains("upstream=\"" + upstream + "\"")
                        && line.contains("status=\"" + status + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
