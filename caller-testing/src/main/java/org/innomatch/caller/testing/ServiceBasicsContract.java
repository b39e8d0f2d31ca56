package org.innomatch.caller.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

/**
 * What every service answers on real infrastructure: health, its OpenAPI document and Swagger UI, Prometheus
 * metrics. A service's {@code ServiceBasicsTest} extends this with its {@code @QuarkusTest} resources.
 */
public abstract class ServiceBasicsContract {

    /** The {@code info.title} of the service's OpenAPI document. */
    protected abstract String openApiTitle();

    /** Paths the OpenAPI document must list besides {@code /diagnostics/pings}. */
    protected List<String> documentedPaths() {
        return List.of();
    }

    /** Waits until the service may answer ready, for services whose readiness waits for a replay. */
    protected void awaitReady() {
    }

    @Test
    void isHealthyOnRealInfrastructure() {
        awaitReady();
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        ValidatableResponse document = given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", equalTo(openApiTitle()))
                .body("paths", hasKey("/diagnostics/pings"));
        for (String path : documentedPaths()) {
            document.body("paths", hasKey(path));
        }
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
