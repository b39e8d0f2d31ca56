package org.innomatch.gateway.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.gateway.status.SystemStatus.UpstreamStatus;
import org.innomatch.gateway.upstreams.Upstreams;

/** Probes every upstream's readiness endpoint in parallel, each bounded by the status timeout. */
@ApplicationScoped
public class SystemStatusService {

    private final Upstreams upstreams;
    private final HttpClient http;

    public SystemStatusService(Upstreams upstreams) {
        this.upstreams = upstreams;
        this.http = HttpClient.newBuilder().connectTimeout(upstreams.statusTimeout()).build();
    }

    public SystemStatus status() {
        List<CompletableFuture<UpstreamStatus>> probes = upstreams.byName().entrySet().stream()
                .map(this::probe)
                .toList();
        List<UpstreamStatus> results = probes.stream().map(CompletableFuture::join).toList();
        boolean allUp = results.stream().allMatch(r -> r.status().equals("UP"));
        return new SystemStatus(allUp ? "UP" : "DOWN", results);
    }

    private CompletableFuture<UpstreamStatus> probe(Map.Entry<String, URI> upstream) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(upstream.getValue().resolve("/q/health/ready"))
                .timeout(upstreams.statusTimeout())
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (error != null) {
                        return new UpstreamStatus(upstream.getKey(), "DOWN", millis, describe(error));
                    }
                    boolean up = response.statusCode() == 200;
                    return new UpstreamStatus(upstream.getKey(), up ? "UP" : "DOWN", millis,
                            up ? null : "readiness answered HTTP " + response.statusCode());
                });
    }

    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }
}
