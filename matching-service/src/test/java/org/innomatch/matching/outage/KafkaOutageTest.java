package org.innomatch.matching.outage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.Topics;
import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.matches.MutualMatch;
import org.innomatch.matching.meetings.Meeting;
import org.innomatch.matching.meetings.MeetingFixtures;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ComplementaryPairs;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Matches and meetings are stored first and published after (the flag and re-publisher pattern): what is made while
 * the broker is down reaches Kafka once when it is back. Stops the shared broker, so it runs after every other test
 * class (quarkus.test.class-orderer orders classes by {@link Order}) and restarts the broker whatever happens.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,"
                + "innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
@Order(Integer.MAX_VALUE)
class KafkaOutageTest {

    private static TestEvents events;

    @Inject
    EventModelStore store;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void matchesAndMeetingsMadeWhileTheBrokerIsDownArePublishedOnceItIsBack() {
        Await.ready();
        UUID[] pair = ComplementaryPairs.create(events, "Desalination Membranes");
        MeetingFixtures.Event event = MeetingFixtures.event(events, store, 2, 2);
        UUID requester = event.people().get(0);
        UUID invitee = event.people().get(1);

        EmbeddedKafkaBroker broker = KafkaTestResource.broker();
        String matchId;
        String meetingId;
        broker.stop();
        try {
            decide(pair[0], pair[1]).then().statusCode(201);
            matchId = decide(pair[1], pair[0]).then().statusCode(201).extract().path("matchIds[0]");
            meetingId = given().contentType(ContentType.JSON)
                    .body(Map.of("requesterProfileId", requester.toString(), "inviteeProfileId", invitee.toString()))
                    .post("/events/{id}/meetings", event.id()).then().statusCode(201).extract().path("meetingId");
            given().contentType(ContentType.JSON).body(Map.of("actorProfileId", invitee.toString()))
                    .post("/events/{id}/meetings/{mid}/accept", event.id(), meetingId).then().statusCode(200);
        } finally {
            broker.start();
        }

        String bootstrap = broker.bootstrapServers();
        TopicRecords.readUntil(bootstrap, Topics.MATCHES, records -> count(records, matchId) >= 1,
                Duration.ofSeconds(60));
        TopicRecords.readUntil(bootstrap, Topics.MEETINGS, records -> count(records, meetingId) >= 1,
                Duration.ofSeconds(60));
        // Each change is flagged once Kafka acknowledged it, and then never sent again: from then on the topics
        // hold all there will be.
        Await.until(Duration.ofSeconds(30), "match and meeting flagged as published", () ->
                MutualMatch.<MutualMatch>find("matchId", matchId).firstResultOptional().map(m -> m.published)
                        .orElse(false)
                        && Meeting.<Meeting>findByIdOptional(meetingId).map(m -> m.published).orElse(false));
        List<ConsumerRecord<String, byte[]>> matches = TopicRecords.readAll(bootstrap, Topics.MATCHES,
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> meetings = TopicRecords.readAll(bootstrap, Topics.MEETINGS,
                Duration.ofSeconds(30));

        assertEquals(1, count(matches, matchId), "MatchFound records of " + matchId);
        // A MeetingChanged carries the meeting's whole state and the re-publisher sends its latest revision: the
        // request that never left is superseded by the acceptance.
        assertEquals(List.of("ACCEPTED"), statuses(meetings, meetingId), "MeetingChanged records of " + meetingId);
    }

    private static io.restassured.response.Response decide(UUID profile, UUID target) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("targetType", "PROFILE", "targetId", target.toString(), "decision", "INTERESTED"))
                .post("/profiles/{id}/interests", profile);
    }

    private static long count(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).count();
    }

    private static List<String> statuses(List<ConsumerRecord<String, byte[]>> records, String meetingId) {
        return records.stream().filter(r -> meetingId.equals(r.key()))
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .map(json -> json.replaceAll("(?s).*\"status\"\\s*:\\s*\"([A-Z_]+)\".*", "$1")).toList();
    }
}
