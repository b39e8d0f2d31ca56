package org.innomatch.project.knownprofiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.innomatch.events.CloudEventHeaders;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class KnownProfilesConsumerTest {

    private static final String DLQ = "innomatch.profiles.dlq.project-service";

    @Inject
    ReadModelProgress progress;

    @Test
    void aProfileHeardOnTheTopicCanOwnAProject() {
        UUID owner = UUID.randomUUID();
        Profiles.publish(Profiles.upserted(owner, 1, "Embassy of Canada, S&T section"));
        Profiles.awaitKnown(owner);

        given().contentType(ContentType.JSON).body(ProjectApi.body(owner))
                .when().post("/projects")
                .then().statusCode(201).body("ownerProfileId", equalTo(owner.toString()));
        KnownProfile stored = Profiles.stored(owner);
        assertEquals("Embassy of Canada, S&T section", stored.name);
        assertEquals("CN", stored.country);
        assertEquals(1, stored.version);
    }

    @Test
    void anUnknownOwnerIsRefusedNamingTheField() {
        UUID stranger = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(ProjectApi.body(stranger))
                .when().post("/projects")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("ownerProfileId"))
                .body("errors.find { it.field == 'ownerProfileId' }.rejectedValue", equalTo(stranger.toString()));
    }

    @Test
    void anErasedProfileCanNoLongerOwnProjects() {
        UUID owner = Profiles.known("Israel Innovation Authority");
        Profiles.erase(owner);
        Profiles.awaitErased(owner);

        given().contentType(ContentType.JSON).body(ProjectApi.body(owner))
                .when().post("/projects")
                .then().statusCode(422).body("errors.field", hasItem("ownerProfileId"));
        KnownProfile stored = Profiles.stored(owner);
        assertTrue(stored.deleted);
        assertNull(stored.name, "personal data is dropped on erasure");
    }

    @Test
    void aBareTombstoneWithoutHeadersAlsoErases() {
        UUID owner = Profiles.known("Warsaw University of Technology");
        Profiles.sendRaw(owner.toString(), Map.of(), null);
        Profiles.awaitErased(owner);
    }

    @Test
    void aReplayedOlderVersionIsIgnored() {
        UUID id = UUID.randomUUID();
        Profiles.publish(Profiles.upserted(id, 2, "Tsinghua University (v2)"));
        RecordMetadata older = Profiles.publish(Profiles.upserted(id, 1, "Tsinghua University (v1)"));
        awaitHandled(older);

        KnownProfile stored = Profiles.stored(id);
        assertEquals(2, stored.version);
        assertEquals("Tsinghua University (v2)", stored.name);

        Profiles.publish(Profiles.upserted(id, 3, "Tsinghua University (v3)"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Profiles.stored(id).version != 3 && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertEquals("Tsinghua University (v3)", Profiles.stored(id).name, "a newer version is applied");
    }

    @Test
    void anOlderStateCannotResurrectAnErasedProfile() {
        UUID id = Profiles.known("Technion transfer office");
        Profiles.publish(Profiles.upserted(id, 2, "Technion transfer office"));
        Profiles.erase(id);
        RecordMetadata replayed = Profiles.publish(Profiles.upserted(id, 2, "Technion transfer office"));
        awaitHandled(replayed);
        assertTrue(Profiles.stored(id).deleted);
    }

    @Test
    void poisonRecordsAreDeadLetteredAndConsumptionGoesOn() {
        UUID id = UUID.randomUUID();
        // Same key as the good record that follows, so both land on one partition, in this order.
        Map<String, String> headers = new LinkedHashMap<>(
                EventEnvelope.of(EventType.PROFILE_UPSERTED, "/profile-service", Profiles.upserted(id, 1, "x")).headers());
        Profiles.sendRaw(id.toString(), headers, "{\"id\": not json".getBytes(StandardCharsets.UTF_8));
        Map<String, String> missingId = new LinkedHashMap<>(headers);
        missingId.remove(CloudEventHeaders.ID);
        Profiles.sendRaw(id.toString(), missingId, "{}".getBytes(StandardCharsets.UTF_8));
        // A type this service does not read (a future schema version) is skipped, not dead-lettered.
        Map<String, String> futureType = new LinkedHashMap<>(headers);
        futureType.put(CloudEventHeaders.TYPE, "org.innomatch.profile.upserted.v9");
        Profiles.sendRaw(id.toString(), futureType, "{}".getBytes(StandardCharsets.UTF_8));

        Profiles.publish(Profiles.upserted(id, 1, "Beijing Institute of Technology"));
        Profiles.awaitKnown(id);
        assertEquals("Beijing Institute of Technology", Profiles.stored(id).name);

        List<TopicReader.Read> deadLetters = TopicReader.await(DLQ, r -> id.toString().equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertEquals(2, deadLetters.size(), "the two unreadable records, not the unknown type: " + deadLetters);
        for (TopicReader.Read letter : deadLetters) {
            assertNotNull(letter.header("dead-letter-reason"), "the error travels with the dead letter");
        }
    }

    @Test
    void readinessReportsTheReadModelLag() {
        Profiles.shared();
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'known-profiles read model' }.status", equalTo("UP"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Object lag = null;
        while (System.nanoTime() < deadline) {
            lag = given().when().get("/q/health/ready").then().extract()
                    .path("checks.find { it.name == 'known-profiles read model' }.data.lag");
            if (Integer.valueOf(0).equals(lag)) {
                break;
            }
            sleep(100);
        }
        assertEquals(0, lag, "caught up with the topic");
        assertFalse(progress.lag().isEmpty());
    }

    private void awaitHandled(RecordMetadata record) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (progress.handledOffset(record.partition()) < record.offset()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Record " + record + " not consumed within 30s");
            }
            sleep(50);
        }
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
