package org.innomatch.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.util.KeyUtils;

/** Every way into the gateway, through the real proxy to fake services that echo what they received. */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class AuthenticationTest {

    private static final String PROFILE = "/api/v1/profiles/6f1c2a9e-1d1b-4c51-9a57-0d3e1f8f4a21";

    @Test
    void noCredentialsIs401ProblemWithChallenge() {
        refused(given().when().get(PROFILE), 401, "Authentication required")
                .header("WWW-Authenticate", containsString("Bearer realm=\"innomatch\""))
                .header("WWW-Authenticate", containsString("X-API-Key"));
        refused(given().when().post("/api/v1/admin/api-keys"), 401, "Authentication required");
        refused(given().when().get("/api/v1/nowhere"), 401, "Authentication required");
    }

    @Test
    void badApiKeyIs401() {
        refused(given().header("X-API-Key", "letmein").when().get(PROFILE), 401, "not an Innomatch API key");
        String wellFormedButUnknown = "imk_0123456789abcdef_" + "A".repeat(43);
        refused(given().header("X-API-Key", wellFormedButUnknown).when().get(PROFILE), 401, "The X-API-Key is not valid");
        String created = createKey("embassy-ca").key();
        String tampered = created.substring(0, created.length() - 1) + (created.endsWith("A") ? "B" : "A");
        refused(given().header("X-API-Key", tampered).when().get(PROFILE), 401, "The X-API-Key is not valid");
    }

    @Test
    void partnerKeyWorksUntilRevokedThenIs401Immediately() throws Exception {
        Key key = createKey("embassy-pl");
        String token = given().header("X-API-Key", key.key()).when().get(PROFILE)
                .then().statusCode(200).body("service", equalTo("profile-service"))
                .extract().jsonPath().getString("headers.authorization[0]");
        JwtClaims claims = verifiedInternal(token);
        assertEquals("partner", claims.getClaimValueAsString("innomatch_role"));
        assertEquals("embassy-pl", claims.getClaimValueAsString("innomatch_partner"));
        assertEquals("api-key:" + key.id(), claims.getSubject());

        asAdmin().when().delete("/api/v1/admin/api-keys/" + key.id()).then().statusCode(204);
        refused(given().header("X-API-Key", key.key()).when().get(PROFILE), 401, "was revoked");
        asAdmin().when().delete("/api/v1/admin/api-keys/" + key.id()).then().statusCode(204);
        asAdmin().when().get("/api/v1/admin/api-keys").then().statusCode(200)
                .body("items.find { it.id == '" + key.id() + "' }.revokedAt", matchesPattern("\\d{4}-.*Z"));
    }

    @Test
    void participantBearerBecomesAnInternalTokenForTheService() throws Exception {
        String profileId = UUID.randomUUID().toString();
        ValidatableResponse echoed = given().header("Authorization", TestTokens.bearer(TestTokens.participantBearer(profileId)))
                .header("X-Request-Id", "auth-rid-1")
                .when().get(PROFILE + "/recommendations/../")
                .then().statusCode(200);
        String forwarded = echoed.extract().jsonPath().getString("headers.authorization[0]");
        JwtClaims claims = verifiedInternal(forwarded);
        assertEquals("participant", claims.getClaimValueAsString("innomatch_role"));
        assertEquals(profileId, claims.getSubject());
        assertEquals("auth-rid-1", echoed.extract().jsonPath().getString("headers.'x-request-id'[0]"));
        assertEquals(List.of("innomatch-services"), claims.getAudience());
        assertEquals(60, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertTrue(claims.getClaimValue("innomatch_partner") == null);
    }

    @Test
    void clientCredentialsAndForgedInternalTokensNeverReachAService() {
        Key key = createKey("embassy-il");
        given().header("X-API-Key", key.key())
                .header("X-Innomatch-Role", "admin")
                .when().get(PROFILE)
                .then().statusCode(200)
                .body("headers", not(hasKey("x-api-key")))
                .body("headers.authorization", everyItem(not(containsString(key.key()))));
        String forged = TestTokens.internalAdmin();
        refused(given().header("Authorization", TestTokens.bearer(forged)).when().get(PROFILE), 401, "not valid");
    }

    @Test
    void expiredBearerIs401() {
        String expired = TestTokens.issued().subject(UUID.randomUUID().toString()).groups("participant")
                .issuedAgo(Duration.ofHours(2)).lifetime(Duration.ofHours(1)).sign();
        refused(given().header("Authorization", TestTokens.bearer(expired)).when().get(PROFILE), 401, "has expired");
    }

    @Test
    void bearerForAnotherAudienceIs401() {
        String profileId = UUID.randomUUID().toString();
        String elsewhere = TestTokens.issued().audience("payroll-api").subject(profileId).groups("participant").sign();
        refused(given().header("Authorization", TestTokens.bearer(elsewhere)).when().get(PROFILE), 401, "not valid");
        String noAudience = TestTokens.issued().audience(null).subject(profileId).groups("participant").sign();
        refused(given().header("Authorization", TestTokens.bearer(noAudience)).when().get(PROFILE), 401, "not valid");
        given().header("Authorization", TestTokens.bearer(TestTokens.participantBearer(profileId)))
                .when().get(PROFILE).then().statusCode(200);
    }

    @Test
    void bearerIssuedInTheFutureIs401() {
        String profileId = UUID.randomUUID().toString();
        String future = TestTokens.issued().subject(profileId).groups("participant")
                .issuedAgo(Duration.ofMinutes(-5)).lifetime(Duration.ofMinutes(10)).sign();
        refused(given().header("Authorization", TestTokens.bearer(future)).when().get(PROFILE), 401,
                "issued in the future");
        // Within the allowed clock skew of the issuer's clock.
        String slightlyAhead = TestTokens.issued().subject(profileId).groups("participant")
                .issuedAgo(Duration.ofSeconds(-20)).lifetime(Duration.ofMinutes(10)).sign();
        given().header("Authorization", TestTokens.bearer(slightlyAhead)).when().get(PROFILE).then().statusCode(200);
    }

    @Test
    void bearerSignedByAnotherKeyIs401() {
        String forged = TestTokens.issued().subject(UUID.randomUUID().toString()).groups("admin")
                .signedWithWrongKey().sign();
        refused(given().header("Authorization", TestTokens.bearer(forged)).when().get(PROFILE), 401, "not valid");
        refused(given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get(PROFILE), 401, "bearer");
    }

    @Test
    void bearerWithoutARoleIs403() {
        String noRole = TestTokens.issued().subject(UUID.randomUUID().toString()).groups("reader").sign();
        refused(given().header("Authorization", TestTokens.bearer(noRole)).when().get(PROFILE), 403, "grants no Innomatch role");
        String notAProfile = TestTokens.issued().subject("alice").groups("participant").sign();
        refused(given().header("Authorization", TestTokens.bearer(notAProfile)).when().get(PROFILE), 401, "profile id");
    }

    @Test
    void wrongRoleOnAdminEndpointsIs403() {
        Key partner = createKey("incubator-waw");
        refused(given().header("X-API-Key", partner.key()).when().get("/api/v1/admin/api-keys"), 403,
                "Only admins may manage API keys; this is partner incubator-waw");
        String participant = TestTokens.participantBearer(UUID.randomUUID().toString());
        refused(given().header("Authorization", TestTokens.bearer(participant)).contentType("application/json")
                .body("{\"name\":\"x\"}").when().post("/api/v1/admin/api-keys"), 403, "Only admins");
        refused(given().header("Authorization", TestTokens.bearer(participant)).when()
                .delete("/api/v1/admin/api-keys/" + partner.id()), 403, "Only admins");
        given().header("X-API-Key", partner.key()).when().get(PROFILE).then().statusCode(200);
    }

    @Test
    void adminBearerTokenMayManageKeys() {
        String admin = TestTokens.issued().subject("ops@organiser.example").groups("admin").sign();
        given().header("Authorization", TestTokens.bearer(admin)).when().get("/api/v1/admin/api-keys")
                .then().statusCode(200).body("items.key", everyItem(nullValue()));
    }

    @Test
    void apiKeyRequestsAreValidated() {
        asAdmin().contentType("application/json").body("{\"name\":\"  \"}").when().post("/api/v1/admin/api-keys")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("name"));
        asAdmin().contentType("application/json").body("{\"name\":\"x\",\"partnerId\":\"Embassy PL\"}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(422).body("errors.field", contains("partnerId"));
        asAdmin().when().delete("/api/v1/admin/api-keys/ffffffffffffffff")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("API key ffffffffffffffff not found"));
    }

    @Test
    void bothCredentialsAtOnceIs400() {
        given().header("X-API-Key", TestCredentials.ADMIN_KEY)
                .header("Authorization", TestTokens.bearer(TestTokens.participantBearer(UUID.randomUUID().toString())))
                .when().get(PROFILE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not both"))
                .body("errors.field", contains("X-API-Key", "Authorization"));
    }

    @Test
    void statusAndOpenApiAreOpen() {
        given().when().get("/api/v1/openapi").then().statusCode(200);
        given().when().get("/api/v1/status").then().statusCode(503);
    }

    @Test
    void devTokenMintIsForAdminsAndItsTokensWork() throws Exception {
        String profileId = UUID.randomUUID().toString();
        String token = asAdmin().queryParam("role", "participant").queryParam("subject", profileId)
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(201).body("subject", equalTo(profileId))
                .extract().path("token");
        assertEquals(TestTokens.TEST_AUDIENCE, JwtClaims.parse(new String(Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getAudience().get(0));
        given().header("Authorization", TestTokens.bearer(token)).when().get(PROFILE).then().statusCode(200);
        refused(given().header("Authorization", TestTokens.bearer(token)).queryParam("subject", profileId)
                .when().post("/api/v1/dev/tokens"), 403, "Only admins");
        asAdmin().queryParam("subject", "not-a-uuid").when().post("/api/v1/dev/tokens")
                .then().statusCode(400).body("errors.field", contains("subject"));
        refused(given().queryParam("subject", profileId).when().post("/api/v1/dev/tokens"), 401, "Only admins")
                .header("WWW-Authenticate", notNullValue());
    }

    record Key(String id, String key) {
    }

    private static Key createKey(String partnerId) {
        var created = asAdmin().contentType("application/json")
                .body("{\"name\":\"portal of " + partnerId + "\",\"partnerId\":\"" + partnerId + "\"}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/api-keys/"))
                .body("partnerId", equalTo(partnerId))
                .extract().jsonPath();
        return new Key(created.getString("id"), created.getString("key"));
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("X-API-Key", TestCredentials.ADMIN_KEY);
    }

    private static ValidatableResponse refused(io.restassured.response.Response response, int status, String detail) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", containsString(detail))
                .body("requestId", matchesPattern(".+"));
    }

    private static JwtClaims verifiedInternal(String authorization) throws Exception {
        assertTrue(authorization.startsWith("Bearer "), authorization);
        return new JwtConsumerBuilder()
                .setVerificationKey(KeyUtils.readPublicKey(TestTokens.INTERNAL_PUBLIC_KEY))
                .setExpectedIssuer("innomatch-gateway")
                .setExpectedAudience("innomatch-services")
                .setRequireExpirationTime()
                .build()
                .processToClaims(authorization.substring("Bearer ".length()));
    }
}
