package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.innomatch.profile.profiles.ProfileRequests.create;
import static org.innomatch.profile.profiles.ProfileRequests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.outbox.OutboxMetrics;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Kafka goes down while profiles are written: the API keeps accepting writes, and once the broker is back every
 * write arrives on innomatch.profiles exactly once and in order per profile. Runs after the other test classes
 * (see the surefire configuration) and restores the broker in any case.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class KafkaOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    OutboxMetrics outbox;

    @Test
    void writesDuringABrokerOutageArriveExactlyOnceAndInOrderOnceItIsBack() throws Exception {
        EmbeddedKafkaBroker broker = KafkaTestResource.broker();
        // What each profile should end up with on the topic: its versions in order, then maybe a tombstone.
        Map<String, List<Long>> expectedVersions = new LinkedHashMap<>();
        Set<String> erased = new HashSet<>();

        // The relay has been working normally (its producer knows the topic) when Kafka goes down.
        String before = create(valid("Written before the outage"));
        ProfileTopic.readUntil(all -> !ProfileTopic.withKey(all, before).isEmpty(), TIMEOUT);

        broker.stop();
        try {
            for (int p = 0; p < 3; p++) {
                String id = create(valid("Written during the outage " + p));
                expectedVersions.put(id, new ArrayList<>(List.of(0L)));
            }
            List<String> ids = new ArrayList<>(expectedVersions.keySet());
            for (int round = 1; round <= 3; round++) {
                for (String id : ids) {
                    given().contentType(MERGE_PATCH).header("If-Match", "\"" + (round - 1) + "\"")
                            .body("{\"needs\": \"round " + round + "\"}")
                            .when().patch("/profiles/" + id).then().statusCode(200);
                    expectedVersions.get(id).add((long) round);
                }
            }
            given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(valid("Renamed during the outage"))
                    .when().put("/profiles/" + ids.get(0)).then().statusCode(200);
            expectedVersions.get(ids.get(0)).add(4L);
            given().when().delete("/profiles/" + ids.get(2)).then().statusCode(204);
            erased.add(ids.get(2));

            // Nothing was lost: it waits in the outbox, and stays there while the relay's sends fail.
            int writes = 3 + 9 + 1 + 1;
            assertTrue(outbox.refresh().backlog() >= writes, "events wait in the outbox");
            // The relay stops a pass at the first failed row (later rows would only be sent twice), so the
            // proof that it keeps trying is the oldest row failing again and again.
            await("the relay to keep retrying while Kafka is down").atMost(TIMEOUT)
                    .until(() -> attemptsOnOldestWaitingRow() >= 2);
            assertTrue(outbox.refresh().backlog() >= writes, "and every write still waits in the outbox");
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, byte[]>> records = ProfileTopic.readUntil(all -> expectedVersions.keySet().stream()
                .allMatch(id -> ProfileTopic.withKey(all, id).size() >= expectedVersions.get(id).size()
                        + (erased.contains(id) ? 1 : 0)), TIMEOUT);
        // Nothing left to send: a late duplicate could only come from a row not yet marked sent.
        await("every outbox row to be acknowledged").atMost(TIMEOUT).until(() -> outbox.refresh().backlog() == 0);
        records = ProfileTopic.readUntil(all -> true, TIMEOUT);

        for (Map.Entry<String, List<Long>> expected : expectedVersions.entrySet()) {
            String id = expected.getKey();
            List<ConsumerRecord<String, byte[]>> mine = ProfileTopic.withKey(records, id);
            Set<String> eventIds = new HashSet<>();
            List<Long> versions = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : mine) {
                assertTrue(eventIds.add(ProfileTopic.headers(record).get("ce_id")),
                        "ce_id seen twice for " + id + ": " + ProfileTopic.describe(mine));
                if (record.value() != null) {
                    versions.add(((ProfileUpserted) ProfileTopic.envelope(record).data()).version());
                }
            }
            int writes = expected.getValue().size() + (erased.contains(id) ? 1 : 0);
            assertEquals(writes, mine.size(), "one record per write for " + id);
            assertEquals(expected.getValue(), versions, "versions in write order for " + id);
            if (erased.contains(id)) {
                assertNull(mine.get(mine.size() - 1).value(), "the tombstone comes last for " + id);
            } else {
                assertFalse(mine.stream().anyMatch(r -> r.value() == null));
            }
            // one key, one partition: the order above is the order every consumer sees
            assertEquals(1, mine.stream().map(ConsumerRecord::partition).distinct().count());
        }
        given().when().get("/profiles/" + expectedVersions.keySet().iterator().next()).then().statusCode(200);
    }

    /** Unsent outbox rows whose send was attempted and failed. */
    private static long attemptsOnOldestWaitingRow() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Profile.getEntityManager()
                .createNativeQuery("SELECT coalesce((SELECT attempts FROM outbox_event WHERE sent_at IS NULL"
                        + " ORDER BY seq LIMIT 1), 0)")
                .getSingleResult()).longValue());
    }
}
