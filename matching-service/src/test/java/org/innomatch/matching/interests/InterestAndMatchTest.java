package org.innomatch.matching.interests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.testing.TestEvents.profile;
import static org.innomatch.matching.testing.TestEvents.project;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innomatch.events.Topics;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.matches.MatchPair;
import org.innomatch.matching.matches.MutualMatch;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ComplementaryPairs;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class InterestAndMatchTest {

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
    void notInterestedHidesTheTargetAndALaterDecisionReplacesIt() {
        UUID[] pair = complementaryPair("Solar Coatings");
        UUID me = pair[0];
        UUID them = pair[1];
        assertTrue(partnerIds(me).contains(them.toString()));

        decide(me, "PROFILE", them, "NOT_INTERESTED").then().statusCode(201).body("decision", equalTo("NOT_INTERESTED"));
        assertFalse(partnerIds(me).contains(them.toString()), "NOT_INTERESTED target still recommended");

        decide(me, "PROFILE", them, "INTERESTED").then().statusCode(200).body("decision", equalTo("INTERESTED"))
                .body("matchIds", empty());
        assertTrue(partnerIds(me).contains(them.toString()), "replaced decision still hides the target");
    }

    @Test
    void twoInterestedSidesMakeOneMatchAndOneMatchFoundEvenUnderDuplicates() throws Exception {
        UUID[] pair = complementaryPair("Battery Recycling");
        UUID a = pair[0];
        UUID b = pair[1];
        decide(a, "PROFILE", b, "INTERESTED").then().statusCode(201).body("matchIds", empty());

        // b answers three times, two of them concurrently: one match, one event.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> answer = () -> decide(b, "PROFILE", a, "INTERESTED").then().statusCode(org.hamcrest.Matchers.anyOf(
                    equalTo(200), equalTo(201))).body("matchIds", hasSize(1)).extract().path("matchIds[0]");
            List<Future<String>> answers = List.of(pool.submit(answer), pool.submit(answer));
            String matchId = answers.get(0).get();
            assertEquals(matchId, answers.get(1).get());
            decide(b, "PROFILE", a, "INTERESTED").then().statusCode(200).body("matchIds", equalTo(List.of(matchId)));

            given().get("/profiles/{id}/matches", a).then().statusCode(200)
                    .body("items.size()", equalTo(1)).body("items[0].matchId", equalTo(matchId))
                    .body("items[0].a.type", equalTo("PROFILE")).body("items[0].b.type", equalTo("PROFILE"))
                    .body("nextCursor", nullValue());
            given().get("/profiles/{id}/matches", b).then().statusCode(200).body("items.matchId", equalTo(List.of(matchId)));

            List<ConsumerRecord<String, byte[]>> records = matchRecords(matchId);
            assertEquals(1, records.size(), "MatchFound records for " + matchId);
            ConsumerRecord<String, byte[]> record = records.get(0);
            assertEquals("org.innomatch.match.found.v1", header(record, "ce_type"));
            assertEquals(matchId, header(record, "ce_subject"));
            assertEquals(MatchPair.eventIdOf(UUID.fromString(matchId)).toString(), header(record, "ce_id"));
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertTrue(json.contains(a.toString()) && json.contains(b.toString()), json);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProfilesMatchesComeInPagesThatTogetherHoldEachMatchOnce() {
        UUID me = UUID.randomUUID();
        events.upsert(profile(me, "Hydrogen Storage Startup", "STARTUP", "IL", List.of("ENERGY"),
                "hydrogen storage pilot plant technology.", "hydrogen storage research partner with test facilities.",
                List.of("hydrogen storage"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID other = UUID.randomUUID();
            others.add(other);
            events.upsert(profile(other, "Hydrogen Storage Institute " + i, "RESEARCH_INSTITUTE", "CN",
                    List.of("ENERGY"), "hydrogen storage research partner with test facilities.",
                    "hydrogen storage pilot plant technology.", List.of("hydrogen storage"),
                    List.of("JOINT_RESEARCH"), List.of("zh", "en"), 1));
        }
        Await.until(Duration.ofSeconds(10), "all indexed", () -> partnerIds(me).containsAll(
                others.stream().map(UUID::toString).toList()));
        List<String> matchIds = new ArrayList<>();
        for (UUID other : others) {
            decide(me, "PROFILE", other, "INTERESTED").then().statusCode(201);
            matchIds.add(decide(other, "PROFILE", me, "INTERESTED").then().statusCode(201)
                    .extract().path("matchIds[0]"));
        }

        JsonPath first = given().queryParam("limit", 2).get("/profiles/{id}/matches", me).then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().jsonPath();
        JsonPath second = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/profiles/{id}/matches", me).then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", nullValue()).extract().jsonPath();
        List<String> paged = new ArrayList<>(first.getList("items.matchId"));
        paged.addAll(second.getList("items.matchId"));
        assertEquals(new HashSet<>(matchIds), new HashSet<>(paged));
        assertEquals(3, paged.size(), "a match on two pages: " + paged);

        given().queryParam("cursor", "not a cursor!").get("/profiles/{id}/matches", me).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 0).get("/profiles/{id}/matches", me).then().statusCode(400);
    }

    @Test
    void bothSidesAnsweringAtTheSameTimeMakeOneMatch() throws Exception {
        UUID[] pair = complementaryPair("Carbon Capture");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> ab = pool.submit(() -> decide(pair[0], "PROFILE", pair[1], "INTERESTED"));
            Future<Response> ba = pool.submit(() -> decide(pair[1], "PROFILE", pair[0], "INTERESTED"));
            assertEquals(201, ab.get().statusCode());
            assertEquals(201, ba.get().statusCode());
        } finally {
            pool.shutdownNow();
        }
        List<String> ids = given().get("/profiles/{id}/matches", pair[0]).then().statusCode(200)
                .extract().jsonPath().getList("items.matchId");
        assertEquals(1, ids.size(), "matches " + ids);
        assertEquals(1, matchRecords(ids.get(0)).size());
    }

    @Test
    void concurrentIdenticalFirstDecisionsGetOneCreatedAndTheRestReplaced() throws Exception {
        UUID[] pair = complementaryPair("Desalination Membranes");
        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return decide(pair[0], "PROFILE", pair[1], "NOT_INTERESTED").statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertEquals(1, answered.stream().filter(s -> s == 201).count(), "201s among " + answered);
            assertEquals(senders - 1, answered.stream().filter(s -> s == 200).count(), "200s among " + answered);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProfileAndAProjectOwnerMatchWhenBothAreInterested() {
        UUID[] pair = complementaryPair("Precision Agriculture");
        UUID visitor = pair[0];
        UUID owner = pair[1];
        UUID projectId = publishedProject(owner, "Precision agriculture drones", "Drones for crop monitoring.",
                "precision agriculture");

        decide(visitor, "PROJECT", projectId, "INTERESTED").then().statusCode(201).body("matchIds", empty());
        String matchId = decide(owner, "PROFILE", visitor, "INTERESTED").then().statusCode(201)
                .body("matchIds", hasSize(1)).extract().path("matchIds[0]");
        given().get("/profiles/{id}/matches", visitor).then().statusCode(200)
                .body("items.matchId", hasItem(matchId))
                .body("items.find { it.matchId == '" + matchId + "' }.b.type", equalTo("PROJECT"))
                .body("items.find { it.matchId == '" + matchId + "' }.b.profileId", equalTo(owner.toString()));
        assertEquals(1, matchRecords(matchId).size());
    }

    @Test
    void aMatchLeftUnpublishedIsPublishedByTheSchedulerWithItsFixedEventId() {
        // What a crash between the Mongo write and the Kafka send leaves behind.
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        MatchPair pair = MatchPair.of(new MatchPair.Party(TargetType.PROFILE, x, x), new MatchPair.Party(TargetType.PROFILE, y, y));
        MutualMatch orphan = new MutualMatch();
        orphan.id = pair.key();
        orphan.matchId = pair.matchId().toString();
        orphan.firstType = "PROFILE";
        orphan.firstId = pair.a().id().toString();
        orphan.firstProfileId = orphan.firstId;
        orphan.secondType = "PROFILE";
        orphan.secondId = pair.b().id().toString();
        orphan.secondProfileId = orphan.secondId;
        orphan.score = 0.5;
        orphan.foundAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        orphan.published = false;
        orphan.persist();

        List<ConsumerRecord<String, byte[]>> records = matchRecords(orphan.matchId);
        assertEquals(1, records.size());
        assertEquals(MatchPair.eventIdOf(pair.matchId()).toString(), header(records.get(0), "ce_id"));
        assertEquals(orphan.foundAt.toString(), header(records.get(0), "ce_time"));
        Await.until(Duration.ofSeconds(5), "marked published",
                () -> MutualMatch.<MutualMatch>findById(orphan.id).published);
    }

    @Test
    void withdrawingAnInterestEndsTheMatchOnceAndInterestAgainBeginsItAnew() {
        UUID[] pair = complementaryPair("Hydrogen Storage");
        UUID a = pair[0];
        UUID b = pair[1];
        decide(a, "PROFILE", b, "INTERESTED").then().statusCode(201);
        String matchId = decide(b, "PROFILE", a, "INTERESTED").then().statusCode(201)
                .body("matchIds", hasSize(1)).extract().path("matchIds[0]");

        decide(a, "PROFILE", b, "NOT_INTERESTED").then().statusCode(200).body("matchIds", empty());
        given().get("/profiles/{id}/matches", a).then().statusCode(200).body("items.matchId", not(hasItem(matchId)));
        given().get("/profiles/{id}/matches", b).then().statusCode(200).body("items.matchId", not(hasItem(matchId)));
        // Saying it again ends nothing more.
        decide(a, "PROFILE", b, "NOT_INTERESTED").then().statusCode(200);

        decide(a, "PROFILE", b, "INTERESTED").then().statusCode(200).body("matchIds", equalTo(List.of(matchId)));
        given().get("/profiles/{id}/matches", b).then().statusCode(200).body("items.matchId", hasItem(matchId));

        UUID id = UUID.fromString(matchId);
        List<ConsumerRecord<String, byte[]>> records = matchRecords(matchId);
        assertEquals(List.of("org.innomatch.match.found.v1", "org.innomatch.match.ended.v1",
                "org.innomatch.match.found.v1"), records.stream().map(r -> header(r, "ce_type")).toList());
        assertEquals(List.of(MatchPair.eventIdOf(id).toString(), MatchPair.endedEventIdOf(id, 1).toString(),
                MatchPair.foundEventIdOf(id, 2).toString()), records.stream().map(r -> header(r, "ce_id")).toList());
        String ended = new String(records.get(1).value(), StandardCharsets.UTF_8);
        assertTrue(ended.contains("\"foundEventId\":\"" + MatchPair.eventIdOf(id) + "\""), ended);
        Await.until(Duration.ofSeconds(5), "marked published",
                () -> MutualMatch.<MutualMatch>findById(MutualMatch.<MutualMatch>find("matchId", matchId)
                        .firstResult().id).published);
    }

    @Test
    void aProjectOwnerWithdrawingInterestInAProfileEndsItsMatchWithTheProject() {
        UUID[] pair = complementaryPair("Vertical Farming");
        UUID visitor = pair[0];
        UUID owner = pair[1];
        UUID projectId = publishedProject(owner, "Vertical farming towers", "Towers for urban farms.",
                "vertical farming");
        decide(visitor, "PROJECT", projectId, "INTERESTED").then().statusCode(201);
        String matchId = decide(owner, "PROFILE", visitor, "INTERESTED").then().statusCode(201)
                .body("matchIds", hasSize(1)).extract().path("matchIds[0]");

        decide(owner, "PROFILE", visitor, "NOT_INTERESTED").then().statusCode(200);
        given().get("/profiles/{id}/matches", visitor).then().statusCode(200).body("items.matchId", not(hasItem(matchId)));
        assertEquals(List.of("org.innomatch.match.found.v1", "org.innomatch.match.ended.v1"),
                matchRecords(matchId).stream().map(r -> header(r, "ce_type")).toList());
    }

    @Test
    void aMatchStoredBeforeGenerationsEndsNamingTheMatchFoundItHadPublished() {
        UUID[] pair = complementaryPair("Tidal Energy");
        MatchPair match = MatchPair.of(new MatchPair.Party(TargetType.PROFILE, pair[0], pair[0]),
                new MatchPair.Party(TargetType.PROFILE, pair[1], pair[1]));
        // As the service stored matches before they could end: no generation, no endedAt.
        MutualMatch.mongoDatabase().getCollection("matches").insertOne(new Document("_id", match.key())
                .append("matchId", match.matchId().toString())
                .append("firstType", "PROFILE").append("firstId", match.a().id().toString())
                .append("firstProfileId", match.a().id().toString())
                .append("secondType", "PROFILE").append("secondId", match.b().id().toString())
                .append("secondProfileId", match.b().id().toString())
                .append("score", 0.6).append("foundAt", java.util.Date.from(Instant.now().minusSeconds(3600)))
                .append("published", true));

        decide(pair[1], "PROFILE", pair[0], "NOT_INTERESTED").then().statusCode(201);
        List<ConsumerRecord<String, byte[]>> records = matchRecords(match.matchId().toString());
        assertEquals(1, records.size());
        assertEquals(MatchPair.endedEventIdOf(match.matchId(), 1).toString(), header(records.get(0), "ce_id"));
        String ended = new String(records.get(0).value(), StandardCharsets.UTF_8);
        assertTrue(ended.contains("\"foundEventId\":\"" + MatchPair.eventIdOf(match.matchId()) + "\""), ended);
        Await.until(Duration.ofSeconds(5), "marked published",
                () -> MutualMatch.<MutualMatch>findById(match.key()).published);
    }

    @Test
    void invalidDecisionsAreProblems() {
        UUID[] pair = complementaryPair("Desalination");
        given().contentType(ContentType.JSON)
                .body("{\"targetType\":\"PROFILE\",\"targetId\":\"" + pair[1] + "\",\"decision\":\"MAYBE\"}")
                .post("/profiles/{id}/interests", pair[0])
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("decision"));
        given().contentType(ContentType.JSON).body("{\"targetType\":\"PROFILE\",\"decision\":\"INTERESTED\"}")
                .post("/profiles/{id}/interests", pair[0])
                .then().statusCode(400).body("errors.field", hasItem("targetId"));
        decide(UUID.randomUUID(), "PROFILE", pair[1], "INTERESTED").then().statusCode(404);
        decide(pair[0], "PROFILE", UUID.randomUUID(), "INTERESTED").then().statusCode(404);
        decide(pair[0], "PROFILE", pair[0], "INTERESTED").then().statusCode(400).body("errors.field", hasItem("targetId"));
    }

    /** A published agrifood project of {@code owner}; returns its id once indexed. */
    private static UUID publishedProject(UUID owner, String title, String summary, String keyword) {
        UUID projectId = UUID.randomUUID();
        events.upsert(project(projectId, owner, title, summary, "PL", List.of("AGRIFOOD"), 6, List.of(keyword),
                "PUBLISHED", 1));
        Await.until(Duration.ofSeconds(10), "project indexed",
                () -> given().get("/projects/{id}/recommendations/participants", projectId).statusCode() == 200);
        return projectId;
    }

    /** Two fresh profiles that recommend each other; returns them once indexed. */
    private static UUID[] complementaryPair(String topic) {
        return ComplementaryPairs.create(events, topic);
    }

    private static Response decide(UUID profile, String targetType, UUID target, String decision) {
        return given().contentType(ContentType.JSON)
                .body("{\"targetType\":\"" + targetType + "\",\"targetId\":\"" + target + "\",\"decision\":\"" + decision + "\"}")
                .post("/profiles/{id}/interests", profile);
    }

    private static List<String> partnerIds(UUID profile) {
        return ComplementaryPairs.partnerIds(profile);
    }

    /** Every record on innomatch.matches keyed by the match id, read until the topic stayed quiet for 3 s. */
    private static List<ConsumerRecord<String, byte[]>> matchRecords(String matchId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MATCHES).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline && (found.isEmpty() || System.nanoTime() < quietUntil)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (matchId.equals(r.key())) {
                        found.add(r);
                        quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    }
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
