package org.innomatch.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** In the prod profile (no dev settings) the dev token mint does not exist, even for an admin. */
@QuarkusTest
@TestProfile(DevTokensAbsentInProdTest.Prod.class)
@WithTestResource(GatewayTestUpstreams.class)
class DevTokensAbsentInProdTest {

    public static class Prod implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.test-port", "0",
                    "smallrye.jwt.sign.key.location", TestTokens.INTERNAL_PRIVATE_KEY,
                    "mp.jwt.verify.issuer", TestTokens.TEST_ISSUER,
                    "mp.jwt.verify.publickey.location", TestTokens.ISSUER_PUBLIC_KEY);
        }
    }

    @Test
    void devTokenPathIsA404() {
        String admin = TestTokens.issued().subject("ops").groups("admin").sign();
        given().header("Authorization", TestTokens.bearer(admin)).queryParam("subject", "x")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
