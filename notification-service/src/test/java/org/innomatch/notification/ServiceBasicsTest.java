package org.innomatch.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.innomatch.notification.support.TestEvents;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class ServiceBasicsTest {

    @Test
    void isHealthyOnRealInfrastructure() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Innomatch notification service"))
                .body("paths", org.hamcrest.Matchers.hasKey("/diagnostics/pings"))
                .body("paths", org.hamcrest.Matchers.hasKey("/profiles/{id}/notifications"))
                .body("paths", org.hamcrest.Matchers.hasKey("/profiles/{id}/notifications/unread-count"))
                .body("paths", org.hamcrest.Matchers.hasKey("/notifications/{id}/read"))
                .body("paths", org.hamcrest.Matchers.hasKey("/profiles/{id}/notifications/read-all"))
                .body("paths", org.hamcrest.Matchers.hasKey("/profiles/{id}/notifications/stream"))
                .body("paths", org.hamcrest.Matchers.hasKey("/profiles/{id}/notification-preferences"))
                .body("paths", org.hamcrest.Matchers.hasKey("/webhooks"))
                .body("paths", org.hamcrest.Matchers.hasKey("/webhooks/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/webhooks/{id}/deliveries"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
