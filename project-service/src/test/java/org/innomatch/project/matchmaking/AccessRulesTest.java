package org.innomatch.project.matchmaking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.innomatch.caller.testing.NoDefaultCaller;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.ProjectApi;
import org.innomatch.project.testsupport.Profiles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Who may do what with projects, matchmaking events and registrations (role × action × own/other). */
@QuarkusTest
@NoDefaultCaller
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class AccessRulesTest {

    @Test
    void noOrExpiredTokenIs401Problem() {
        for (Response response : new Response[] { given().when().get("/projects"),
                given().when().get("/events"),
                given().contentType(ContentType.JSON).body(EventApi.body("OPEN")).when().post("/events") }) {
            response.then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("No internal token"));
        }
        String expired = TestTokens.internal().role("admin").subject("a")
                .issuedAgo(Duration.ofMinutes(10)).lifetime(Duration.ofMinutes(1)).sign();
        as(expired).when().get("/projects").then().statusCode(401).body("detail", containsString("expired"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aPartnerManagesOnlyTheProjectsItCreated() {
        UUID owner = Profiles.knownOwnedBy("Registered by the Polish embassy for a project", "embassy-pl");
        String pl = TestTokens.internalPartner("embassy-pl");
        String ca = TestTokens.internalPartner("embassy-ca");
        String id = createProject(pl, owner).getString("id");
        as(pl).when().get("/projects/" + id).then().statusCode(200).body("ownerPartnerId", equalTo("embassy-pl"));

        as(ca).when().post("/projects/" + id + "/publish").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("partner embassy-ca may not publish project " + id
                        + ": it was not created by this partner"));
        rename(ca, id).then().statusCode(403);
        as(ca).when().delete("/projects/" + id).then().statusCode(403);
        as(ca).when().get("/projects/" + id).then().statusCode(200);

        rename(pl, id).then().statusCode(200);
        as(pl).when().post("/projects/" + id + "/publish").then().statusCode(200);
        as(TestTokens.internalAdmin()).when().post("/projects/" + id + "/close").then().statusCode(200);
    }

    @Test
    void aParticipantPresentsAndEditsOnlyItsOwnProjects() {
        UUID me = Profiles.known("Participant with a project");
        UUID other = Profiles.known("Another participant");
        String token = TestTokens.internalParticipant(me.toString());

        createProjectResponse(token, other).then().statusCode(403)
                .body("detail", equalTo("participant " + me + " may present projects only with ownerProfileId " + me));
        String mine = createProject(token, me).getString("id");
        String theirs = createProject(TestTokens.internalAdmin(), other).getString("id");

        rename(token, mine).then().statusCode(200);
        rename(token, theirs).then().statusCode(403)
                .body("detail", equalTo("participant " + me + " may not change project " + theirs
                        + ": it belongs to another participant"));
        String etag = as(token).when().get("/projects/" + mine).then().extract().header("ETag");
        as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("ownerProfileId", other.toString())).when().patch("/projects/" + mine)
                .then().statusCode(403).body("errors[0].field", equalTo("ownerProfileId"));
    }

    @Test
    void aPartnerNamesAsOwnerOnlyAProfileItRegistered() {
        UUID plProfile = Profiles.knownOwnedBy("Polish profile", "embassy-pl");
        UUID caProfile = Profiles.knownOwnedBy("Canadian profile", "embassy-ca");
        UUID unowned = Profiles.known("Profile no partner registered");
        String pl = TestTokens.internalPartner("embassy-pl");

        for (UUID notItsOwn : new UUID[] { caProfile, unowned }) {
            createProjectResponse(pl, notItsOwn).then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("ownerProfileId"))
                    .body("errors[0].rejectedValue", equalTo(notItsOwn.toString()));
        }
        createProjectResponse(pl, UUID.randomUUID()).then().statusCode(422)
                .body("errors[0].field", equalTo("ownerProfileId"));

        String id = createProject(pl, plProfile).getString("id");
        String etag = as(pl).when().get("/projects/" + id).then().extract().header("ETag");
        as(pl).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("ownerProfileId", caProfile.toString())).when().patch("/projects/" + id)
                .then().statusCode(403).body("errors[0].field", equalTo("ownerProfileId"));
        Map<String, Object> replacement = ProjectApi.body(caProfile);
        as(pl).header("If-Match", etag).contentType(ContentType.JSON).body(replacement).when().put("/projects/" + id)
                .then().statusCode(403).body("errors[0].field", equalTo("ownerProfileId"));
        rename(pl, id).then().statusCode(200).body("ownerProfileId", equalTo(plProfile.toString()));

        createProject(TestTokens.internalAdmin(), caProfile);
    }

    @Test
    void onlyAdminsRunMatchmakingEvents() {
        String partner = TestTokens.internalPartner("embassy-pl");
        String participant = TestTokens.internalParticipant(UUID.randomUUID().toString());
        as(partner).contentType(ContentType.JSON).body(EventApi.body("OPEN")).when().post("/events")
                .then().statusCode(403).body("detail", equalTo("A partner may not create matchmaking events"));
        as(participant).contentType(ContentType.JSON).body(EventApi.body("OPEN")).when().post("/events")
                .then().statusCode(403);
        String event = createEvent();
        as(partner).when().get("/events/" + event).then().statusCode(200);
        as(participant).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("tables", 3)).when().patch("/events/" + event).then().statusCode(403);
    }

    @Test
    void registrationsByTheParticipantItselfItsPartnerOrAnAdmin() {
        String event = createEvent();
        UUID plProfile = Profiles.knownOwnedBy("Registered by the Polish embassy", "embassy-pl");
        UUID other = Profiles.known("Registered by nobody");
        String pl = TestTokens.internalPartner("embassy-pl");
        String ca = TestTokens.internalPartner("embassy-ca");

        register(ca, event, plProfile).then().statusCode(403)
                .body("detail", containsString("it was not created by this partner"));
        register(pl, event, other).then().statusCode(403);
        register(pl, event, plProfile).then().statusCode(201);

        String self = TestTokens.internalParticipant(other.toString());
        register(TestTokens.internalParticipant(plProfile.toString()), event, other).then().statusCode(403);
        register(self, event, other).then().statusCode(201);
        as(ca).when().delete("/events/" + event + "/registrations/" + other).then().statusCode(403);
        as(self).when().delete("/events/" + event + "/registrations/" + other).then().statusCode(204);
    }

    @Test
    void aProjectNamesItsHiddenOwnerOnlyToThatProfileItsPartnerAndAdmins() {
        UUID hidden = Profiles.knownHiddenOwnedBy("Hidden, presenting a project", "embassy-pl");
        String pl = TestTokens.internalPartner("embassy-pl");
        String id = createProject(pl, hidden).getString("id");
        as(pl).when().post("/projects/" + id + "/publish").then().statusCode(200);

        for (String insider : new String[] {pl, TestTokens.internalParticipant(hidden.toString()),
            TestTokens.internalAdmin()}) {
            as(insider).when().get("/projects/" + id).then().statusCode(200)
                    .body("ownerProfileId", equalTo(hidden.toString()));
            as(insider).queryParam("ownerProfileId", hidden.toString()).when().get("/projects").then()
                    .statusCode(200).body("items.id", contains(id));
        }
        for (String stranger : new String[] {TestTokens.internalPartner("embassy-ca"),
            TestTokens.internalParticipant(Profiles.known("A stranger").toString())}) {
            as(stranger).when().get("/projects/" + id).then().statusCode(200)
                    .body("id", equalTo(id)).body("ownerProfileId", nullValue());
            as(stranger).queryParam("ownerProfileId", hidden.toString()).when().get("/projects").then()
                    .statusCode(200).body("items", hasSize(0));
            assertEquals(java.util.Collections.singletonList(null), listedOwnersOf(stranger, id));
        }
    }

    @Test
    void aHiddenProfileIsListedAsRegisteredOnlyToItselfItsPartnerAndAdmins() {
        String event = createEvent();
        UUID hidden = Profiles.knownHiddenOwnedBy("Hidden, registered by the Polish embassy", "embassy-pl");
        UUID visible = Profiles.known("Visible to every participant");
        UUID turnsHidden = Profiles.known("Hidden after registering");
        String admin = TestTokens.internalAdmin();
        register(admin, event, hidden).then().statusCode(201);
        register(admin, event, visible).then().statusCode(201);
        register(admin, event, turnsHidden).then().statusCode(201);
        Profiles.publish(Profiles.upserted(turnsHidden, 2, "Hidden after registering", null, "HIDDEN"));
        Profiles.awaitVersion(turnsHidden, 2);

        String stranger = TestTokens.internalParticipant(visible.toString());
        assertListed(stranger, event, visible);
        assertListed(TestTokens.internalPartner("embassy-ca"), event, visible);
        assertListed(TestTokens.internalPartner("embassy-pl"), event, hidden, visible);
        assertListed(TestTokens.internalParticipant(hidden.toString()), event, hidden, visible);
        assertListed(TestTokens.internalParticipant(turnsHidden.toString()), event, visible, turnsHidden);
        assertListed(admin, event, hidden, visible, turnsHidden);

        as(stranger).when().get("/events/" + event + "/registrations/" + hidden).then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.internalPartner("embassy-pl")).when().get("/events/" + event + "/registrations/" + hidden)
                .then().statusCode(200);
        // Paging skips hidden rows without losing visible ones: one per page, two pages for the stranger.
        String next = as(stranger).queryParam("limit", 1).when().get("/events/" + event + "/registrations")
                .then().statusCode(200).body("items.profileId", contains(visible.toString()))
                .extract().path("nextCursor");
        if (next != null) {
            as(stranger).queryParam("limit", 1).queryParam("cursor", next)
                    .when().get("/events/" + event + "/registrations")
                    .then().statusCode(200).body("items", hasSize(0));
        }
    }

    private static void assertListed(String token, String event, UUID... profiles) {
        as(token).when().get("/events/" + event + "/registrations").then().statusCode(200)
                .body("items.profileId", contains(java.util.Arrays.stream(profiles).map(UUID::toString).toArray()));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    /** The ownerProfileId of project {@code id} in every page of the caller's project list. */
    private static java.util.List<Object> listedOwnersOf(String token, String id) {
        java.util.List<Object> owners = new java.util.ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            io.restassured.path.json.JsonPath page = request.when().get("/projects").then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (id.equals(item.get("id"))) {
                    owners.add(item.get("ownerProfileId"));
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return owners;
    }

    private static Response createProjectResponse(String token, UUID owner) {
        return as(token).contentType(ContentType.JSON).body(ProjectApi.body(owner)).when().post("/projects");
    }

    private static io.restassured.path.json.JsonPath createProject(String token, UUID owner) {
        return createProjectResponse(token, owner).then().statusCode(201).extract().jsonPath();
    }

    private static Response rename(String token, String id) {
        String etag = as(TestTokens.internalAdmin()).when().get("/projects/" + id).then().extract().header("ETag");
        return as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("title", "Renamed project")).when().patch("/projects/" + id);
    }

    private static String createEvent() {
        return as(TestTokens.internalAdmin()).contentType(ContentType.JSON).body(EventApi.body("OPEN"))
                .when().post("/events").then().statusCode(201).extract().path("id");
    }

    private static Response register(String token, String event, UUID profile) {
        return as(token).contentType(ContentType.JSON).body(Map.of("profileId", profile.toString()))
                .when().post("/events/" + event + "/registrations");
    }
}
