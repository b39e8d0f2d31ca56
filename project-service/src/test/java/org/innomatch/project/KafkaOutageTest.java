package org.innomatch.project;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.outbox.Outbox;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Stops the shared broker, so it runs after every other test class (quarkus.test.class-orderer orders classes
 * by {@link Order}) and restarts the broker whatever happens.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
@Order(Integer.MAX_VALUE)
class KafkaOutageTest {

    private static final String UPSERTED = EventType.PROJECT_UPSERTED.type();
    private static final String CLOSED = EventType.PROJECT_CLOSED.type();
    private static final String DELETED = EventType.PROJECT_DELETED.type();

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void everyWriteAcceptedDuringAnOutageArrivesExactlyOnceAndInOrder() {
        UUID owner = Profiles.shared();
        UUID participant = Profiles.known("Outage participant");
        // The CloudEvents types each aggregate's writes must produce, in order.
        Map<String, List<String>> expectedTypes = new LinkedHashMap<>();
        String matchmakingEvent;

        EmbeddedKafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        try {
            String a = ProjectApi.create(owner);
            Map<String, Object> changed = ProjectApi.body(owner);
            changed.put("title", "Written while Kafka was down");
            given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(changed)
                    .when().put("/projects/" + a).then().statusCode(200);
            ProjectApi.publish(a);
            ProjectApi.close(a);
            expectedTypes.put(a, List.of(UPSERTED, UPSERTED, UPSERTED, CLOSED, UPSERTED));

            String b = ProjectApi.create(owner);
            given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"trl\": 7}")
                    .when().patch("/projects/" + b).then().statusCode(200);
            ProjectApi.publish(b);
            expectedTypes.put(b, List.of(UPSERTED, UPSERTED, UPSERTED));

            String c = ProjectApi.create(owner);
            given().when().delete("/projects/" + c).then().statusCode(204);
            expectedTypes.put(c, List.of(UPSERTED, DELETED));

            matchmakingEvent = given().contentType(ContentType.JSON).body(Map.of(
                            "name", "Roadshow during an outage", "city", "Beijing", "timezone", "Asia/Shanghai",
                            "startsAt", "2027-05-01T09:00:00+08:00", "endsAt", "2027-05-01T12:00:00+08:00",
                            "slotMinutes", 30, "tables", 10, "status", "OPEN"))
                    .when().post("/events").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON).body(Map.of("profileId", participant))
                    .when().post("/events/" + matchmakingEvent + "/registrations").then().statusCode(201);

            // The relay has really tried and failed: every event is still in the outbox, unsent.
            List<String> keys = new ArrayList<>(expectedTypes.keySet());
            keys.add(matchmakingEvent);
            awaitFailedAttempt(keys);
            assertEquals(expectedTypes.values().stream().mapToLong(List::size).sum() + 2, unsentRows(keys));
        } finally {
            broker.start();
        }
        try {
            outbox.flushNow();
        } catch (RuntimeException e) {
            // The relay retries by itself; this only saves waiting for its backoff.
        }

        expectedTypes.forEach((id, types) -> {
            List<TopicReader.Read> records = TopicReader.await(Topics.PROJECTS, r -> id.equals(r.key()), types.size(),
                    Duration.ofSeconds(90));
            assertExactlyOnce(id, records);
            assertEquals(types, records.stream().map(r -> r.header("ce_type")).toList(), "order of " + id);
            List<Long> versions = records.stream().filter(r -> UPSERTED.equals(r.header("ce_type")))
                    .map(r -> ((ProjectUpserted) r.envelope().data()).version()).toList();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), "versions ascending for " + id + ": " + versions);
            }
        });

        List<TopicReader.Read> eventRecords = TopicReader.await(Topics.EVENTS, r -> matchmakingEvent.equals(r.key()), 2,
                Duration.ofSeconds(90));
        assertExactlyOnce(matchmakingEvent, eventRecords);
        assertEquals(List.of(EventType.EVENT_UPSERTED.type(), EventType.REGISTRATION_CHANGED.type()),
                eventRecords.stream().map(r -> r.header("ce_type")).toList());
        assertEquals("OPEN", ((EventUpserted) eventRecords.get(0).envelope().data()).status());
    }

    private void awaitFailedAttempt(List<String> keys) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long failed = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM outbox_event WHERE message_key IN (:keys) AND attempts > 0 AND last_error IS NOT NULL")
                    .setParameter("keys", keys).getSingleResult()).longValue());
            if (failed > 0) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("The outbox relay never failed a send while the broker was down");
    }

    private long unsentRows(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE message_key IN (:keys) AND sent_at IS NULL")
                .setParameter("keys", keys).getSingleResult()).longValue());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void assertExactlyOnce(String key, List<TopicReader.Read> records) {
        Map<String, Long> perEventId = records.stream()
                .collect(Collectors.groupingBy(r -> r.header("ce_id"), LinkedHashMap::new, Collectors.counting()));
        List<String> duplicated = new ArrayList<>();
        perEventId.forEach((id, count) -> {
            if (count != 1) {
                duplicated.add(id + " x" + count);
            }
        });
        assertEquals(List.of(), duplicated, "events of " + key + " delivered more than once");
        assertEquals(records.size(), perEventId.keySet().stream().map(Function.identity()).count());
    }
}
