package org.innomatch.project.matchmaking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.Profiles;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Checking participants in at the venue: who may, idempotence, undo, and what is published. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "innomatch_projects"))
class CheckInTest {

    @Test
    void checkingInTwiceKeepsTheFirstTimeAndUndoingIsPublished() {
        String event = EventApi.create("OPEN");
        UUID profile = Profiles.known("Counsellor arriving at the desk");
        register(event, profile);
        String path = "/events/" + event + "/registrations/" + profile + "/check-in";

        String first = given().when().post(path).then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("checkedInAt", notNullValue())
                .extract().path("checkedInAt");
        given().when().post(path).then().statusCode(200).body("checkedInAt", equalTo(first));
        given().when().get("/events/" + event + "/registrations/" + profile).then().statusCode(200)
                .body("checkedInAt", equalTo(first));

        given().when().delete(path).then().statusCode(204);
        given().when().delete(path).then().statusCode(204);
        given().when().get("/events/" + event + "/registrations/" + profile).then().statusCode(200)
                .body("checkedInAt", nullValue());

        List<RegistrationChanged> changes = TopicReader.awaitKey(Topics.EVENTS, event, 4).stream()
                .filter(r -> EventType.REGISTRATION_CHANGED.type().equals(r.header("ce_type")))
                .map(r -> (RegistrationChanged) r.envelope().data()).toList();
        assertEquals(3, changes.size(), "register, one check-in, one undo: " + changes);
        assertNull(changes.get(0).checkedInAt());
        assertNotNull(changes.get(1).checkedInAt());
        assertEquals(Instant.parse(first), changes.get(1).checkedInAt());
        assertEquals("REGISTERED", changes.get(1).status());
        assertNull(changes.get(2).checkedInAt());
    }

    @Test
    void onlyTheDeskOrTheRegisteringPartnerChecksIn() {
        String event = EventApi.create("OPEN");
        UUID profile = Profiles.knownOwnedBy("Registered by the Polish embassy", "embassy-pl");
        register(event, profile);
        String path = "/events/" + event + "/registrations/" + profile + "/check-in";

        as(TestTokens.internalParticipant(profile.toString())).when().post(path).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.internalPartner("embassy-ca")).when().post(path).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("it was not created by this partner"));
        as(TestTokens.internalPartner("embassy-pl")).when().post(path).then().statusCode(200)
                .body("checkedInAt", notNullValue());
        as(TestTokens.internalPartner("embassy-pl")).when().delete(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/events/" + event + "/registrations/" + profile).then()
                .body("checkedInAt", notNullValue());
    }

    @Test
    void aCancelledOrMissingRegistrationCannotBeCheckedIn() {
        String event = EventApi.create("OPEN");
        UUID profile = Profiles.known("Cancelled before the day");
        register(event, profile);
        given().when().delete("/events/" + event + "/registrations/" + profile).then().statusCode(204);

        given().when().post("/events/" + event + "/registrations/" + profile + "/check-in").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("CANCELLED"));
        given().when().get("/events/" + event + "/registrations/" + profile).then().body("checkedInAt", nullValue());
        given().when().post("/events/" + event + "/registrations/" + UUID.randomUUID() + "/check-in").then()
                .statusCode(404).contentType("application/problem+json");
        given().when().post("/events/" + UUID.randomUUID() + "/registrations/" + profile + "/check-in").then()
                .statusCode(404).contentType("application/problem+json");
        given().when().post("/events/" + event + "/registrations/not-a-uuid/check-in").then()
                .statusCode(404);
    }

    private static void register(String event, UUID profile) {
        given().contentType(ContentType.JSON).body(Map.of("profileId", profile))
                .when().post("/events/" + event + "/registrations").then().statusCode(201);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }
}
