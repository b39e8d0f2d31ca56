package org.innomatch.gateway.home;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.gateway.auth.Identity;
import org.innomatch.gateway.auth.InternalTokens;
import org.innomatch.gateway.upstreams.Upstreams;

/**
 * Builds the home screen from four calls made at once, each with the caller's internal token and bounded by
 * {@code innomatch.home.timeout}; a call that fails leaves its part out and adds a warning instead of failing the
 * whole view.
 */
@ApplicationScoped
public class HomeService {

    static final int TOP = 5;

    private final Upstreams upstreams;
    private final InternalTokens tokens;
    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient http;

    public HomeService(Upstreams upstreams, InternalTokens tokens, ObjectMapper json,
                       @ConfigProperty(name = "innomatch.home.timeout", defaultValue = "3s") Duration timeout) {
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    private record Part(String name, String service, JsonNode body, String failure) {
    }

    public CompletionStage<HomeView> home(Identity participant, String requestId) {
        String token = "Bearer " + tokens.tokenFor(participant);
        String me = participant.subject();
        CompletableFuture<Part> profile = fetch("profile", Upstreams.PROFILE_SERVICE,
                upstreams.profileServiceUrl(), "/profiles/" + me, token, requestId);
        CompletableFuture<Part> partners = fetch("partnerRecommendations", Upstreams.MATCHING_SERVICE,
                upstreams.matchingServiceUrl(), "/profiles/" + me + "/recommendations/partners?limit=" + TOP, token, requestId);
        CompletableFuture<Part> projects = fetch("projectRecommendations", Upstreams.MATCHING_SERVICE,
                upstreams.matchingServiceUrl(), "/profiles/" + me + "/recommendations/projects?limit=" + TOP, token, requestId);
        CompletableFuture<Part> unread = fetch("notifications", Upstreams.NOTIFICATION_SERVICE,
                upstreams.notificationServiceUrl(), "/profiles/" + me + "/notifications/unread-count", token, requestId);
        return CompletableFuture.allOf(profile, partners, projects, unread).thenApply(done -> {
            List<HomeView.Warning> warnings = new ArrayList<>();
            for (CompletableFuture<Part> part : List.of(profile, partners, projects, unread)) {
                Part p = part.join();
                if (p.failure() != null) {
                    warnings.add(new HomeView.Warning(p.name(), p.service(), p.failure()));
                }
            }
            return new HomeView(profile.join().body(), partners.join().body(), projects.join().body(),
                    unread.join().body(), List.copyOf(warnings));
        });
    }

    private CompletableFuture<Part> fetch(String name, String service, URI base, String path, String token,
                                          String requestId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .timeout(timeout)
                .header("Authorization", token)
                .header("X-Request-Id", requestId)
                .header("Accept", "application/json")
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                return new Part(name, service, null, service + " is unavailable (" + cause.getClass().getSimpleName() + ")");
            }
            if (response.statusCode() != 200) {
                return new Part(name, service, null, service + " answered HTTP " + response.statusCode());
            }
            try {
                return new Part(name, service, json.readTree(response.body()), null);
            } catch (IOException e) {
                return new Part(name, service, null, service + " answered something that is not JSON");
            }
        });
    }
}
