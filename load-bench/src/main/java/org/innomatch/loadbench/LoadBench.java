package org.innomatch.loadbench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Runs the mixes against one running stack and prints, per mix and client count: throughput, p50/p99 of all
 * requests and of each kind, failures, CPU seconds per process per request, and at the end of the run the
 * outbox rows and consumer lag left, how long they took to drain, and how long a new profile then takes to show in
 * recommendations. {@code compare} prints the ratios of two such runs (see run.sh).
 *
 * <pre>
 * LoadBench run --gateway URL --key KEY --stack-dir DIR --dataset FILE --label NAME --out FILE
 *               [--clients 20,100] [--duration 60] [--mixes mixed,browsing,import] [--seed 500] [--results DIR]
 * LoadBench compare BEFORE.json AFTER.json
 * </pre>
 */
public final class LoadBench {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, Class<?>> MIXES = Map.of(
            "mixed", MixedLoad.class, "browsing", BrowsingLoad.class, "import", ImportLoad.class);

    /** One mix at one client count. */
    public record Round(String mix, int clients, GatlingStats stats, Map<String, Double> cpuSecondsPerRequest,
                        Backlog.Snapshot leftAtEnd, Double drainSeconds, Double newProfileVisibleSeconds) {
    }

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("compare")) {
            Report.compare(read(Path.of(args[1])), read(Path.of(args[2])));
            return;
        }
        if (args.length == 0 || !args[0].equals("run")) {
            System.err.println("usage: LoadBench run --gateway URL --key KEY --stack-dir DIR --dataset FILE "
                    + "--label NAME --out FILE [--clients 20,100] [--duration 60] [--mixes mixed,browsing,import] "
                    + "[--seed 500] [--results DIR]\n       LoadBench compare BEFORE.json AFTER.json");
            System.exit(2);
        }
        Map<String, String> o = options(Arrays.copyOfRange(args, 1, args.length));
        String gateway = o.get("gateway");
        String key = o.get("key");
        Path stackDir = Path.of(o.get("stack-dir"));
        Path dataset = Path.of(o.get("dataset"));
        String label = o.getOrDefault("label", "run");
        Path results = Path.of(o.getOrDefault("results", "target/gatling"));
        Duration duration = Duration.ofSeconds(Long.parseLong(o.getOrDefault("duration", "60")));
        List<Integer> clientCounts = Arrays.stream(o.getOrDefault("clients", "20,100").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<String> mixes = Arrays.stream(o.getOrDefault("mixes", "mixed,browsing,import").split(","))
                .map(String::strip).toList();
        int seed = Integer.parseInt(o.getOrDefault("seed", "500"));

        Api api = new Api(gateway, key);
        StackProcesses stack = StackProcesses.of(stackDir);
        System.out.printf("[load] %s: processes %s%n", label, stack.pids());
        Path population = Files.createTempFile("population", ".txt");
        List<String> ids = api.seed(new GeneratedProfiles(dataset, "seed"), seed);
        Files.write(population, ids);
        String eventId = api.firstEvent();
        if (eventId != null) {
            api.register(eventId, ids);
        }
        System.out.printf("[load] seeded %d profiles%s%n", ids.size(),
                eventId == null ? "" : ", registered to event " + eventId);

        List<Round> rounds = new ArrayList<>();
        try (Backlog backlog = Backlog.of(stack)) {
            backlog.drain(Duration.ofMinutes(2));
            for (String mix : mixes) {
                for (int clients : clientCounts) {
                    new LoadPlan(gateway, key, clients, duration, population, dataset, eventId).install();
                    Map<String, Double> before = stack.cpuSeconds();
                    int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                        "-s", MIXES.get(mix).getName(), "-rf", results.toString(), "-rd", label + " " + mix});
                    Map<String, Double> after = stack.cpuSeconds();
                    Backlog.Snapshot left = backlog.now();
                    Duration drain = backlog.drain(Duration.ofSeconds(120));
                    if (drain == null) {
                        System.out.printf("[load] still behind after 120 s: %s%n", backlog.now());
                    }
                    Double visible = api.secondsUntilNewProfileRecommended(new GeneratedProfiles(dataset, "probe"));
                    GatlingStats stats = GatlingStats.newestIn(results);
                    Map<String, Double> perRequest = new LinkedHashMap<>();
                    long requests = Math.max(1, stats.all().requests());
                    after.forEach((name, s) -> perRequest.put(name, (s - before.getOrDefault(name, 0.0)) / requests));
                    Round round = new Round(mix, clients, stats, perRequest, left,
                            drain == null ? null : drain.toMillis() / 1000.0, visible);
                    rounds.add(round);
                    Report.print(label, round, status);
                    backlog.drain(Duration.ofMinutes(2));
                }
            }
        }
        Path out = Path.of(o.get("out"));
        JSON.writeValue(out.toFile(), Map.of("label", label, "rounds", rounds));
        System.out.printf("[load] figures written to %s%n", out);
        System.exit(0);
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("gateway", "key", "stack-dir", "dataset", "out")) {
            if (!o.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return o;
    }

    /** The few calls the bench makes itself, outside Gatling: seeding and the freshness probe. */
    static final class Api {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final String key;

        Api(String gateway, String key) {
            this.base = gateway + "/api/v1";
            this.key = key;
        }

        HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", key).header("Accept", "application/json");
            if (body != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        List<String> seed(GeneratedProfiles profiles, int count) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> created = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    created.add(pool.submit(() -> {
                        for (int attempt = 0; ; attempt++) {
                            HttpResponse<String> r = call("POST", "/profiles", profiles.next());
                            if (r.statusCode() == 201) {
                                return new ObjectMapper().readTree(r.body()).path("id").asText();
                            }
                            if (attempt == 5) {
                                throw new IllegalStateException("seeding: HTTP " + r.statusCode() + " " + r.body());
                            }
                            Thread.sleep(500);
                        }
                    }));
                }
                List<String> ids = new ArrayList<>();
                for (Future<String> f : created) {
                    ids.add(f.get());
                }
                return Collections.unmodifiableList(ids);
            } finally {
                pool.shutdown();
            }
        }

        String firstEvent() throws IOException, InterruptedException {
            HttpResponse<String> r = call("GET", "/events?limit=1", null);
            if (r.statusCode() != 200) {
                return null;
            }
            JsonNode items = new ObjectMapper().readTree(r.body()).path("items");
            return items.isArray() && !items.isEmpty() ? items.get(0).path("id").asText() : null;
        }

        void register(String eventId, List<String> ids) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (String id : ids) {
                    done.add(pool.submit(() -> call("POST", "/events/" + eventId + "/registrations",
                            "{\"profileId\":\"" + id + "\"}").statusCode()));
                }
                for (Future<Integer> f : done) {
                    int status = f.get();
                    if (status >= 300 && status != 409) {
                        throw new IllegalStateException("registering: HTTP " + status);
                    }
                }
            } finally {
                pool.shutdown();
            }
        }

        /** Creates a profile and asks for its recommendations until they answer 200 (at most 60 s). */
        Double secondsUntilNewProfileRecommended(GeneratedProfiles profiles) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> created = call("POST", "/profiles", profiles.next());
            if (created.statusCode() != 201) {
                return null;
            }
            String id = new ObjectMapper().readTree(created.body()).path("id").asText();
            while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
                if (call("GET", "/profiles/" + id + "/recommendations/partners?limit=10", null).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(50);
            }
            return null;
        }
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
