package org.innomatch.project.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.innomatch.project.programme.ProgrammeApi.as;
import static org.innomatch.project.programme.ProgrammeApi.asParticipant;
import static org.innomatch.project.programme.ProgrammeApi.create;
import static org.innomatch.project.programme.ProgrammeApi.event;
import static org.innomatch.project.programme.ProgrammeApi.follower;
import static org.innomatch.project.programme.ProgrammeApi.panel;
import static org.innomatch.project.programme.ProgrammeApi.register;
import static org.innomatch.project.programme.ProgrammeApi.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "innomatch_projects"))
class SessionFollowTest {

    @Test
    void aRegisteredParticipantFollowsOnceAndUnfollowsAndBothArePublished() {
        String event = event("OPEN");
        String talk = create(event, panel("09:30", "10:00", "Hall B"));
        UUID me = Profiles.known("Beijing medical-device maker");

        asParticipant(me).when().put(follower(event, talk, me)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("profileId"));
        register(event, me);
        asParticipant(me).when().put(follower(event, talk, me)).then().statusCode(201)
                .body("status", equalTo("FOLLOWING")).body("sessionId", equalTo(talk));
        asParticipant(me).when().put(follower(event, talk, me)).then().statusCode(200);
        asParticipant(me).when().get("/profiles/" + me + "/followed-sessions").then().statusCode(200)
                .body("items.id", equalTo(List.of(talk)));
        asParticipant(me).when().delete(follower(event, talk, me)).then().statusCode(204);
        asParticipant(me).when().delete(follower(event, talk, me)).then().statusCode(204);
        asParticipant(me).when().get("/profiles/" + me + "/followed-sessions").then().body("items", hasSize(0));
        asParticipant(me).when().put(follower(event, talk, me)).then().statusCode(201);

        List<SessionFollowChanged> changes = follows(event, 3);
        assertEquals(List.of("FOLLOWING", "UNFOLLOWED", "FOLLOWING"),
                changes.stream().map(SessionFollowChanged::status).toList());
        assertEquals(List.of(1L, 2L, 3L), changes.stream().map(SessionFollowChanged::version).toList());
        assertEquals(me, changes.get(0).actorProfileId());
        assertEquals(UUID.fromString(talk), changes.get(0).sessionId());
    }

    @Test
    void onlyTheProfileItsPartnerAndAdminsFollowForIt() {
        String event = event("OPEN");
        String talk = create(event, panel("10:00", "10:30", null));
        UUID mine = Profiles.knownOwnedBy("Registered by the Polish embassy", "embassy-pl");
        UUID other = Profiles.known("Someone else");
        register(event, mine);
        register(event, other);

        asParticipant(other).when().put(follower(event, talk, mine)).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.internalPartner("embassy-ca")).when().put(follower(event, talk, mine)).then().statusCode(403);
        as(TestTokens.internalPartner("embassy-ca")).when().get("/profiles/" + mine + "/followed-sessions")
                .then().statusCode(403);
        as(TestTokens.internalPartner("embassy-pl")).when().put(follower(event, talk, mine)).then().statusCode(201);
        given().when().put(follower(event, talk, other)).then().statusCode(201);
        asParticipant(other).when().delete(follower(event, talk, mine)).then().statusCode(403);
        as(TestTokens.internalPartner("embassy-pl")).when().get("/profiles/" + mine + "/followed-sessions")
                .then().statusCode(200).body("items", hasSize(1));
        given().when().put(follower(event, UUID.randomUUID().toString(), other)).then().statusCode(404);
    }

    @Test
    void cancellingTheRegistrationEndsTheFollowsOfThatEvent() {
        String event = event("OPEN");
        String first = create(event, panel("09:00", "09:30", null));
        String second = create(event, panel("11:00", "11:30", null));
        UUID me = Profiles.known("Canadian manufacturing institute");
        register(event, me);
        given().when().put(follower(event, first, me)).then().statusCode(201);
        given().when().put(follower(event, second, me)).then().statusCode(201);
        given().queryParam("eventId", event).when().get("/profiles/" + me + "/followed-sessions").then()
                .body("items.id", equalTo(List.of(first, second)));

        given().when().delete("/events/" + event + "/registrations/" + me).then().statusCode(204);

        given().when().get("/profiles/" + me + "/followed-sessions").then().body("items", hasSize(0));
        List<SessionFollowChanged> changes = follows(event, 4);
        assertEquals(List.of("FOLLOWING", "FOLLOWING", "UNFOLLOWED", "UNFOLLOWED"),
                changes.stream().map(SessionFollowChanged::status).toList());
        assertEquals(null, changes.get(3).actorProfileId());
        // The registration's cancellation comes first on the event's partition.
        List<String> types = TopicReader.awaitKey(Topics.EVENTS, event, 9).stream().map(r -> r.header("ce_type"))
                .toList();
        assertEquals(EventType.REGISTRATION_CHANGED.type(), types.get(types.size() - 3));
    }

    @Test
    void aCancelledSessionCannotBeFollowedAndADeletedOneIsNoLongerListed() {
        String event = event("OPEN");
        String cancelled = create(event, panel("09:00", "09:30", null));
        String deleted = create(event, panel("10:00", "10:30", null));
        UUID me = Profiles.known("Polish fintech lab");
        register(event, me);
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\": \"CANCELLED\"}").when().patch(session(event, cancelled)).then().statusCode(200);
        given().when().put(follower(event, cancelled, me)).then().statusCode(409)
                .contentType("application/problem+json");
        given().when().put(follower(event, deleted, me)).then().statusCode(201);
        given().when().delete(session(event, deleted)).then().statusCode(204);
        given().when().get("/profiles/" + me + "/followed-sessions").then().statusCode(200).body("items", hasSize(0));
        given().when().put(follower(event, deleted, me)).then().statusCode(404);
    }

    private static List<SessionFollowChanged> follows(String event, int count) {
        return TopicReader.await(Topics.EVENTS, r -> event.equals(r.key())
                        && EventType.SESSION_FOLLOW_CHANGED.type().equals(r.header("ce_type")), count,
                Duration.ofSeconds(30)).stream().map(r -> (SessionFollowChanged) r.envelope().data()).toList();
    }
}
