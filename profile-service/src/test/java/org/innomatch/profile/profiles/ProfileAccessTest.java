package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.innomatch.profile.profiles.ProfileRequests.valid;

import java.time.Duration;
import java.util.Map;

import org.innomatch.caller.testing.NoDefaultCaller;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Who may do what with a profile: the internal token decides (role × action × own/other). */
@QuarkusTest
@NoDefaultCaller
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class ProfileAccessTest {

    @Test
    void everyEndpointNeedsAToken() {
        String id = createAs(TestTokens.internalAdmin(), "Anyone");
        for (var call : Map.of("GET /profiles", given().when().get("/profiles"),
                "GET /profiles/{id}", given().when().get("/profiles/" + id),
                "POST /profiles", given().contentType(ContentType.JSON).body(valid("x")).when().post("/profiles"),
                "DELETE /profiles/{id}", given().when().delete("/profiles/" + id),
                "GET /taxonomy/sectors", given().when().get("/taxonomy/sectors")).entrySet()) {
            call.getValue().then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("No internal token"));
        }
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void expiredOrForgedTokensAre401() {
        String expired = TestTokens.internal().role("admin").subject("a")
                .issuedAgo(Duration.ofMinutes(10)).lifetime(Duration.ofMinutes(1)).sign();
        as(expired).when().get("/profiles").then().statusCode(401).body("detail", containsString("expired"));
        String forged = TestTokens.internal().role("admin").subject("a").signedWithWrongKey().sign();
        as(forged).when().get("/profiles").then().statusCode(401).body("detail", containsString("not valid"));
        // A participant's own identity-provider token is not an internal token: it must come through the gateway.
        as(TestTokens.participantBearer("6f1c2a9e-1d1b-4c51-9a57-0d3e1f8f4a21")).when().get("/profiles")
                .then().statusCode(401);
    }

    @Test
    void aPartnerOwnsWhatItCreatesAndNothingElse() {
        String pl = TestTokens.internalPartner("embassy-pl");
        String ca = TestTokens.internalPartner("embassy-ca");
        String id = createAs(pl, "Registered by PL");
        as(pl).when().get("/profiles/" + id).then().statusCode(200)
                .body("ownerPartnerId", equalTo("embassy-pl"))
                .body("contact.email", notNullValue());

        as(ca).when().get("/profiles/" + id).then().statusCode(200)
                .body("$", not(hasKey("contact")));
        changeName(ca, id).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("partner embassy-ca may not change profile " + id
                        + ": it was not created by this partner"));
        as(ca).when().delete("/profiles/" + id).then().statusCode(403);
        as(ca).when().get("/profiles/" + id + "/export").then().statusCode(403);

        changeName(pl, id).then().statusCode(200).body("name", equalTo("Renamed"));
        as(pl).when().get("/profiles/" + id + "/export").then().statusCode(200);
        as(pl).when().delete("/profiles/" + id).then().statusCode(204);
    }

    @Test
    void aParticipantEditsOnlyItsOwnProfileAndCreatesNone() {
        String id = createAs(TestTokens.internalAdmin(), "Participant A");
        String other = createAs(TestTokens.internalAdmin(), "Participant B");
        String me = TestTokens.internalParticipant(id);

        as(me).when().get("/profiles/" + id).then().statusCode(200).body("contact.email", notNullValue());
        as(me).when().get("/profiles/" + other).then().statusCode(200).body("$", not(hasKey("contact")));
        as(me).when().get("/profiles").then().statusCode(200).body("items.contact", everyItem(nullValue()));

        changeName(me, other).then().statusCode(403)
                .body("detail", equalTo("participant " + id + " may not change profile " + other
                        + ": it belongs to another participant"));
        as(me).when().delete("/profiles/" + other).then().statusCode(403);
        as(me).contentType(ContentType.JSON).body(valid("Second me")).when().post("/profiles")
                .then().statusCode(403).body("detail", equalTo("A participant may not create profiles"));

        changeName(me, id).then().statusCode(200);
        as(me).when().get("/profiles/" + id + "/export").then().statusCode(200);
    }

    @Test
    void responsesCarryingContactDetailsAreNeverStoredBySharedCaches() {
        String pl = TestTokens.internalPartner("embassy-pl");
        String id = as(pl).contentType(ContentType.JSON).body(valid("Contact is private")).when().post("/profiles")
                .then().statusCode(201).header("Cache-Control", "private, no-store").extract().path("id");
        String etag = as(pl).when().get("/profiles/" + id).then().statusCode(200)
                .body("contact.email", notNullValue()).header("Cache-Control", "private, no-store")
                .extract().header("ETag");
        as(pl).header("If-None-Match", etag).when().get("/profiles/" + id).then().statusCode(304)
                .header("Cache-Control", "private, no-store");
        as(pl).when().get("/profiles/" + id + "/export").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        changeName(pl, id).then().statusCode(200).header("Cache-Control", "private, no-store");
        as(pl).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(valid("Replaced"))
                .when().put("/profiles/" + id).then().statusCode(200).header("Cache-Control", "private, no-store");

        as(TestTokens.internalPartner("embassy-ca")).when().get("/profiles/" + id).then().statusCode(200)
                .body("$", not(hasKey("contact"))).header("Cache-Control", nullValue());
    }

    @Test
    void adminsMayDoEverything() {
        String id = createAs(TestTokens.internalPartner("embassy-il"), "Registered by IL");
        as(TestTokens.internalAdmin()).when().get("/profiles/" + id).then().statusCode(200).body("contact.email", notNullValue());
        changeName(TestTokens.internalAdmin(), id).then().statusCode(200);
        as(TestTokens.internalAdmin()).when().delete("/profiles/" + id).then().statusCode(204);
    }

    @Test
    void onlyPartnersAndAdminsSetTheKind() {
        String id = createAs(TestTokens.internalPartner("embassy-pl"), "Participant with a kind");
        String me = TestTokens.internalParticipant(id);

        patch(me, id, "{\"kind\":\"DIPLOMAT\"}").then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].rejectedValue", equalTo("DIPLOMAT"));
        Map<String, Object> replacement = valid("Participant with a kind");
        replacement.put("kind", "diplomat");
        String etag = as(TestTokens.internalAdmin()).when().get("/profiles/" + id).then().extract().header("ETag");
        as(me).header("If-Match", etag).contentType(ContentType.JSON).body(replacement).when().put("/profiles/" + id)
                .then().statusCode(403).body("errors[0].field", equalTo("kind"));
        as(me).when().get("/profiles/" + id).then().body("kind", equalTo("RESEARCH_INSTITUTE"));

        // The kind it has, in any spelling, may be sent back with other changes.
        patch(me, id, "{\"kind\":\"research_institute\",\"name\":\"Renamed\"}").then().statusCode(200)
                .body("name", equalTo("Renamed"));
        patch(TestTokens.internalPartner("embassy-pl"), id, "{\"kind\":\"DIPLOMAT\"}").then().statusCode(200)
                .body("kind", equalTo("DIPLOMAT"));
        patch(TestTokens.internalAdmin(), id, "{\"kind\":\"ENTERPRISE\"}").then().statusCode(200)
                .body("kind", equalTo("ENTERPRISE"));
    }

    @Test
    void aHiddenProfileIsSeenOnlyByItselfItsPartnerAndAdmins() {
        Map<String, Object> body = valid("Hidden profile");
        body.put("visibility", "HIDDEN");
        String id = as(TestTokens.internalPartner("embassy-pl")).contentType(ContentType.JSON).body(body)
                .when().post("/profiles").then().statusCode(201).extract().path("id");
        String other = createAs(TestTokens.internalAdmin(), "Another participant");

        for (String token : new String[] { TestTokens.internalParticipant(id), TestTokens.internalPartner("embassy-pl"),
                TestTokens.internalAdmin() }) {
            as(token).when().get("/profiles/" + id).then().statusCode(200).body("visibility", equalTo("HIDDEN"));
        }
        for (String token : new String[] { TestTokens.internalParticipant(other), TestTokens.internalPartner("embassy-ca") }) {
            as(token).when().get("/profiles/" + id).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Profile " + id + " not found"));
            patch(token, id, "{\"name\":\"Found you\"}").then().statusCode(404);
            as(token).when().delete("/profiles/" + id).then().statusCode(404);
            as(token).when().get("/profiles/" + id + "/export").then().statusCode(404);
        }
    }

    private static io.restassured.response.Response patch(String token, String id, String patch) {
        String etag = as(TestTokens.internalAdmin()).when().get("/profiles/" + id).then().statusCode(200).extract().header("ETag");
        return as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(patch).when().patch("/profiles/" + id);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    private static String createAs(String token, String name) {
        return as(token).contentType(ContentType.JSON).body(valid(name)).when().post("/profiles")
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response changeName(String token, String id) {
        String etag = as(TestTokens.internalAdmin()).when().get("/profiles/" + id).then().statusCode(200).extract().header("ETag");
        return as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"name\":\"Renamed\"}").when().patch("/profiles/" + id);
    }
}
