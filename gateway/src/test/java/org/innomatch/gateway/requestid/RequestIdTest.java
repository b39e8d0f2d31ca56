package org.innomatch.gateway.requestid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(GatewayTestUpstreams.class)
class RequestIdTest {

    @BeforeAll
    static void asAdmin() {
        TestCredentials.adminByDefault();
    }

    @AfterAll
    static void anonymousAgain() {
        TestCredentials.anonymous();
    }

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void generatesAnIdAndSendsTheSameOneUpstreamAndBack() {
        Response response = given().when().get("/api/v1/profiles/p1");
        String id = response.header("X-Request-Id");
        assertThat(id, matchesPattern(UUID));
        response.then().statusCode(200).body("headers.'x-request-id'", contains(id));
    }

    @Test
    void keepsASaneIdFromTheClientAndReturnsItOnce() {
        String id = "partner-portal_42.retry-1";
        Response response = given().header("X-Request-Id", id).when().get("/api/v1/projects/j1");
        response.then().statusCode(200).body("headers.'x-request-id'", contains(id));
        // The fake service echoes the id too; the client must still see exactly one.
        assertThat(response.headers().getValues("X-Request-Id"), contains(id));
    }

    @Test
    void replacesAnIdThatIsTooLongOrHasOtherCharacters() {
        for (String offered : List.of("a".repeat(129), "two words", "<script>", "id\\u0000", "ünïcode")) {
            Response response = given().header("X-Request-Id", offered).when().get("/api/v1/taxonomy/sectors");
            String id = response.header("X-Request-Id");
            assertThat(offered, id, matchesPattern(UUID));
            response.then().statusCode(200).body("headers.'x-request-id'", contains(id));
        }
        String longest = "b".repeat(128);
        given().header("X-Request-Id", longest).when().get("/api/v1/taxonomy/sectors")
                .then().header("X-Request-Id", equalTo(longest));
    }

    @Test
    void theGatewaysOwnEndpointsAndErrorsCarryTheIdToo() {
        given().header("X-Request-Id", "own-1").when().get("/api/v1/status")
                .then().header("X-Request-Id", equalTo("own-1"));
        given().header("X-Request-Id", "own-2").when().get("/api/v1/profiles/p1/interests")
                .then().statusCode(503).header("X-Request-Id", equalTo("own-2")).body("requestId", equalTo("own-2"));
        Response generated = given().when().get("/api/v1/nowhere");
        generated.then().statusCode(404).body("requestId", equalTo(generated.header("X-Request-Id")));
        assertThat(generated.header("X-Request-Id"), not(equalTo(null)));
    }

    @Test
    void theAccessLogLineCarriesTheIdInTheMdc() throws Exception {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger accessLog = Logger.getLogger("org.innomatch.gateway.access");
        accessLog.addHandler(capture);
        try {
            given().header("X-Request-Id", "logged-1").when().get("/api/v1/webhooks").then().statusCode(200);
            long deadline = System.currentTimeMillis() + 3_000;
            while (matching(records, "logged-1").isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            accessLog.removeHandler(capture);
        }
        List<ExtLogRecord> lines = matching(records, "logged-1");
        assertThat(lines, hasSize(1));
        assertThat(lines.get(0).getFormattedMessage(), matchesPattern("GET /api/v1/webhooks 200 \\d+ms upstream=notification-service"));
    }

    private static List<ExtLogRecord> matching(List<ExtLogRecord> records, String requestId) {
        return records.stream().filter(r -> requestId.equals(r.getMdc(RequestId.KEY))).toList();
    }
}
