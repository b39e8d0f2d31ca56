package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.innomatch.profile.profiles.ProfileRequests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.caller.testing.NoDefaultCaller;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Mutual matches and accepted meetings, heard on the real broker, open contact details to the other side. */
@QuarkusTest
@NoDefaultCaller
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class ContactGrantTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static KafkaProducer<String, byte[]> producer;

    @Inject
    EntityManager em;

    @BeforeAll
    static void producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void aMutualMatchShowsEachSideTheOthersContactButNobodyElse() throws Exception {
        String a = create("Match side A");
        String tag = "grant" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "x");
        Map<String, Object> bBody = valid("Match side B");
        bBody.put("keywords", List.of(tag));
        String b = create(bBody);
        String stranger = create("Unrelated");
        as(participant(a)).when().get("/profiles/" + b).then().statusCode(200).body("$", not(hasKey("contact")));

        // RecommendationAvailable shares the topic and grants nothing.
        send(EventEnvelope.of(EventType.RECOMMENDATION_AVAILABLE, "/matching-service",
                new RecommendationAvailable(UUID.fromString(a), "PROFILE", UUID.fromString(b), 0.9,
                        List.of(), Instant.now())), null);
        EventEnvelope<MatchFound> match = EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b));
        send(match, null);

        awaitContactVisible(a, b);
        as(participant(b)).when().get("/profiles/" + a).then().statusCode(200).body("contact.email", equalTo("anna.kowalska@example.pl"));
        as(participant(stranger)).when().get("/profiles/" + a).then().statusCode(200).body("$", not(hasKey("contact")));
        as(participant(stranger)).when().get("/profiles/" + b).then().statusCode(200).body("$", not(hasKey("contact")));
        as(participant(a)).queryParam("q", tag).when().get("/profiles").then().statusCode(200)
                .body("items.id", equalTo(List.of(b)))
                .body("items.contact", everyItem(nullValue()));

        // The same event again, then a later one on the same partition: once that is applied, the duplicate was
        // handled too, and left one grant behind.
        send(match, match.subject());
        String c = create("Match side C");
        send(EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", match.subject(), matchOf(a, c)), match.subject());
        awaitContactVisible(a, c);
        assertEquals(1L, count("SELECT count(*) FROM contact_grant WHERE ? IN (profile_low, profile_high) "
                + "AND ? IN (profile_low, profile_high)", a, b));
        as(participant(a)).when().get("/profiles/" + b).then().statusCode(200).body("contact.email", equalTo("anna.kowalska@example.pl"));
    }

    @Test
    void aCopyCachedWithoutTheContactIsNoLongerCurrentOnceTheContactOpens() throws Exception {
        String a = create("Cached side A");
        String b = create("Cached side B");
        String stranger = create("Cached stranger");
        String withoutContact = as(participant(a)).when().get("/profiles/" + b).then().statusCode(200)
                .header("ETag", "\"0-without-contact\"").body("$", not(hasKey("contact"))).extract().header("ETag");
        as(participant(stranger)).header("If-None-Match", withoutContact).when().get("/profiles/" + b)
                .then().statusCode(304).header("ETag", withoutContact);

        send(EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b)), null);
        awaitContactVisible(a, b);

        // The profile itself has not changed (version 0), but what a may read of it has.
        as(participant(a)).header("If-None-Match", withoutContact).when().get("/profiles/" + b).then().statusCode(200)
                .header("ETag", "\"0\"").body("contact.email", equalTo("anna.kowalska@example.pl"));
        as(participant(a)).header("If-None-Match", "\"0\"").when().get("/profiles/" + b).then().statusCode(304);
        as(participant(stranger)).header("If-None-Match", "\"0\"").when().get("/profiles/" + b).then().statusCode(200)
                .header("ETag", withoutContact).body("$", not(hasKey("contact")));
        as(participant(stranger)).header("If-None-Match", withoutContact).when().get("/profiles/" + b)
                .then().statusCode(304);
    }

    @Test
    void aMatchThatEndsClosesTheContactAgainAndACachedCopyWithItIsNoLongerCurrent() throws Exception {
        String a = create("Ending side A");
        String b = create("Ending side B");
        EventEnvelope<MatchFound> found = EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b));
        send(found, null);
        awaitContactVisible(a, b);
        String withContact = as(participant(a)).when().get("/profiles/" + b).then().statusCode(200)
                .extract().header("ETag");

        send(EventEnvelope.of(EventType.MATCH_ENDED, "/matching-service", endOf(found)), null);
        awaitContactHidden(a, b);
        awaitContactHidden(b, a);
        as(participant(a)).header("If-None-Match", withContact).when().get("/profiles/" + b).then().statusCode(200)
                .header("ETag", "\"0-without-contact\"").body("$", not(hasKey("contact")));
        assertEquals(0L, count("SELECT count(*) FROM contact_grant WHERE ? IN (profile_low, profile_high) "
                + "AND ? IN (profile_low, profile_high)", a, b));
    }

    @Test
    void whenOneOfTwoGrantsEndsTheOtherKeepsTheContactOpen() throws Exception {
        String a = create("Twice matched A");
        String b = create("Twice matched B");
        String met = create("Met in a meeting");
        EventEnvelope<MatchFound> first = EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b));
        EventEnvelope<MatchFound> second = EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b));
        EventEnvelope<MatchFound> withMet = EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service",
                matchOf(a, met));
        String key = UUID.randomUUID().toString();
        send(first, key);
        send(second, key);
        send(withMet, key);
        String meetingKey = UUID.randomUUID().toString();
        send(EventEnvelope.of(EventType.MEETING_CHANGED, "/matching-service", meetingKey,
                meeting(a, met, "ACCEPTED")), meetingKey);
        awaitContactVisible(a, b);
        awaitContactVisible(a, met);
        assertEquals(2L, count("SELECT count(*) FROM contact_grant WHERE ? IN (profile_low, profile_high) "
                + "AND ? IN (profile_low, profile_high)", a, b));

        // Each end, then a marker on the same partition: once the marker's grant shows, the end was applied.
        send(EventEnvelope.of(EventType.MATCH_ENDED, "/matching-service", key, endOf(first)), key);
        send(EventEnvelope.of(EventType.MATCH_ENDED, "/matching-service", key, endOf(withMet)), key);
        String marker = create("Marker");
        send(EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", key, matchOf(a, marker)), key);
        awaitContactVisible(a, marker);
        as(participant(a)).when().get("/profiles/" + b).then().statusCode(200)
                .body("contact.email", equalTo("anna.kowalska@example.pl"));
        // The match with met ended, the meeting with met still holds.
        as(participant(a)).when().get("/profiles/" + met).then().statusCode(200)
                .body("contact.email", equalTo("anna.kowalska@example.pl"));

        send(EventEnvelope.of(EventType.MATCH_ENDED, "/matching-service", key, endOf(second)), key);
        awaitContactHidden(a, b);
    }

    @Test
    void aMatchThatEndedBeforeItsMatchFoundArrivedGrantsNothing() throws Exception {
        String a = create("Late found A");
        String b = create("Late found B");
        EventEnvelope<MatchFound> found = EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b));
        String key = UUID.randomUUID().toString();
        send(EventEnvelope.of(EventType.MATCH_ENDED, "/matching-service", key, endOf(found)), key);
        send(found, key);
        String marker = create("Late marker");
        send(EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", key, matchOf(a, marker)), key);
        awaitContactVisible(a, marker);
        as(participant(a)).when().get("/profiles/" + b).then().statusCode(200).body("$", not(hasKey("contact")));
    }

    @Test
    void anAcceptedMeetingGrantsAndACancelledOneDoesNot() throws Exception {
        String requester = create("Requester");
        String invitee = create("Invitee");
        String cancelledRequester = create("Cancelled requester");
        String cancelledInvitee = create("Cancelled invitee");
        String key = UUID.randomUUID().toString();

        send(EventEnvelope.of(EventType.MEETING_CHANGED, "/matching-service", key,
                meeting(cancelledRequester, cancelledInvitee, "CANCELLED")), key);
        send(EventEnvelope.of(EventType.MEETING_CHANGED, "/matching-service", key,
                meeting(requester, invitee, "ACCEPTED")), key);

        awaitContactVisible(invitee, requester);
        as(participant(requester)).when().get("/profiles/" + invitee).then().statusCode(200).body("contact.email", equalTo("anna.kowalska@example.pl"));
        // Same partition, earlier offset: the cancelled meeting was handled before the accepted one.
        as(participant(cancelledInvitee)).when().get("/profiles/" + cancelledRequester).then().statusCode(200).body("$", not(hasKey("contact")));
        as(participant(cancelledRequester)).when().get("/profiles/" + cancelledInvitee).then().statusCode(200).body("$", not(hasKey("contact")));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextOneStillGrants() throws Exception {
        String a = create("After poison A");
        String b = create("After poison B");
        String key = UUID.randomUUID().toString();
        producer.send(new ProducerRecord<>(Topics.MATCHES, null, key, "{not json".getBytes(StandardCharsets.UTF_8),
                List.of(header("ce_specversion", "1.0"), header("ce_id", UUID.randomUUID().toString()),
                        header("ce_type", EventType.MATCH_FOUND.type()), header("ce_source", "/matching-service"),
                        header("ce_time", Instant.now().toString()), header("ce_subject", key)))).get();
        send(EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", key, matchOf(a, b)), key);

        awaitContactVisible(a, b);
        assertEquals(key, firstKeyOn("innomatch.matches.dlq.profile-service"));
    }

    @Test
    void erasingAProfileDeletesItsGrants() throws Exception {
        String a = create("Erased side");
        String b = create("Remaining side");
        send(EventEnvelope.of(EventType.MATCH_FOUND, "/matching-service", matchOf(a, b)), null);
        awaitContactVisible(b, a);

        as(TestTokens.internalAdmin()).when().delete("/profiles/" + a).then().statusCode(204);
        assertEquals(0L, count("SELECT count(*) FROM contact_grant WHERE ? IN (profile_low, profile_high) "
                + "OR ? IN (profile_low, profile_high)", a, a));
    }

    private static MatchFound matchOf(String a, String b) {
        return new MatchFound(UUID.randomUUID(), new MatchParty("PROFILE", UUID.fromString(a), UUID.fromString(a)),
                new MatchParty("PROFILE", UUID.fromString(b), UUID.fromString(b)), 0.8, Instant.now());
    }

    /** The MatchEnded that ends {@code found}. */
    private static MatchEnded endOf(EventEnvelope<MatchFound> found) {
        MatchFound match = found.data();
        return new MatchEnded(match.matchId(), match.a(), match.b(), found.id(), Instant.now());
    }

    private static MeetingChanged meeting(String requester, String invitee, String status) {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");
        return new MeetingChanged(UUID.randomUUID(), UUID.randomUUID(), UUID.fromString(requester),
                UUID.fromString(invitee), status, start, start.plusMinutes(20), 3, null, Instant.now());
    }

    private static void send(EventEnvelope<?> event, String key) throws Exception {
        List<org.apache.kafka.common.header.Header> headers = event.headers().entrySet().stream()
                .map(e -> header(e.getKey(), e.getValue())).toList();
        producer.send(new ProducerRecord<>(event.type().topic(), null, key == null ? event.subject() : key,
                event.value(), headers)).get();
    }

    private static org.apache.kafka.common.header.Header header(String key, String value) {
        return new org.apache.kafka.common.header.internals.RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls until {@code viewer}'s participant token sees the contact of {@code profile}. */
    private static void awaitContactVisible(String viewer, String profile) {
        await(viewer + " to see the contact of " + profile).atMost(DEADLINE)
                .until(() -> seesContact(viewer, profile));
    }

    /** Polls until {@code viewer}'s participant token no longer sees the contact of {@code profile}. */
    private static void awaitContactHidden(String viewer, String profile) {
        await(viewer + " no longer to see the contact of " + profile).atMost(DEADLINE)
                .until(() -> !seesContact(viewer, profile));
    }

    private static boolean seesContact(String viewer, String profile) {
        return as(participant(viewer)).when().get("/profiles/" + profile).then().statusCode(200).extract().jsonPath()
                .getMap("$").containsKey("contact");
    }

    private static String firstKeyOn(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    return record.key();
                }
            }
            throw new AssertionError("Nothing on " + topic + " within " + DEADLINE);
        }
    }

    private long count(String sql, String first, String second) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, UUID.fromString(first))
                .setParameter(2, UUID.fromString(second))
                .getSingleResult()).longValue());
    }

    private static String participant(String profileId) {
        return TestTokens.internalParticipant(profileId);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    private static String create(String name) {
        return create(valid(name));
    }

    private static String create(Map<String, Object> body) {
        return as(TestTokens.internalAdmin()).contentType(ContentType.JSON).body(body).when().post("/profiles")
                .then().statusCode(201).extract().path("id");
    }
}
