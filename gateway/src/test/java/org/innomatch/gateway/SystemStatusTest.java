package org.innomatch.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Three real HTTP upstreams answer ready; the matching-service address points at a closed port.
 * The gateway must report exactly that, quickly.
 */
@QuarkusTest
@WithTestResource(SystemStatusTest.FakeUpstreams.class)
class SystemStatusTest {

    @Test
    void reportsEachUpstreamAndFailsFastForADownOne() {
        long start = System.nanoTime();
        given().when().get("/api/v1/status").then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("upstreams.find { it.name == 'profile-service' }.status", equalTo("UP"))
                .body("upstreams.find { it.name == 'notification-service' }.status", equalTo("UP"))
                .body("upstreams.find { it.name == 'matching-service' }.status", equalTo("DOWN"))
                .body("upstreams.find { it.name == 'matching-service' }.detail", containsString("Exception"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.hamcrest.MatcherAssert.assertThat("status answers within the probe timeout", millis, lessThan(5_000L));
    }

    @Test
    void servesHealthAndTheConsole() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/console/").then().statusCode(200).body(containsString("swagger"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/status"));
    }

    public static class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/q/health/ready", exchange -> {
                byte[] body = "{\"status\":\"UP\"}".getBytes();
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            String up = "http://127.0.0.1:" + server.getAddress().getPort();
            int closed = org.innomatch.infra.Ports.free();
            return Map.of(
                    "innomatch.gateway.profile-service-url", up,
                    "innomatch.gateway.project-service-url", up,
                    "innomatch.gateway.notification-service-url", up,
                    "innomatch.gateway.matching-service-url", "http://127.0.0.1:" + closed);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

}
