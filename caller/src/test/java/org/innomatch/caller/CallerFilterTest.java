package org.innomatch.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.innomatch.caller.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CallerFilterTest {

    @Test
    void aValidInternalTokenMakesTheCaller() {
        given().header("Authorization", TestTokens.bearer(TestTokens.internalPartner("embassy-pl")))
                .get("/whoami")
                .then().statusCode(200)
                .body("role", equalTo("PARTNER"))
                .body("partnerId", equalTo("embassy-pl"))
                .body("subject", equalTo("key-embassy-pl"));
    }

    @Test
    void participantTokenCarriesTheProfileIdAndNoPartner() {
        given().header("Authorization", TestTokens.bearer(TestTokens.internal().role("participant")
                        .subject("p-1").partner("smuggled").sign()))
                .get("/whoami")
                .then().statusCode(200)
                .body("role", equalTo("PARTICIPANT"))
                .body("subject", equalTo("p-1"))
                .body("partnerId", nullValue());
    }

    @Test
    void noTokenIs401Problem() {
        refused(given().get("/whoami"), "No internal token");
    }

    @Test
    void notABearerIs401() {
        refused(given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/whoami"), "bearer token");
    }

    @Test
    void expiredTokenIs401() {
        String expired = TestTokens.internal().role("admin").subject("a")
                .issuedAgo(Duration.ofMinutes(5)).lifetime(Duration.ofMinutes(1)).sign();
        refused(given().header("Authorization", TestTokens.bearer(expired)).get("/whoami"), "has expired");
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        String forged = TestTokens.internal().role("admin").subject("a").signedWithWrongKey().sign();
        refused(given().header("Authorization", TestTokens.bearer(forged)).get("/whoami"), "not valid");
    }

    @Test
    void tokenOfAnotherIssuerOrAudienceIs401() {
        String participantsOwn = TestTokens.participantBearer("p-1");
        refused(given().header("Authorization", TestTokens.bearer(participantsOwn)).get("/whoami"), "not valid");
        String wrongAudience = TestTokens.internal().audience("someone-else").role("admin").subject("a").sign();
        refused(given().header("Authorization", TestTokens.bearer(wrongAudience)).get("/whoami"), "not valid");
    }

    @Test
    void unknownRoleIs401() {
        String root = TestTokens.internal().role("root").subject("a").sign();
        refused(given().header("Authorization", TestTokens.bearer(root)).get("/whoami"), "no known role");
    }

    @Test
    void partnerWithoutPartnerIdIs401() {
        String partner = TestTokens.internal().role("partner").subject("k").sign();
        refused(given().header("Authorization", TestTokens.bearer(partner)).get("/whoami"), "names no partner");
    }

    @Test
    void garbageIs401() {
        refused(given().header("Authorization", "Bearer not.a.jwt").get("/whoami"), "not");
    }

    @Test
    void openPathsNeedNoToken() {
        given().get("/diagnostics/pings").then().statusCode(200).body(equalTo("pong"));
    }

    @Test
    void ownershipRefusalIs403NamingTheThing() {
        given().header("Authorization", TestTokens.bearer(TestTokens.internalParticipant("p-1")))
                .get("/things/p-2/embassy-pl")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("participant p-1 may not change thing of p-2: it belongs to another participant"));
        given().header("Authorization", TestTokens.bearer(TestTokens.internalParticipant("p-1")))
                .get("/things/p-1/embassy-pl")
                .then().statusCode(200);
    }

    private static void refused(io.restassured.response.Response response, String detail) {
        ValidatableResponse then = response.then();
        then.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString(detail))
                .body("instance", equalTo("/whoami"));
    }
}
