package org.innomatch.matching.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.EmbeddedPostgresServer;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.readmodel.ReadModelConsumer;
import org.innomatch.matching.recommendations.RecommendationFilters;
import org.innomatch.matching.recommendations.RecommendationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: the benchmark of issue 4, run only with {@code -Pbenchmark} (see the module README). It loads the
 * generated population through Kafka into the service, then prints index build time, recommendation latency
 * in-process and over HTTP, memory, and the same "partners" question answered by a PostgreSQL full-text query
 * (tsvector + GIN + ts_rank) on the same data, with the ratio. Sizes and query counts are system properties.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "innomatch.bench", matches = "true")
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(BenchmarkDataResource.class)
class MatchingBenchmark {

    private static final int LIMIT = 10;

    @Inject
    RecommendationService recommendations;

    @Inject
    ReadModelConsumer readModel;

    @Inject
    CandidateIndex index;

    @TestHTTPResource("/")
    URL base;

    private final List<String> report = new ArrayList<>();

    @Test
    void run() throws Exception {
        BenchmarkData data = BenchmarkDataResource.data;
        int queries = Integer.getInteger("bench.queries", 10_000);
        int baselineQueries = Integer.getInteger("bench.baselineQueries", 30);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (!readModel.caughtUp()) {
            assertTrue(System.nanoTime() < deadline, "read model did not catch up");
            Thread.sleep(50);
        }
        int expected = data.profiles.size() + data.projects.size();
        assertEquals(expected, index.all().size(), "every generated profile and project is indexed");

        line("Innomatch matching benchmark — %d profiles, %d projects, %d cores, Java %s, max heap %d MB",
                data.profiles.size(), data.projects.size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        line("mean text length: offers %d chars, needs %d chars; languages: %s",
                (int) data.profiles.stream().mapToInt(p -> p.offers().length()).average().orElse(0),
                (int) data.profiles.stream().mapToInt(p -> p.needs().length()).average().orElse(0), languageMix(data));
        line("generate %d ms, produce to Kafka %d ms", BenchmarkDataResource.generateMillis, BenchmarkDataResource.produceMillis);
        long catchUp = readModel.catchUpTime().toMillis();
        line("index build (replay of both topics from Kafka into Lucene + candidate map): %d ms = %.0f docs/s",
                catchUp, expected * 1000.0 / catchUp);
        memory();

        Random random = new Random(7);
        List<UUID> askers = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            askers.add(data.profiles.get(random.nextInt(data.profiles.size())).id());
        }

        // Warm-up (JIT) on other requesters than the measured ones.
        measure(2_000, i -> recommendations.partnersFor(data.profiles.get(i).id(), RecommendationFilters.NONE, 0, LIMIT).items().size());
        long[] partners = measure(queries, i -> recommendations.partnersFor(askers.get(i), RecommendationFilters.NONE, 0, LIMIT).items().size());
        print("in-process partners (limit 10)", partners);
        long[] projects = measure(Math.min(queries, 2_000),
                i -> recommendations.projectsFor(askers.get(i), RecommendationFilters.NONE, 0, LIMIT).items().size());
        print("in-process projects (limit 10)", projects);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // One token for the whole run: minting per request would be measured too.
        adminBearer = org.innomatch.caller.testing.TestTokens.bearer(org.innomatch.caller.testing.TestTokens.internal()
                .role("admin").subject("benchmark").lifetime(java.time.Duration.ofHours(2)).sign());
        measure(1_000, i -> get(http, data.profiles.get(i).id()));
        long[] overHttp = measure(queries, i -> get(http, askers.get(i)));
        print("HTTP partners (limit 10)", overHttp);
        memory();

        long[] baseline = postgresBaseline(data, askers.subList(0, Math.min(baselineQueries, askers.size())));
        print("PostgreSQL FTS baseline partners", baseline);
        line("ratio baseline / engine: p50 %.1fx in-process, %.1fx over HTTP; p99 %.1fx in-process, %.1fx over HTTP",
                ratio(baseline, partners, 50), ratio(baseline, overHttp, 50), ratio(baseline, partners, 99), ratio(baseline, overHttp, 99));
        System.out.println("written to " + Path.of("target", "benchmark-" + data.profiles.size() + ".txt").toAbsolutePath());
    }

    private String adminBearer;

    private int get(HttpClient http, UUID profile) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(base + "profiles/" + profile + "/recommendations/partners?limit=" + LIMIT))
                    .header("Authorization", adminBearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response.body().length();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a team would write instead: one table, per-language tsvectors of offers and needs with GIN indexes, and
     * "my needs against their offers, my offers against their needs" as OR-queries ranked by ts_rank.
     */
    private long[] postgresBaseline(BenchmarkData data, List<UUID> askers) throws SQLException {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0, null);
             Connection c = DriverManager.getConnection(pg.createDatabaseIfAbsent("bench") + "?reWriteBatchedInserts=true",
                     EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)) {
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE profiles (
                          id uuid PRIMARY KEY,
                          cfg regconfig NOT NULL,
                          country text, kind text, sectors text[],
                          offers text NOT NULL, needs text NOT NULL,
                          offers_tsv tsvector GENERATED ALWAYS AS (to_tsvector(cfg, offers)) STORED,
                          needs_tsv tsvector GENERATED ALWAYS AS (to_tsvector(cfg, needs)) STORED)""");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO profiles (id, cfg, country, kind, sectors, offers, needs) VALUES (?, ?::regconfig, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (ProfileUpserted p : data.profiles) {
                    insert.setObject(1, p.id());
                    insert.setString(2, configOf(p));
                    insert.setString(3, p.country());
                    insert.setString(4, p.kind());
                    insert.setArray(5, c.createArrayOf("text", p.sectors().toArray()));
                    insert.setString(6, p.offers());
                    insert.setString(7, p.needs());
                    insert.addBatch();
                    if (++n % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            long loaded = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX profiles_offers_gin ON profiles USING gin (offers_tsv)");
                s.execute("CREATE INDEX profiles_needs_gin ON profiles USING gin (needs_tsv)");
                s.execute("ANALYZE profiles");
            }
            c.commit();
            c.setAutoCommit(true);
            line("PostgreSQL baseline: load %d rows %d ms, GIN indexes + analyze %d ms", data.profiles.size(),
                    (loaded - t0) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT p.id, ts_rank(p.offers_tsv, q.needs) + ts_rank(p.needs_tsv, q.offers) AS score
                    FROM profiles p,
                         (SELECT id,
                                 replace(plainto_tsquery(cfg, needs)::text, '&', '|')::tsquery AS needs,
                                 replace(plainto_tsquery(cfg, offers)::text, '&', '|')::tsquery AS offers
                          FROM profiles WHERE id = ?) q
                    WHERE (p.offers_tsv @@ q.needs OR p.needs_tsv @@ q.offers) AND p.id <> q.id
                    ORDER BY score DESC, p.id
                    LIMIT 10""")) {
                measure(Math.min(50, askers.size()), i -> run(query, data.profiles.get(i).id()));
                int[] found = new int[1];
                long[] latencies = measure(askers.size(), i -> {
                    int rows = run(query, askers.get(i));
                    found[0] += rows > 0 ? 1 : 0;
                    return rows;
                });
                line("PostgreSQL baseline: %d of %d queries returned results", found[0], askers.size());
                return latencies;
            }
        }
    }

    private static int run(PreparedStatement query, UUID id) {
        try {
            query.setObject(1, id);
            int rows = 0;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String configOf(ProfileUpserted p) {
        return switch (p.languages().get(0)) {
            case "en" -> "english";
            case "de" -> "german";
            default -> "simple"; // PostgreSQL ships no Polish or Chinese text search configuration
        };
    }

    interface Query {
        int run(int i);
    }

    private static long[] measure(int n, Query query) {
        long[] nanos = new long[n];
        long sink = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            sink += query.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return nanos;
    }

    private void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        line("%-34s n=%5d  p50 %7.2f ms  p99 %7.2f ms  mean %7.2f ms  max %8.2f ms  (load average %s)", what, sorted.length,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6,
                sorted[sorted.length - 1] / 1e6, loadAverage());
    }

    private static double ratio(long[] baseline, long[] engine, int p) {
        long[] b = baseline.clone();
        long[] e = engine.clone();
        Arrays.sort(b);
        Arrays.sort(e);
        return (double) percentile(b, p) / percentile(e, p);
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private void memory() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        line("memory: heap used after GC %d MB (JVM also hosts the Kafka broker and the Mongo-wire server), Lucene index %d MB, RSS %s",
                (rt.totalMemory() - rt.freeMemory()) >> 20, index.indexBytes() >> 20, rss());
    }

    /** The 1-minute load average at the end of a phase: on a shared machine it tells how far to trust the figure. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).trim()).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String languageMix(BenchmarkData data) {
        return data.profiles.stream().collect(java.util.stream.Collectors.groupingBy(p -> p.languages().get(0),
                java.util.TreeMap::new, java.util.stream.Collectors.counting())).toString();
    }

    /** Printed and appended to target/benchmark-<profiles>.txt at once, so a long run that is stopped keeps its figures. */
    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("BENCH " + text);
        try {
            Files.writeString(Path.of("target", "benchmark-" + BenchmarkDataResource.data.profiles.size() + ".txt"),
                    text + System.lineSeparator(), java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
