package org.innomatch.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A handler on the gateway's router that throws or fails still answers with problem+json: the call's request id and
 * public path, and nothing of the failure's internals.
 */
@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class RouteFailuresTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aHandlerThatThrowsIsA500ProblemWithoutInternals() {
        given().header("X-Request-Id", "route-failure-1")
                .when().get(FailingTestRoutes.BASE + "throws")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", "route-failure-1")
                .body("type", equalTo("https://innomatch.org/problems/internal"))
                .body("status", equalTo(500))
                .body("detail", equalTo(RouteFailures.UNEXPECTED_DETAIL))
                .body("instance", equalTo(FailingTestRoutes.BASE + "throws"))
                .body("requestId", equalTo("route-failure-1"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void aHandlerFailingWithAClientStatusIsThatStatusAsAProblem() {
        given().header("X-Request-Id", "route-failure-2")
                .when().get(FailingTestRoutes.BASE + "fails-413")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"))
                .body("instance", equalTo(FailingTestRoutes.BASE + "fails-413"))
                .body("requestId", equalTo("route-failure-2"));
    }

    @Test
    void aHandlerFailingWithAServerStatusAndAnExceptionKeepsTheStatusNotTheMessage() {
        given().header("X-Request-Id", "route-failure-3")
                .when().get(FailingTestRoutes.BASE + "fails-503")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", equalTo(RouteFailures.UNEXPECTED_DETAIL))
                .body("requestId", equalTo("route-failure-3"))
                .body(not(containsString("hunter2")));
    }

    @Test
    void aFailureAfterTheResponseBeganCutsItShortInsteadOfLookingComplete() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString())
                .resolve(FailingTestRoutes.BASE.substring(1) + "throws-midway"))
                .timeout(Duration.ofSeconds(10)).build();
        assertThrows(IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    }
}
