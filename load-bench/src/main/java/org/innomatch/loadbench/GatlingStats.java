package org.innomatch.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The figures of one Gatling run, read from its HTML report's {@code js/stats.js} (percentiles 1 and 4: p50, p99). */
public record GatlingStats(Figures all, Map<String, Figures> perRequest) {

    /** Requests, failed ones, throughput and latency of all requests or of one kind. */
    public record Figures(long requests, long failed, double perSecond, long p50Millis, long p99Millis) {
    }

    /** The newest run under Gatling's results folder. */
    public static GatlingStats newestIn(Path resultsFolder) {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            Path newest = runs.filter(Files::isDirectory)
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run in " + resultsFolder));
            return read(newest.resolve("js").resolve("stats.js"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's {@code var stats = {...}}: a JavaScript object literal (unquoted names), read as lenient JSON. */
    static GatlingStats read(Path statsJs) {
        try {
            String script = Files.readString(statsJs);
            int start = script.indexOf('{', script.indexOf("var stats"));
            ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
            JsonNode root;
            try (JsonParser parser = lenient.createParser(script.substring(start))) {
                root = lenient.readTree(parser);
            }
            Map<String, Figures> perRequest = new LinkedHashMap<>();
            root.path("contents").forEach(node ->
                    perRequest.put(node.path("name").asText(), figures(node.path("stats"))));
            return new GatlingStats(figures(root.path("stats")), perRequest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Figures figures(JsonNode stats) {
        return new Figures(stats.path("numberOfRequests").path("total").asLong(),
                stats.path("numberOfRequests").path("ko").asLong(),
                stats.path("meanNumberOfRequestsPerSecond").path("total").asDouble(),
                stats.path("percentiles1").path("total").asLong(),
                stats.path("percentiles4").path("total").asLong());
    }
}
