package org.innomatch.project.projects;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.Topics;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.outbox.Outbox;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class ProjectReplayTest {

    @Inject
    Outbox outbox;

    /** What a consumer knows of a project after replaying the topic: its version and status. */
    record State(long version, String status) {
    }

    @Test
    void replayingTheTopicFromTheStartRebuildsExactlyTheCurrentProjects() {
        // Some history of its own, whatever the other tests left: created, edited, published, closed, deleted.
        String edited = ProjectApi.create(Profiles.shared());
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"trl\": 9}")
                .when().patch("/projects/" + edited).then().statusCode(200);
        String published = ProjectApi.create(Profiles.shared());
        ProjectApi.publish(published);
        String closed = ProjectApi.create(Profiles.shared());
        ProjectApi.publish(closed);
        ProjectApi.close(closed);
        String deleted = ProjectApi.create(Profiles.shared());
        ProjectApi.publish(deleted);
        given().when().delete("/projects/" + deleted).then().statusCode(204);

        Map<String, State> expected = Map.of();
        Map<String, State> replayed = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            outbox.flushNow();
            expected = currentProjects();
            replayed = replay(TopicReader.readAll(Topics.PROJECTS));
            if (expected.equals(replayed)) {
                break;
            }
            sleep(200);
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, replayed);
        assertEquals(new State(1, "DRAFT"), replayed.get(edited));
        assertEquals(new State(1, "PUBLISHED"), replayed.get(published));
        assertEquals(new State(2, "CLOSED"), replayed.get(closed));
        assertFalse(replayed.containsKey(deleted), "the tombstone removed it");
    }

    /** A consumer's read model: the last full state per key wins, a tombstone removes the key. */
    static Map<String, State> replay(List<TopicReader.Read> records) {
        Map<String, State> projects = new HashMap<>();
        for (TopicReader.Read record : records) {
            if (record.value() == null) {
                projects.remove(record.key());
                continue;
            }
            EventEnvelope<Object> event = record.envelope();
            if (event.data() instanceof ProjectUpserted state) {
                State previous = projects.get(record.key());
                if (previous == null || previous.version() < state.version()) {
                    projects.put(record.key(), new State(state.version(), state.status()));
                }
            }
        }
        return projects;
    }

    private static Map<String, State> currentProjects() {
        return QuarkusTransaction.requiringNew().call(() -> Project.<Project>listAll().stream()
                .collect(Collectors.toMap(p -> p.id.toString(), p -> new State(p.version, p.status.name()))));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
