package org.innomatch.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.innomatch.caller.testing.DocumentedRefusals;
import org.innomatch.caller.testing.ServiceBasicsContract;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class ServiceBasicsTest extends ServiceBasicsContract {

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
            "GET /webhooks/{id}/deliveries",
            "GET /webhooks/event-types",
            "POST /webhooks/{id}/test",
            "POST /webhooks/{id}/secret",
            "POST /webhooks/{id}/deliveries/{notificationId}/retry");

    /** Ready waits until every group consumer has joined its group (GroupAssignments): slow on a busy machine. */
    @Override
    protected void awaitReady() {
        Awaitility.await("ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);
    }

    @Override
    protected String openApiTitle() {
        return "Innomatch notification service";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of(
                "/profiles/{id}/notifications",
                "/profiles/{id}/notifications/unread-count",
                "/notifications/{id}/read",
                "/profiles/{id}/notifications/read-all",
                "/profiles/{id}/notifications/stream",
                "/profiles/{id}/notification-preferences",
                "/webhooks",
                "/webhooks/{id}",
                "/webhooks/{id}/deliveries",
                "/webhooks/event-types",
                "/webhooks/{id}/test",
                "/webhooks/{id}/secret",
                "/webhooks/{id}/deliveries/{notificationId}/retry");
    }

    @Test
    void exactlyTheOperationsThatCanRefuseTheCallerDocument403() {
        assertEquals(new TreeSet<>(FORBIDDEN_OPERATIONS), DocumentedRefusals.operationsDocumenting403());
    }
}
