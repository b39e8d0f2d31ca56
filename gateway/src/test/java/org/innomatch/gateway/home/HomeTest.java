package org.innomatch.gateway.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.util.KeyUtils;

/**
 * GET /api/v1/me/home against fake services that echo what they received; matching-service is down unless a test
 * starts it.
 */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class HomeTest {

    @Test
    void withMatchingDownTheHomeIsPartialWithAWarningPerMissingPart() throws Exception {
        String me = UUID.randomUUID().toString();
        JsonPath home = given().header("Authorization", TestTokens.bearer(TestTokens.participantBearer(me)))
                .header("X-Request-Id", "home-1")
                .when().get("/api/v1/me/home")
                .then().statusCode(200)
                .body("$", not(hasKey("partnerRecommendations")))
                .body("$", not(hasKey("projectRecommendations")))
                .body("warnings.part", containsInAnyOrder("partnerRecommendations", "projectRecommendations"))
                .body("warnings.service", everyItem(equalTo("matching-service")))
                .body("warnings.detail", everyItem(containsString("unavailable")))
                .body("profile.service", equalTo("profile-service"))
                .body("profile.path", equalTo("/profiles/" + me))
                .body("notifications.service", equalTo("notification-service"))
                .body("notifications.path", equalTo("/profiles/" + me + "/notifications/unread-count"))
                .extract().jsonPath();
        String forwarded = home.getString("profile.headers.authorization[0]");
        var claims = new JwtConsumerBuilder()
                .setVerificationKey(KeyUtils.readPublicKey(TestTokens.INTERNAL_PUBLIC_KEY))
                .setExpectedIssuer("innomatch-gateway").setExpectedAudience("innomatch-services")
                .build().processToClaims(forwarded.substring("Bearer ".length()));
        assertEquals(me, claims.getSubject());
        assertEquals("participant", claims.getClaimValueAsString("innomatch_role"));
        assertEquals("home-1", home.getString("profile.headers.'x-request-id'[0]"));
    }

    @Test
    void withEveryServiceUpTheHomeIsCompleteAndAsksForTheTopFive() {
        String me = UUID.randomUUID().toString();
        GatewayTestUpstreams.matchingService().start();
        try {
            given().header("Authorization", TestTokens.bearer(TestTokens.participantBearer(me)))
                    .when().get("/api/v1/me/home")
                    .then().statusCode(200)
                    .body("warnings", empty())
                    .body("partnerRecommendations.path", equalTo("/profiles/" + me + "/recommendations/partners"))
                    .body("partnerRecommendations.query", equalTo("limit=5"))
                    .body("projectRecommendations.path", equalTo("/profiles/" + me + "/recommendations/projects"))
                    .body("projectRecommendations.query", equalTo("limit=5"));
        } finally {
            GatewayTestUpstreams.matchingService().stop();
        }
    }

    @Test
    void onlyParticipantsHaveAHome() {
        given().header("X-API-Key", TestCredentials.ADMIN_KEY).when().get("/api/v1/me/home")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Only participants may have a home screen"));
        given().when().get("/api/v1/me/home").then().statusCode(401).contentType("application/problem+json");
    }
}
