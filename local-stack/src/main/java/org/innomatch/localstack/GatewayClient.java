package org.innomatch.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** JSON calls to the gateway's public API ({@code /api/v1}), as a partner portal would make them. */
final class GatewayClient {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final URI gateway;
    private final HttpClient http;
    private final ObjectMapper json;
    private final String apiKey;

    GatewayClient(URI gateway, HttpClient http, ObjectMapper json, String apiKey) {
        this.gateway = gateway;
        this.http = http;
        this.json = json;
        this.apiKey = apiKey;
    }

    static GatewayClient to(URI gateway) {
        return to(gateway, null);
    }

    /** Calls sending {@code apiKey} as {@code X-API-Key} (none when null). */
    static GatewayClient to(URI gateway, String apiKey) {
        return new GatewayClient(gateway, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                new ObjectMapper(), apiKey);
    }

    URI gateway() {
        return gateway;
    }

    ObjectMapper json() {
        return json;
    }

    /** {@code path} is below {@code /api/v1}, e.g. {@code /profiles}. */
    ApiResponse get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POSTs {@code body} as JSON, or nothing when it is null (actions such as {@code /publish}). */
    ApiResponse post(String path, JsonNode body) {
        if (body == null) {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
        }
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private URI uri(String path) {
        String base = gateway.toString().replaceAll("/+$", "");
        return URI.create(base + "/api/v1" + path);
    }

    private ApiResponse send(HttpRequest.Builder request) {
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        HttpRequest built = request.header("Accept", "application/json").timeout(CALL_TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(built.method(), built.uri().getPath(), response.statusCode(), response.body(), json);
        } catch (IOException e) {
            throw new DemoLoadException("cannot reach the gateway at " + gateway + " (" + built.method() + " "
                    + built.uri().getPath() + ": " + reason(e) + "); is the stack running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("interrupted while calling the gateway");
        }
    }

    /** The first message along the causes (the JDK's ConnectException often has none), else the class name. */
    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    /** One response; {@link #problem()} describes an error response in one line. */
    record ApiResponse(String method, String path, int status, String body, ObjectMapper json) {

        JsonNode bodyJson() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        String id() {
            return bodyJson().path("id").asText(null);
        }

        /** Whether a field error of a problem+json body names {@code field}. */
        boolean namesField(String field) {
            for (JsonNode error : bodyJson().path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * e.g. {@code POST /api/v1/profiles answered 422: 1 invalid field (sectors[0]: must be one of ..., rejected
         * 'SPACE') [request 5f0c...]}.
         */
        String problem() {
            JsonNode problem = bodyJson();
            StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" answered ").append(status);
            String detail = problem.path("detail").asText(problem.path("title").asText(""));
            if (!detail.isBlank()) {
                text.append(": ").append(detail);
            } else if (body != null && !body.isBlank() && problem.isMissingNode()) {
                text.append(": ").append(body.length() > 200 ? body.substring(0, 200) + "..." : body);
            }
            List<String> errors = new ArrayList<>();
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText("");
                String message = error.path("message").asText("");
                String rejected = error.path("rejectedValue").asText(null);
                errors.add((field.isBlank() ? "" : field + ": ") + message
                        + (rejected == null ? "" : ", rejected '" + rejected + "'"));
            }
            if (!errors.isEmpty()) {
                text.append(" (").append(String.join("; ", errors)).append(')');
            }
            String requestId = problem.path("requestId").asText("");
            if (!requestId.isBlank()) {
                text.append(" [request ").append(requestId).append(']');
            }
            return text.toString();
        }
    }
}
