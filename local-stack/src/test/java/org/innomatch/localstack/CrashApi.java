package org.innomatch.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The calls the crash tests make through the gateway, as the stack's admin; a failed call is a reply, not a throw. */
final class CrashApi {

    /** A call that got no answer (connection refused, reset, timed out) has status 0. */
    record Reply(int status, JsonNode json) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final URI api;
    private final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    CrashApi(URI gateway, String adminKey) {
        this.api = URI.create(gateway.toString().replaceAll("/+$", "") + "/api/v1");
        this.adminKey = adminKey;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    Reply createProfile(String name) {
        ObjectNode body = object().put("name", name).put("kind", "ENTERPRISE").put("organization", name + " Ltd")
                .put("country", "CN").put("offers", "Cold-chain logistics software for dairy cooperatives.")
                .put("needs", "Dairy cooperatives that ship milk over long distances.").put("visibility", "PUBLIC");
        body.putArray("sectors").add("AGRIFOOD");
        body.putArray("cooperationTypes").add("JOINT_VENTURE");
        body.putArray("languages").add("en");
        body.putObject("contact").put("email", name + "@crash.example");
        return post("/profiles", body);
    }

    Reply interested(String who, String target) {
        return post("/profiles/" + who + "/interests", object().put("targetType", "PROFILE").put("targetId", target)
                .put("decision", "INTERESTED"));
    }

    /** A page of the profile list; {@code cursor} null for the first. */
    Reply profiles(String cursor) {
        return get("/profiles?limit=100" + (cursor == null ? ""
                : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
    }

    Reply matchesOf(String profile) {
        return get("/profiles/" + profile + "/matches", null);
    }

    Reply inboxOf(String profile) {
        return get("/profiles/" + profile + "/notifications?limit=100", null);
    }

    /** {@code profile} as {@code viewer} sees it, with the participant token the stack's dev mint gives it. */
    Reply profileAsSeenBy(String profile, String viewer) {
        Reply minted = post("/dev/tokens?subject=" + viewer, null);
        if (!minted.acknowledged()) {
            return minted;
        }
        return get("/profiles/" + profile, minted.json().path("token").asText());
    }

    Reply status() {
        return get("/status", null);
    }

    private Reply get(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).GET(), bearer);
    }

    private Reply post(String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path));
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return send(request, null);
    }

    private Reply send(HttpRequest.Builder request, String bearer) {
        if (bearer == null) {
            request.header("X-API-Key", adminKey);
        } else {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(CALL_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isEmpty() ? MissingNode.getInstance() : json.readTree(response.body());
            } catch (IOException e) {
                body = MissingNode.getInstance();
            }
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            return new Reply(0, MissingNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, MissingNode.getInstance());
        }
    }
}
