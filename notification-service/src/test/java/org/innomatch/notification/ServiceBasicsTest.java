package org.innomatch.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.innomatch.caller.testing.DocumentedRefusals;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class ServiceBasicsTest {

    /**
     * The operations that can refuse the caller (403): everything about a profile's notifications and preferences
     * for a caller that does not manage the profile (RecipientAccess), and every webhook operation for a
     * participant (webhooks.CallerIdentity). A partner asking for another partner's webhook gets a 404, not a 403.
     */
    private static final Set<String> FORBIDDEN_OPERATIONS = Set.of(
            "GET /profiles/{id}/notifications",
            "GET /profiles/{id}/notifications/unread-count",
            "POST /notifications/{id}/read",
            "POST /profiles/{id}/notifications/read-all",
            "GET /profiles/{id}/notifications/stream",
            "GET /profiles/{id}/notification-preferences",
            "PUT /profiles/{id}/notification-preferences",
            "POST /webhooks",
            "GET /webhooks",
            "GET /webhooks/{id}",
            "DELETE /webhooks/{id}",
            "GET /webhooks/{id}/deliveries");

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

    @Test
    void exactlyTheOperationsThatCanRefuseTheCallerDocument403() {
        assertEquals(new TreeSet<>(FORBIDDEN_OPERATIONS), DocumentedRefusals.operationsDocumenting403());
    }
}
