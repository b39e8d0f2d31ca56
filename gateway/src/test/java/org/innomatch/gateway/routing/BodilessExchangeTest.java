package org.innomatch.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.innomatch.gateway.support.AdminByDefault;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.RawHttp;
import org.innomatch.gateway.support.RawUpstream;
import org.innomatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Requests without a body take the gateway's direct path ({@link BodilessExchange}); what a client and a service
 * see must not differ from the streaming proxy's: framing of bodiless statuses, streaming of long or open-ended
 * responses, a connection that stays usable for the next call.
 */
@QuarkusTest
@ExtendWith(AdminByDefault.class)
@WithTestResource(GatewayTestUpstreams.class)
class BodilessExchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** RFC 9110 §5.6.7 IMF-fixdate: the day always has two digits. */
    private static final String IMF_FIXDATE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
                    + "\\d{2}:\\d{2}:\\d{2} GMT";
    private static final String ON_THE_1ST = "Tue, 01 Dec 2026 00:00:00 GMT";
    private static final String ON_THE_7TH = "Mon, 07 Dec 2026 13:27:28 GMT";
    private static final String ON_THE_31ST = "Thu, 31 Dec 2026 23:59:59 GMT";

    @TestHTTPResource("/")
    URI gateway;

    private static String get(String path, String... extraHeaders) {
        return "GET " + path + " HTTP/1.1\r\nHost: gateway.test\r\nX-API-Key: " + TestCredentials.ADMIN_KEY + "\r\n"
                + String.join("", Arrays.stream(extraHeaders).map(header -> header + "\r\n").toList()) + "\r\n";
    }

    @Test
    void oneConnectionCarriesBodilessCallsAndCallsWithABodyInTurn() throws Exception {
        String post = "POST /api/v1/profiles HTTP/1.1\r\nHost: gateway.test\r\nX-API-Key: " + TestCredentials.ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        List<RawHttp.Response> responses = RawHttp.exchangeInTurn(gateway,
                get("/api/v1/profiles/p1"), post, get("/api/v1/profiles/p2", "X-Request-Id: second-call"));
        assertEquals(List.of(200, 200, 200), responses.stream().map(RawHttp.Response::status).toList());
        assertEquals("/profiles/p1", JSON.readTree(responses.get(0).body()).path("path").asText());
        assertEquals(2, JSON.readTree(responses.get(1).body()).path("bodyBytes").asLong());
        assertEquals("/profiles/p2", JSON.readTree(responses.get(2).body()).path("path").asText());
        // The service echoes the request id too; the client still gets it once.
        assertEquals(List.of("second-call"), responses.get(2).headers().get("x-request-id"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {204, 304})
    void bodilessStatusesKeepTheirValidatorsAndLeaveTheConnectionUsable(int status) throws Exception {
        List<RawHttp.Response> responses = RawHttp.exchangeInTurn(gateway,
                get("/api/v1/profiles/p1", "X-Fake-Status: " + status), get("/api/v1/profiles/p1"));
        RawHttp.Response bodiless = responses.get(0);
        assertEquals(status, bodiless.status());
        assertEquals(List.of("\"v1\""), bodiless.headers().get("etag"));
        if (status == 204) {
            // RFC 9112 §6.1: never on a 204; a 304 may carry the coding the full response would have had.
            assertThat(bodiless.headers().keySet(), not(hasItem("transfer-encoding")));
        }
        assertEquals(0, bodiless.body().length);
        // Nothing was left on the connection that the next response could be mistaken for.
        assertEquals(200, responses.get(1).status());
        assertEquals("/profiles/p1", JSON.readTree(responses.get(1).body()).path("path").asText());
    }

    @Test
    void headAnswersTheHeadersOnly() throws Exception {
        try (RawUpstream service = matchingServiceAnswering("Date: " + ON_THE_7TH, "ETag: \"v7\"")) {
            given().when().head("/api/v1/events/e1/agenda")
                    .then().statusCode(200)
                    .header("ETag", "\"v7\"")
                    .header("Date", ON_THE_7TH)
                    .body(emptyString());
        }
    }

    /**
     * RFC 9110 §6.6.1 lets a proxy pass the origin's {@code Date} on: the gateway does, as the service wrote it,
     * on both ways of forwarding (vertx-http-proxy would otherwise write it anew with a one-digit day).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ON_THE_1ST, ON_THE_7TH, ON_THE_31ST})
    void aServicesDateReachesTheClientAsTheServiceWroteIt(String date) throws Exception {
        try (RawUpstream service = matchingServiceAnswering("Date: " + date)) {
            given().when().get("/api/v1/events/e1/agenda")
                    .then().statusCode(200).header("Date", date).body("service", equalTo("raw"));
            given().contentType("application/json").body("{}").when().post("/api/v1/events/e1/meetings")
                    .then().statusCode(200).header("Date", date);
        }
    }

    /** A response the service sent without a {@code Date} gets the gateway's, an IMF-fixdate of the moment. */
    @Test
    void aResponseWithoutADateGetsTheGatewaysImfFixdate() throws Exception {
        try (RawUpstream service = matchingServiceAnswering()) {
            for (Response response : List.of(given().when().get("/api/v1/events/e1/agenda"),
                    given().contentType("application/json").body("{}").when().post("/api/v1/events/e1/meetings"))) {
                response.then().statusCode(200).header("Date", matchesPattern(IMF_FIXDATE));
                Instant date = ZonedDateTime.parse(response.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                assertThat(Duration.between(date, Instant.now()).abs(), lessThan(Duration.ofMinutes(1)));
            }
        }
    }

    /** matching-service is down in these tests (see {@link GatewayTestUpstreams}): a hand-written one takes its port. */
    private static RawUpstream matchingServiceAnswering(String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of(headers));
        all.add("Content-Type: application/json");
        return RawUpstream.answering(GatewayTestUpstreams.matchingService().port(), 200, all,
                "{\"service\":\"raw\"}");
    }

    /** Under the whole-body limit, a body that reaches the gateway in several reads goes out whole, in one piece. */
    @Test
    void aSmallResponseArrivingInPiecesIsRelayedWhole() throws Exception {
        int size = BodilessExchange.WHOLE_BODY_LIMIT - 1024;
        RawHttp.Response response = RawHttp.exchange(gateway, get("/api/v1/projects",
                "X-Fake-Response-Bytes: " + size, "X-Fake-Known-Length: yes"));
        assertEquals(200, response.status());
        assertEquals(List.of(Integer.toString(size)), response.headers().get("content-length"));
        assertEquals(size, response.body().length);
    }

    /**
     * The service breaking off a small answer leaves the client with a cut connection: the direct path relays a
     * small answer once it is complete, so nothing reaches the client; the streaming proxy has sent the head and
     * part of the body. Never the promised length, and never a connection left waiting.
     */
    @Test
    void aSmallResponseTheServiceBreaksOffReachesTheClientAsACutConnection() throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(get("/api/v1/projects", "X-Fake-Response-Bytes: 1000",
                    "X-Fake-Known-Length: yes", "X-Fake-Cut-After-Bytes: 100").getBytes(StandardCharsets.ISO_8859_1));
            int received = 0;
            try {
                received = socket.getInputStream().readAllBytes().length;
            } catch (SocketException reset) {
                // A reset instead of an orderly close: the same answer.
            }
            assertThat(received, lessThan(1000));
        }
    }

    /**
     * The service sends its first 8 KiB and then holds the rest until the test has read them through the gateway:
     * were the response gathered before it is relayed, that first read would never complete.
     */
    @ParameterizedTest(name = "length known: {0}")
    @ValueSource(booleans = {false, true})
    void relaysALongResponseAsItArrives(boolean lengthKnown) throws Exception {
        int size = 200_000;
        String holdId = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/api/v1/projects"))
                    .header("X-API-Key", TestCredentials.ADMIN_KEY)
                    .header("X-Fake-Response-Bytes", Integer.toString(size))
                    .header("X-Fake-Hold", holdId);
            if (lengthKnown) {
                request.header("X-Fake-Known-Length", "yes");
            }
            HttpResponse<InputStream> response = client
                    .sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            try (InputStream body = response.body()) {
                byte[] first = CompletableFuture.supplyAsync(() -> readExactly(body, 8 * 1024))
                        .get(10, TimeUnit.SECONDS);
                assertEquals(8 * 1024, first.length);
                release(client, holdId);
                assertEquals(size - first.length, body.readAllBytes().length);
            }
            assertThat(response.headers().firstValue("Content-Length").isPresent(), equalTo(lengthKnown));
        } finally {
            release(client, holdId);
        }
    }

    @Test
    void aClientThatLeavesCutsTheCallToTheService() throws Exception {
        String holdId = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newHttpClient();
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(get("/api/v1/projects", "X-Fake-Response-Bytes: 20000000",
                    "X-Fake-Hold: " + holdId).getBytes(StandardCharsets.ISO_8859_1));
            // The status line, headers and the start of the first chunk: the call is under way.
            assertEquals(1024, socket.getInputStream().readNBytes(1024).length);
        }
        release(client, holdId);
        URI outcome = URI.create(GatewayTestUpstreams.projectService().releaseHoldUrl(holdId));
        String ended = "";
        for (int attempt = 0; attempt < 200 && ended.isEmpty(); attempt++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(outcome).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                ended = answer.body();
            } else {
                Thread.sleep(100);
            }
        }
        // Had the gateway read on, the service would have sent all 20 MB.
        assertEquals("cut", ended);
    }

    private static void release(HttpClient client, String holdId) throws Exception {
        String url = GatewayTestUpstreams.projectService().releaseHoldUrl(holdId);
        client.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static byte[] readExactly(InputStream in, int count) {
        try {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
