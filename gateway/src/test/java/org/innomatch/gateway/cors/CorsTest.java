package org.innomatch.gateway.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The default origins of application.properties: http://localhost:3000 and http://127.0.0.1:3000. */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class CorsTest {

    private static final String PORTAL = "http://localhost:3000";

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutReachingTheService() {
        given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-request-id")
                .when().options("/api/v1/profiles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anActualCallExposesTheHeadersABrowserClientNeeds() {
        Response response = given().header("Origin", PORTAL).when().get("/api/v1/profiles/p1");
        response.then().statusCode(200).header("Access-Control-Allow-Origin", PORTAL);
        List<String> exposed = Arrays.stream(response.header("Access-Control-Expose-Headers").split(","))
                .map(String::trim).toList();
        assertThat(exposed, hasItems("Location", "ETag", "X-Request-Id", "Retry-After",
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        // The headers it names are really there.
        assertThat(response.header("RateLimit-Limit"), org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anOriginNotConfiguredIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/profiles/p1")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").when().get("/api/v1/profiles/p1")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
