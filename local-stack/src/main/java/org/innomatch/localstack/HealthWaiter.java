package org.innomatch.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/** Waits, for all services at once, until each one's readiness check answers 200. */
final class HealthWaiter {

    static final String READY_PATH = "/q/health/ready";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    /** Why a service did not become healthy. */
    record Failure(ServiceProcess service, String reason) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * Returns the first failure, or empty once every service is ready. On the first failure the others are
     * no longer waited for.
     *
     * @param onReady told about each service as it becomes ready, with the time it took
     */
    Optional<Failure> awaitAll(List<ServiceProcess> services, StackEndpoints endpoints, Duration timeout,
                               BiConsumer<ServiceProcess, Duration> onReady) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        ExecutorService executor = Executors.newFixedThreadPool(services.size(), runnable -> {
            Thread thread = new Thread(runnable, "innomatch-health");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Optional<Failure>> completion = new ExecutorCompletionService<>(executor);
            List<Future<Optional<Failure>>> pending = new ArrayList<>();
            for (ServiceProcess service : services) {
                URI ready = endpoints.managementUrl(service.module()).resolve(READY_PATH);
                pending.add(completion.submit(() -> {
                    Optional<Failure> failure = awaitOne(service, ready, deadline, timeout);
                    if (failure.isEmpty()) {
                        onReady.accept(service, Duration.ofNanos(System.nanoTime() - started));
                    }
                    return failure;
                }));
            }
            for (int i = 0; i < pending.size(); i++) {
                Optional<Failure> failure = completion.take().get();
                if (failure.isPresent()) {
                    return failure;
                }
            }
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Health check failed unexpectedly", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private Optional<Failure> awaitOne(ServiceProcess service, URI ready, long deadline, Duration timeout)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build();
        String lastAnswer = "no answer yet";
        while (true) {
            if (!service.isAlive()) {
                return Optional.of(new Failure(service, "exited with code " + service.exitCode().orElse(-1)
                        + " before becoming healthy"));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Optional.empty();
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + oneLine(response.body());
            } catch (ConnectException e) {
                lastAnswer = "connection refused, not listening yet";
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            }
            if (System.nanoTime() > deadline) {
                return Optional.of(new Failure(service, "not healthy within " + timeout.toSeconds() + " s ("
                        + ready + " last answered: " + lastAnswer + ")"));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    private static String oneLine(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
