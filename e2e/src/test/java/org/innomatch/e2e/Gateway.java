package org.innomatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls to the public API, the only door the journeys use: every path is below {@code <gateway>/api/v1}, except
 * {@link #getPage(String)} for pages such as {@code /console}.
 */
public final class Gateway {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    /** The header name and value this caller sends with every API call; none for an anonymous caller. */
    private final Optional<Map.Entry<String, String>> credentials;
    /**
     * HTTP/1.1, as curl and browsers speak it over plain http. (The JDK's default, an h2c upgrade, gets an empty 101
     * from the gateway's GET /api/v1/openapi once the merged document is cached: reported, not worked around here.)
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(URI base, Optional<Map.Entry<String, String>> credentials) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.credentials = credentials;
    }

    /** A caller sending an API key, e.g. the stack's dev admin key. */
    static Gateway withApiKey(URI base, String apiKey) {
        return new Gateway(base, Optional.of(Map.entry("X-API-Key", apiKey)));
    }

    /** A caller sending a bearer token, e.g. a participant's. */
    static Gateway withBearer(URI base, String token) {
        return new Gateway(base, Optional.of(Map.entry("Authorization", "Bearer " + token)));
    }

    static Gateway anonymous(URI base) {
        return new Gateway(base, Optional.empty());
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another representation, e.g. {@code text/calendar}. */
    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, JsonNode body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** JSON merge patch with the ETag the caller read last. */
    public Reply patch(String path, String etag, JsonNode body) {
        return send(request(path).header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Any call, as a careless or hostile client might send it: {@code body} is sent as is (it need not be JSON), with
     * {@code contentType} when both are given.
     */
    public Reply call(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any call with extra request headers, e.g. {@code If-Match}; {@code body} and {@code contentType} as in call. */
    public Reply call(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The status of a GET whose body may never end (an event stream): the connection is closed after the head. */
    public int statusOfStream(String path) {
        HttpRequest built = request(path).setHeader("Accept", "text/event-stream").timeout(CALL_TIMEOUT).GET().build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: GET " + built.uri(), e);
        }
    }

    /** A GET with extra request headers. */
    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::header);
        return send(request.GET());
    }

    /** A page outside the API, e.g. {@code /console}. */
    public Reply getPage(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private HttpRequest.Builder request(String path) {
        return authorize(HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).header("Accept", "application/json"));
    }

    /** The caller's credentials: an {@code X-API-Key} or {@code Authorization: Bearer} header, or none. */
    private HttpRequest.Builder authorize(HttpRequest.Builder request) {
        credentials.ifPresent(header -> request.header(header.getKey(), header.getValue()));
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(CALL_TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new Reply(built.method() + " " + built.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("ETag"), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + built.method() + " " + built.uri(), e);
        }
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One response; {@link #toString()} is what a failed assertion shows. */
    public record Reply(String call, int status, Optional<String> etag, String contentType, String body,
                        HttpHeaders headers) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonNode json() {
            if (body == null || body.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(call + " answered " + status + " with a body that is not JSON: " + this, e);
            }
        }

        /** The body as JSON, after checking the status. */
        public JsonNode json(int expectedStatus) {
            if (status != expectedStatus) {
                throw new AssertionError("expected " + expectedStatus + " from " + this);
            }
            return json();
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "..." : body;
            return call + " → " + status + " " + shown;
        }
    }
}
