package org.innomatch.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.innomatch.caller.testing.DocumentedRefusals;
import org.innomatch.caller.testing.ServiceBasicsContract;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class ServiceBasicsTest extends ServiceBasicsContract {

    /**
     * The operations that can refuse the caller (403): every one that acts or reads for a profile or project the
     * caller must manage (Access.requireProfile / requireProject / requireAnyProfile), the admin-only ones
     * (Access.requireAdmin), the meeting answers that only a given side may give (MeetingService), and a message
     * to a profile the sender has neither a match nor an agreed meeting with (its thread paths otherwise answer 404).
     */
    private static final Set<String> FORBIDDEN_OPERATIONS = Set.of(
            "POST /profiles/{id}/interests",
            "GET /profiles/{id}/matches",
            "GET /profiles/{id}/threads",
            "POST /profiles/{id}/threads/{otherId}/messages",
            "GET /profiles/{id}/recommendations/partners",
            "GET /profiles/{id}/recommendations/projects",
            "GET /profiles/{id}/recommendations/sessions",
            "GET /projects/{id}/recommendations/participants",
            "GET /events/{id}/agenda",
            "GET /events/{id}/stats",
            "PUT /events/{id}/availability/{profileId}",
            "GET /events/{id}/availability/{profileId}",
            "POST /events/{id}/schedule",
            "GET /events/{id}/schedule",
            "POST /events/{id}/meetings",
            "GET /events/{id}/meetings",
            "GET /events/{id}/meetings/{mid}",
            "POST /events/{id}/meetings/{mid}/accept",
            "POST /events/{id}/meetings/{mid}/decline",
            "POST /events/{id}/meetings/{mid}/propose",
            "POST /events/{id}/meetings/{mid}/cancel",
            "POST /events/{id}/meetings/{mid}/outcome",
            "POST /events/{id}/meetings/{mid}/no-show",
            "POST /events/{id}/meetings/{mid}/lock",
            "POST /events/{id}/meetings/{mid}/unlock");

    @Override
    protected String openApiTitle() {
        return "Innomatch matching service";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of(
                "/profiles/{id}/recommendations/partners",
                "/profiles/{id}/recommendations/projects",
                "/profiles/{id}/recommendations/sessions",
                "/projects/{id}/recommendations/participants",
                "/profiles/{id}/interests",
                "/profiles/{id}/matches",
                "/profiles/{id}/threads",
                "/profiles/{id}/threads/{otherId}/messages",
                "/profiles/{id}/threads/{otherId}/read");
    }

    /** Readiness waits for the read model's replay of the seeded topics. */
    @Override
    protected void awaitReady() {
        Await.ready();
    }

    @Test
    void exactlyTheOperationsThatCanRefuseTheCallerDocument403() {
        assertEquals(new TreeSet<>(FORBIDDEN_OPERATIONS), DocumentedRefusals.operationsDocumenting403());
    }
}
