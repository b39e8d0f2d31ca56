package org.innomatch.matching.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.innomatch.matching.testing.TestEvents.ownedBy;
import static org.innomatch.matching.testing.TestEvents.profile;
import static org.innomatch.matching.testing.TestEvents.project;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.caller.testing.AdminByDefault;
import org.innomatch.caller.testing.NoDefaultCaller;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Who may call what: role × endpoint × own / other's, and no token at all. */
@QuarkusTest
@NoDefaultCaller
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class AccessMatrixTest {

    private static final String PARTNER = "embassy-pl";
    private static final String OTHER_PARTNER = "embassy-ca";

    private static TestEvents events;

    @Inject
    EventModelStore store;

    /** Created by {@link #PARTNER}. */
    private final UUID partnered = UUID.randomUUID();
    /** Created by the participant itself. */
    private final UUID independent = UUID.randomUUID();
    /** Of {@link #partnered}, created by {@link #PARTNER}. */
    private final UUID partneredProject = UUID.randomUUID();
    /** Of {@link #independent}, no partner. */
    private final UUID independentProject = UUID.randomUUID();

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void seed() {
        // AdminByDefault removes its filter by identity; after a Quarkus restart (another class loader) the filter
        // of the previous application stays registered and would authenticate this class's requests as admin.
        RestAssured.replaceFiltersWith(RestAssured.filters().stream()
                .filter(f -> !f.getClass().getName().startsWith(AdminByDefault.class.getName())).toList());
        Await.ready();
        events.upsert(ownedBy(profile(partnered, "Kraków Photonics", "ENTERPRISE", "PL", List.of("ENERGY"),
                "Perovskite solar coatings.", "Pilot sites for solar coatings.", List.of("solar"),
                List.of("PILOT_CUSTOMER"), List.of("en"), 1), PARTNER));
        events.upsert(profile(independent, "Shenzhen Solar", "ENTERPRISE", "CN", List.of("ENERGY"),
                "Pilot sites and solar farms.", "Perovskite solar coatings.", List.of("solar"),
                List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        events.upsert(ownedBy(project(partneredProject, partnered, "Coating pilot", "Perovskite coatings on farms", "PL",
                List.of("ENERGY"), 6, List.of("solar"), "PUBLISHED", 1), PARTNER));
        events.upsert(project(independentProject, independent, "Solar farm", "Farms for pilots", "CN",
                List.of("ENERGY"), 7, List.of("solar"), "PUBLISHED", 1));
        Await.until(Duration.ofSeconds(30), "profiles and projects indexed",
                () -> as(admin()).get("/profiles/{id}/recommendations/partners", independent).statusCode() == 200
                        && as(admin()).get("/projects/{id}/recommendations/participants", independentProject).statusCode() == 200);
    }

    @Test
    void withoutATokenEveryEndpointAnswers401Problem() {
        UUID event = UUID.randomUUID();
        for (String path : List.of("/profiles/" + partnered + "/recommendations/partners",
                "/profiles/" + partnered + "/recommendations/projects", "/profiles/" + partnered + "/matches",
                "/projects/" + partneredProject + "/recommendations/participants", "/events/" + event + "/schedule",
                "/events/" + event + "/stats", "/events/" + event + "/agenda?profileId=" + partnered,
                "/events/" + event + "/availability/" + partnered)) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        }
        given().contentType(ContentType.JSON).body(Map.of("targetType", "PROFILE", "targetId", independent.toString(),
                "decision", "INTERESTED")).post("/profiles/{id}/interests", partnered).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(TestTokens.internal().role("admin").subject("x")
                .signedWithWrongKey().sign())).get("/profiles/{id}/matches", partnered).then().statusCode(401);
    }

    @Test
    void aProjectThatIsNotPublishedIsUnknownToEveryCallerAlike() {
        UUID draft = UUID.randomUUID();
        events.upsert(ownedBy(project(draft, partnered, "Draft pilot", "Not yet published", "PL",
                List.of("ENERGY"), 4, List.of("solar"), "DRAFT", 1), PARTNER));
        for (String caller : List.of(participant(partnered), partner(PARTNER), partner(OTHER_PARTNER),
                participant(independent), admin())) {
            as(caller).get("/projects/{id}/recommendations/participants", draft).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aProfileOrProjectWrittenAMomentAgoIsServedAtOnceToItsPartner() {
        // A burst the consumer indexes one by one (each text through the sentence model), so the last records are
        // still unread when the requests below arrive; the requests wait for the read model instead of refusing.
        UUID profile = UUID.randomUUID();
        UUID projectId = UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            events.upsert(profile(UUID.randomUUID(), "Burst lab " + i, "UNIVERSITY", "PL", List.of("ENERGY"),
                    "Catalyst number " + i + " for green hydrogen electrolysis.", "Industrial partner " + i + " for pilots.",
                    List.of("hydrogen"), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        }
        events.upsert(ownedBy(profile(profile, "Gdańsk Offshore Wind", "ENTERPRISE", "PL", List.of("ENERGY"),
                "Floating offshore wind foundations.", "Hydrogen catalysts for pilots.", List.of("wind"),
                List.of("PILOT_CUSTOMER"), List.of("en"), 1), PARTNER));
        events.upsert(ownedBy(project(projectId, profile, "Floating wind pilot", "A floating foundation at sea", "PL",
                List.of("ENERGY"), 6, List.of("wind"), "PUBLISHED", 1), PARTNER));

        as(partner(PARTNER)).get("/profiles/{id}/recommendations/partners", profile).then().statusCode(200);
        as(partner(PARTNER)).get("/projects/{id}/recommendations/participants", projectId).then().statusCode(200);
        as(partner(OTHER_PARTNER)).get("/profiles/{id}/recommendations/partners", profile).then().statusCode(403);
        as(admin()).get("/profiles/{id}/recommendations/partners", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void profileEndpointsServeTheParticipantItselfItsPartnerAndAdmins() {
        for (String path : List.of("/profiles/{id}/recommendations/partners", "/profiles/{id}/recommendations/projects",
                "/profiles/{id}/matches")) {
            as(participant(partnered)).get(path, partnered).then().statusCode(200);
            as(participant(partnered)).get(path, independent).then().statusCode(403)
                    .contentType("application/problem+json");
            as(participant(independent)).get(path, independent).then().statusCode(200);
            as(partner(PARTNER)).get(path, partnered).then().statusCode(200);
            as(partner(PARTNER)).get(path, independent).then().statusCode(403);
            as(partner(OTHER_PARTNER)).get(path, partnered).then().statusCode(403);
            as(admin()).get(path, independent).then().statusCode(200);
        }
    }

    @Test
    void sessionRecommendationsServeTheParticipantItselfItsPartnerAndAdmins() {
        UUID event = event().id;
        String path = "/profiles/{id}/recommendations/sessions?eventId={e}";
        as(participant(partnered)).get(path, partnered, event).then().statusCode(200);
        as(participant(partnered)).get(path, independent, event).then().statusCode(403)
                .contentType("application/problem+json");
        as(partner(PARTNER)).get(path, partnered, event).then().statusCode(200);
        as(partner(PARTNER)).get(path, independent, event).then().statusCode(403);
        as(partner(OTHER_PARTNER)).get(path, partnered, event).then().statusCode(403);
        as(admin()).get(path, independent, event).then().statusCode(200);
        given().get(path, partnered, event).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void projectParticipantsServeTheOwnerProfileTheCreatingPartnerAndAdmins() {
        String path = "/projects/{id}/recommendations/participants";
        as(participant(partnered)).get(path, partneredProject).then().statusCode(200);
        as(participant(independent)).get(path, partneredProject).then().statusCode(403);
        as(participant(independent)).get(path, independentProject).then().statusCode(200);
        as(partner(PARTNER)).get(path, partneredProject).then().statusCode(200);
        as(partner(PARTNER)).get(path, independentProject).then().statusCode(403);
        as(partner(OTHER_PARTNER)).get(path, partneredProject).then().statusCode(403);
        as(admin()).get(path, independentProject).then().statusCode(200);
    }

    @Test
    void interestsAreRecordedOnlyForAProfileTheCallerActsFor() {
        Map<String, String> aboutIndependent = Map.of("targetType", "PROFILE", "targetId", independent.toString(),
                "decision", "INTERESTED");
        as(participant(independent)).contentType(ContentType.JSON).body(aboutIndependent)
                .post("/profiles/{id}/interests", partnered).then().statusCode(403).contentType("application/problem+json");
        as(partner(OTHER_PARTNER)).contentType(ContentType.JSON).body(aboutIndependent)
                .post("/profiles/{id}/interests", partnered).then().statusCode(403);
        as(partner(PARTNER)).contentType(ContentType.JSON).body(aboutIndependent)
                .post("/profiles/{id}/interests", partnered).then().statusCode(201);
        as(participant(independent)).contentType(ContentType.JSON)
                .body(Map.of("targetType", "PROFILE", "targetId", partnered.toString(), "decision", "INTERESTED"))
                .post("/profiles/{id}/interests", independent).then().statusCode(201).body("matchIds.size()", equalTo(1));
    }

    @Test
    void meetingsActOnlyAsTheCallerOrAProfileItsPartnerCreated() {
        EventAndPeople e = event();
        UUID a = e.people.get(0);
        UUID b = e.people.get(1);
        UUID c = e.people.get(2);
        events.upsert(ownedBy(profile(a, "Partnered participant", "ENTERPRISE", "PL", List.of("ENERGY"), "x", "y",
                List.of("solar"), List.of("PILOT_CUSTOMER"), List.of("en"), 1), PARTNER));
        Await.until(Duration.ofSeconds(30), "profile a indexed",
                () -> as(partner(PARTNER)).get("/profiles/{id}/matches", a).statusCode() == 200);

        requestAs(participant(a), e.id, b, c).then().statusCode(403).contentType("application/problem+json");
        requestAs(partner(PARTNER), e.id, b, c).then().statusCode(403);
        String ab = requestAs(participant(a), e.id, a, b).then().statusCode(201).extract().path("meetingId");
        String ac = requestAs(partner(PARTNER), e.id, a, c).then().statusCode(201).extract().path("meetingId");

        act(participant(c), e.id, ab, "accept", b).then().statusCode(403);
        act(partner(PARTNER), e.id, ab, "accept", b).then().statusCode(403);
        act(participant(b), e.id, ab, "accept", b).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        act(participant(c), e.id, ac, "decline", c).then().statusCode(200).body("status", equalTo("DECLINED"));
        as(participant(c)).contentType(ContentType.JSON).body(Map.of("actorProfileId", b.toString(), "outcome", "INFORMATIVE"))
                .post("/events/{id}/meetings/{mid}/outcome", e.id, ab).then().statusCode(403);

        as(participant(b)).get("/events/{id}/meetings/{mid}", e.id, ab).then().statusCode(200);
        as(partner(PARTNER)).get("/events/{id}/meetings/{mid}", e.id, ab).then().statusCode(200);
        as(participant(c)).get("/events/{id}/meetings/{mid}", e.id, ab).then().statusCode(403);
        as(participant(c)).queryParam("profileId", c.toString()).get("/events/{id}/meetings", e.id).then().statusCode(200);
        as(participant(c)).queryParam("profileId", b.toString()).get("/events/{id}/meetings", e.id).then().statusCode(403);
        as(participant(c)).get("/events/{id}/meetings", e.id).then().statusCode(403);
        as(admin()).get("/events/{id}/meetings", e.id).then().statusCode(200).body("items.size()", equalTo(2));

        for (String path : List.of("/events/{id}/agenda?profileId=" + a, "/events/{id}/availability/" + a)) {
            as(participant(a)).get(path, e.id).then().statusCode(200);
            as(partner(PARTNER)).get(path, e.id).then().statusCode(200);
            as(participant(b)).get(path, e.id).then().statusCode(403);
            as(partner(OTHER_PARTNER)).get(path, e.id).then().statusCode(403);
            as(admin()).get(path, e.id).then().statusCode(200);
        }
        as(participant(b)).contentType(ContentType.JSON).body(Map.of("unavailable", List.of()))
                .put("/events/{id}/availability/{p}", e.id, a).then().statusCode(403);
        as(partner(PARTNER)).contentType(ContentType.JSON).body(Map.of("unavailable", List.of()))
                .put("/events/{id}/availability/{p}", e.id, a).then().statusCode(200);
    }

    @Test
    void schedulingTheGridStatsAndLocksAreForAdminsOnly() {
        EventAndPeople e = event();
        UUID a = e.people.get(0);
        UUID b = e.people.get(1);
        String ab = requestAs(participant(a), e.id, a, b).then().statusCode(201).extract().path("meetingId");
        act(participant(b), e.id, ab, "accept", b).then().statusCode(200);

        for (String caller : List.of(participant(a), partner(PARTNER))) {
            as(caller).contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id).then().statusCode(403)
                    .contentType("application/problem+json");
            as(caller).get("/events/{id}/schedule", e.id).then().statusCode(403);
            as(caller).get("/events/{id}/stats", e.id).then().statusCode(403);
            as(caller).post("/events/{id}/meetings/{mid}/lock", e.id, ab).then().statusCode(403);
            as(caller).post("/events/{id}/meetings/{mid}/unlock", e.id, ab).then().statusCode(403);
        }
        as(admin()).contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id).then().statusCode(200)
                .body("scheduled", equalTo(1));
        as(admin()).get("/events/{id}/schedule", e.id).then().statusCode(200);
        as(admin()).get("/events/{id}/stats", e.id).then().statusCode(200);
        as(admin()).post("/events/{id}/meetings/{mid}/lock", e.id, ab).then().statusCode(200).body("locked", equalTo(true));
        as(admin()).post("/events/{id}/meetings/{mid}/unlock", e.id, ab).then().statusCode(200).body("locked", equalTo(false));
    }

    private record EventAndPeople(UUID id, List<UUID> people) {
    }

    private EventAndPeople event() {
        var e = org.innomatch.matching.meetings.MeetingFixtures.event(events, store, 3, 4);
        return new EventAndPeople(e.id(), e.people());
    }

    private static io.restassured.response.Response requestAs(String bearer, UUID event, UUID requester, UUID invitee) {
        return as(bearer).contentType(ContentType.JSON)
                .body(Map.of("requesterProfileId", requester.toString(), "inviteeProfileId", invitee.toString()))
                .post("/events/{id}/meetings", event);
    }

    private static io.restassured.response.Response act(String bearer, UUID event, String meetingId, String action, UUID actor) {
        return as(bearer).contentType(ContentType.JSON).body(Map.of("actorProfileId", actor.toString()))
                .post("/events/{id}/meetings/{mid}/" + action, event, meetingId);
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer);
    }

    private static String admin() {
        return TestTokens.bearer(TestTokens.internalAdmin());
    }

    private static String partner(String partnerId) {
        return TestTokens.bearer(TestTokens.internalPartner(partnerId));
    }

    private static String participant(UUID profileId) {
        return TestTokens.bearer(TestTokens.internalParticipant(profileId.toString()));
    }
}
