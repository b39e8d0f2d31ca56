package org.innomatch.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.innomatch.gateway.support.GatewayTestUpstreams;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Three real HTTP upstreams answer ready; nothing listens on the matching-service address.
 * The gateway must report exactly that, quickly.
 */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class SystemStatusTest {

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void reportsEachUpstreamAndFailsFastForADownOne() {
        // The first call of the JVM loads the HTTP client and the gateway's pipeline; that is not what is timed here.
        given().when().get("/api/v1/status");
        long start = System.nanoTime();
        io.restassured.response.Response response = given().when().get("/api/v1/status");
        long millis = (System.nanoTime() - start) / 1_000_000;
        response.then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("upstreams.find { it.name == 'profile-service' }.status", equalTo("UP"))
                .body("upstreams.find { it.name == 'notification-service' }.status", equalTo("UP"))
                .body("upstreams.find { it.name == 'matching-service' }.status", equalTo("DOWN"))
                .body("upstreams.find { it.name == 'matching-service' }.detail", containsString("Exception"));
        org.hamcrest.MatcherAssert.assertThat("status answers within the probe timeout", millis, lessThan(5_000L));
    }

    @Test
    void servesHealthAndMetricsOnlyOnTheManagementPortAndTheConsoleOnThePublicOne() {
        for (String operational : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(operational).then().statusCode(404);
        }
        given().baseUri(management.resolve("/").toString()).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(management.resolve("/").toString()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE"));
        given().when().get("/console/").then().statusCode(200).body(containsString("swagger"));
        given().when().get("/api/v1/openapi").then().statusCode(200);
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/status"));
    }
}
