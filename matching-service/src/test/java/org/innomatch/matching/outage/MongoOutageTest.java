package org.innomatch.matching.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.innomatch.infra.EmbeddedMongoServer;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.problems.ProblemTypes;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Stops the shared Mongo-wire server (its memory backend comes back empty), so it runs after every other test
 * class (quarkus.test.class-orderer orders classes by {@link Order}) and restarts the server whatever happens.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,"
                + "innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
@Order(Integer.MAX_VALUE)
class MongoOutageTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Test
    void whileMongoIsDownRequestsAnswer503WithRetryAfterPromptlyAndAfterwardsAsBefore() {
        Await.ready();
        UUID profile = UUID.randomUUID();
        given().get("/profiles/{id}/matches", profile).then().statusCode(200);

        EmbeddedMongoServer mongo = MongoTestResource.server();
        mongo.stop();
        try {
            // The first request meets the connection the server dropped, the later ones find no server at all.
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                given().get("/profiles/{id}/matches", profile).then().statusCode(503)
                        .contentType(startsWith("application/problem+json"))
                        .header("Retry-After", "2")
                        .body("type", equalTo(ProblemTypes.UNAVAILABLE))
                        .body("instance", equalTo("/profiles/" + profile + "/matches"));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(took.compareTo(PROMPTLY) < 0, "answered after " + took);
            }
        } finally {
            mongo.start();
        }
        Await.until(Duration.ofSeconds(10), "answers from the restarted server",
                () -> given().get("/profiles/{id}/matches", profile).statusCode() == 200);
    }
}
