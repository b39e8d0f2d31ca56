package org.innomatch.matching.readmodel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.testing.TestEvents.profile;
import static org.innomatch.matching.testing.TestEvents.project;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.SentenceEncoder;
import org.innomatch.matching.semantic.StoredSentenceVectors;
import org.innomatch.matching.semantic.TextMeaning;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.SeedProfiles;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class ReadModelTest {

    @Inject
    CandidateIndex index;
    @Inject
    MongoClient mongo;
    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private static TestEvents events;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @BeforeEach
    void awaitReadModel() {
        Await.ready();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void theIndexIsRebuiltFromARecordsProducedBeforeStart() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'matching-read-model' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'matching-read-model' }.data.candidates", greaterThanOrEqualTo(8));

        List<String> partners = partnerIds(SeedProfiles.ISRAELI_MEDTECH, 100);
        assertTrue(partners.contains(SeedProfiles.BEIJING_HOSPITAL.toString()), "replayed profile recommended: " + partners);
        // Upserted and then tombstoned before the service started.
        assertFalse(partners.contains(SeedProfiles.WITHDRAWN.toString()), "tombstoned profile recommended: " + partners);
        given().get("/profiles/{id}/recommendations/partners", SeedProfiles.WITHDRAWN).then().statusCode(404);

        List<String> projects = projectIds(SeedProfiles.ISRAELI_MEDTECH);
        assertTrue(projects.contains(SeedProfiles.POLISH_IMAGING_PROJECT.toString()), "published project: " + projects);
        assertFalse(projects.contains(SeedProfiles.CANADIAN_DRAFT_PROJECT.toString()), "draft project: " + projects);
        given().get("/projects/{id}/recommendations/participants", SeedProfiles.CANADIAN_DRAFT_PROJECT).then().statusCode(404);
    }

    @Test
    void theSentenceVectorsOfReplayedProfilesAreStoredForTheNextStart() {
        Candidate hospital = index.get(TargetType.PROFILE, SeedProfiles.BEIJING_HOSPITAL).orElseThrow();
        TextMeaning offers = index.meaning(hospital).offers();
        StoredSentenceVectors afterRestart = new StoredSentenceVectors(mongo, database);

        assertTrue(afterRestart.load() >= 8, "vectors stored");
        float[] stored = afterRestart.find(MeaningExtractor.shared().textHash(offers.rendering().english())).orElseThrow();
        assertArrayEquals(offers.vector(), stored);

        afterRestart.keep("0123456789abcdef0123456789abcdef", new float[SentenceEncoder.DIMENSIONS]);
        index.forgetUnusedVectors();
        StoredSentenceVectors reloaded = new StoredSentenceVectors(mongo, database);
        reloaded.load();
        assertTrue(reloaded.find("0123456789abcdef0123456789abcdef").isEmpty(), "a vector no text uses is dropped");
        assertTrue(reloaded.find(MeaningExtractor.shared().textHash(offers.rendering().english())).isPresent(),
                "an indexed text's vector stays");
    }

    @Test
    void anUpdateIsRecommendedWithinOneSecond() {
        UUID requester = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        events.upsert(profile(requester, "Graphene Sensing Startup", "STARTUP", "IL", List.of("MATERIALS"),
                "Graphene biosensor chips for glucose monitoring.", "Calibration laboratory for graphene biosensors.",
                List.of("graphene"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        events.upsert(profile(target, "Logistics Software House", "ENTERPRISE", "PL", List.of("MOBILITY"),
                "Route planning software for trucking fleets.", "Fleet operators as pilot customers.",
                List.of("logistics"), List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(10), "requester indexed",
                () -> given().get("/profiles/{id}/recommendations/partners", requester).statusCode() == 200);
        Await.until(Duration.ofSeconds(10), "target indexed",
                () -> given().get("/profiles/{id}/recommendations/partners", target).statusCode() == 200);
        assertFalse(partnerIds(requester, 100).contains(target.toString()));

        events.upsert(profile(target, "Graphene Metrology Institute", "RESEARCH_INSTITUTE", "PL", List.of("MATERIALS"),
                "Calibration laboratory for graphene biosensors and nanomaterial metrology.",
                "Graphene biosensor chips to characterise.", List.of("graphene"), List.of("JOINT_RESEARCH"), List.of("en", "pl"), 2));
        Duration took = Await.until(Duration.ofSeconds(1), "updated profile recommended",
                () -> partnerIds(requester, 100).contains(target.toString()));
        assertTrue(took.toMillis() <= 1000, "took " + took);
        // An older version arriving late does not overwrite the newer one.
        events.upsert(profile(target, "Logistics Software House", "ENTERPRISE", "PL", List.of("MOBILITY"),
                "Route planning software for trucking fleets.", "Fleet operators.", List.of("logistics"),
                List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        // A profile on the same partition, sent after it: once that is indexed, the stale version has been read.
        UUID after = onThePartitionOf(target);
        events.upsert(profile(after, "Marker Ltd", "STARTUP", "PL", List.of("ICT"), "Marker.", "Marker.",
                List.of("marker"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(10), "the profile sent after the stale version indexed",
                () -> given().get("/profiles/{id}/recommendations/partners", after).statusCode() == 200);
        assertTrue(partnerIds(requester, 100).contains(target.toString()), "stale version 1 replaced version 2");
    }

    @Test
    void aTombstoneRemovesTheProfileFromOthersRecommendations() {
        UUID requester = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        events.upsert(profile(requester, "Vertical Farming Startup", "STARTUP", "CA", List.of("AGRIFOOD"),
                "Hydroponic vertical farming systems.", "LED lighting research partner for hydroponic growth.",
                List.of("hydroponics"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        events.upsert(profile(target, "Horticulture Lighting Lab", "UNIVERSITY", "PL", List.of("AGRIFOOD"),
                "LED lighting research for hydroponic growth.", "Hydroponic vertical farming systems to test.",
                List.of("hydroponics"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(10), "target recommended",
                () -> given().get("/profiles/{id}/recommendations/partners", requester).statusCode() == 200
                        && partnerIds(requester, 100).contains(target.toString()));

        events.deleteProfile(target);
        Await.until(Duration.ofSeconds(2), "deleted profile gone",
                () -> !partnerIds(requester, 100).contains(target.toString()));
        given().get("/profiles/{id}/recommendations/partners", target).then().statusCode(404);
    }

    @Test
    void onlyPublishedProjectsAreRecommended() {
        UUID investor = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        UUID projectId = UUID.randomUUID();
        events.upsert(profile(investor, "Aurora Hydrogen Fund", "INVESTOR", "DE", List.of("ENERGY"),
                "Venture capital for hydrogen electrolysis scale-ups.", "Hydrogen electrolysis projects ready for scale-up.",
                List.of("hydrogen"), List.of("INVESTMENT"), List.of("en"), 1));
        events.upsert(profile(owner, "Electrolyser Startup", "STARTUP", "IL", List.of("ENERGY"),
                "Membrane electrolysers.", "Venture capital.", List.of("hydrogen"), List.of("INVESTMENT"), List.of("en"), 1));
        events.upsert(project(projectId, owner, "Hydrogen electrolysis stack", "Scale-up of a membrane hydrogen electrolysis stack.",
                "IL", List.of("ENERGY"), 6, List.of("hydrogen"), "DRAFT", 1));
        Await.until(Duration.ofSeconds(10), "investor indexed",
                () -> given().get("/profiles/{id}/recommendations/projects", investor).statusCode() == 200);

        events.upsert(project(projectId, owner, "Hydrogen electrolysis stack", "Scale-up of a membrane hydrogen electrolysis stack.",
                "IL", List.of("ENERGY"), 6, List.of("hydrogen"), "PUBLISHED", 2));
        Await.until(Duration.ofSeconds(2), "published project recommended",
                () -> projectIds(investor).contains(projectId.toString()));

        events.upsert(project(projectId, owner, "Hydrogen electrolysis stack", "Scale-up of a membrane hydrogen electrolysis stack.",
                "IL", List.of("ENERGY"), 6, List.of("hydrogen"), "CLOSED", 3));
        Await.until(Duration.ofSeconds(2), "closed project gone", () -> !projectIds(investor).contains(projectId.toString()));
        given().get("/projects/{id}/recommendations/participants", projectId).then().statusCode(404);
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheReadModelKeepsFollowing() {
        UUID poisoned = UUID.randomUUID();
        events.sendRaw("innomatch.profiles", poisoned.toString(),
                Map.of("ce_specversion", "1.0", "ce_type", "org.innomatch.profile.upserted.v1", "ce_id", UUID.randomUUID().toString(),
                        "ce_source", "/test", "ce_time", "2026-11-23T09:00:00Z", "ce_subject", poisoned.toString()),
                "{not json".getBytes(StandardCharsets.UTF_8));
        events.sendRaw("innomatch.profiles", poisoned.toString(), Map.of("ce_type", "org.innomatch.unknown.v1"),
                "{}".getBytes(StandardCharsets.UTF_8));
        // Same key, so the same partition: it is read after the two bad records.
        events.upsert(profile(poisoned, "Recovered Profile", "STARTUP", "IL", List.of("ICT"), "Edge computing.", "Telecom pilots.",
                List.of("edge"), List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(5), "profile after the bad records indexed",
                () -> given().get("/profiles/{id}/recommendations/partners", poisoned).statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'matching-read-model' }.data.failed", equalTo(false));
    }

    /** A fresh profile id whose records go to the same partition of innomatch.profiles (3) as {@code id}'s. */
    private static UUID onThePartitionOf(UUID id) {
        UUID candidate;
        do {
            candidate = UUID.randomUUID();
        } while (partitionOf(candidate) != partitionOf(id));
        return candidate;
    }

    /** The producer's default partitioner for a keyed record. */
    private static int partitionOf(UUID key) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % 3;
    }

    static List<String> partnerIds(UUID profile, int limit) {
        return given().queryParam("limit", limit).get("/profiles/{id}/recommendations/partners", profile)
                .then().statusCode(200).extract().jsonPath().getList("items.profileId");
    }

    static List<String> projectIds(UUID profile) {
        return given().queryParam("limit", 100).get("/profiles/{id}/recommendations/projects", profile)
                .then().statusCode(200).extract().jsonPath().getList("items.projectId");
    }
}
