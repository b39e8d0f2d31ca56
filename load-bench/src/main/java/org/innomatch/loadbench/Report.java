package org.innomatch.loadbench;

import java.util.Iterator;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The tables the benchmark prints. */
final class Report {

    private Report() {
    }

    static void print(String label, LoadBench.Round r, int gatlingStatus) {
        GatlingStats.Figures all = r.stats().all();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n[load] %s · %s · %d clients: %.1f req/s, p50 %d ms, p99 %d ms, "
                        + "%d requests, %d failed (Gatling status %d)%n", label, r.mix(), r.clients(), all.perSecond(),
                all.p50Millis(), all.p99Millis(), all.requests(), all.failed(), gatlingStatus));
        out.append(String.format(Locale.ROOT, "  %-26s %9s %8s %8s %8s%n", "request", "req/s", "p50 ms", "p99 ms",
                "failed"));
        r.stats().perRequest().forEach((name, f) -> out.append(String.format(Locale.ROOT,
                "  %-26s %9.1f %8d %8d %8d%n", name, f.perSecond(), f.p50Millis(), f.p99Millis(), f.failed())));
        out.append("  CPU ms per request:");
        r.cpuSecondsPerRequest().forEach((name, s) -> out.append(String.format(Locale.ROOT, " %s %.2f;", name,
                s * 1000)));
        out.append(String.format(Locale.ROOT, "%n  at the end: %d outbox rows, consumer lag %d %s; "
                        + "drained in %s; a new profile recommended after %s%n", r.leftAtEnd().outboxRows(),
                r.leftAtEnd().consumerLag(), r.leftAtEnd().lagByGroup(),
                r.drainSeconds() == null ? "more than 120 s" : LoadBench.fmt(r.drainSeconds()) + " s",
                r.newProfileVisibleSeconds() == null ? "more than 60 s"
                        : String.format(Locale.ROOT, "%.2f s", r.newProfileVisibleSeconds())));
        System.out.print(out);
    }

    /** Ratios after/before of throughput and latency per mix and client count (higher throughput is better). */
    static void compare(JsonNode before, JsonNode after) {
        System.out.printf("%n[load] %s vs %s%n", after.path("label").asText(), before.path("label").asText());
        System.out.printf(Locale.ROOT, "  %-10s %7s %21s %21s %21s %13s%n", "mix", "clients", "req/s (after/before)",
                "p50 ms", "p99 ms", "failed");
        for (JsonNode a : after.path("rounds")) {
            JsonNode b = find(before, a.path("mix").asText(), a.path("clients").asInt());
            if (b == null) {
                continue;
            }
            JsonNode fa = a.path("stats").path("all");
            JsonNode fb = b.path("stats").path("all");
            System.out.printf(Locale.ROOT, "  %-10s %7d %8.1f/%-6.1f %5.2fx %7d/%-6d %5.2fx %7d/%-6d %5.2fx %6d/%-6d%n",
                    a.path("mix").asText(), a.path("clients").asInt(),
                    fa.path("perSecond").asDouble(), fb.path("perSecond").asDouble(),
                    ratio(fa.path("perSecond").asDouble(), fb.path("perSecond").asDouble()),
                    fa.path("p50Millis").asLong(), fb.path("p50Millis").asLong(),
                    ratio(fb.path("p50Millis").asDouble(), fa.path("p50Millis").asDouble()),
                    fa.path("p99Millis").asLong(), fb.path("p99Millis").asLong(),
                    ratio(fb.path("p99Millis").asDouble(), fa.path("p99Millis").asDouble()),
                    fa.path("failed").asLong(), fb.path("failed").asLong());
        }
        System.out.println("  (x: how many times better after: throughput after/before, latency before/after)");
    }

    private static JsonNode find(JsonNode run, String mix, int clients) {
        for (Iterator<JsonNode> it = run.path("rounds").elements(); it.hasNext(); ) {
            JsonNode r = it.next();
            if (r.path("mix").asText().equals(mix) && r.path("clients").asInt() == clients) {
                return r;
            }
        }
        return null;
    }

    private static double ratio(double top, double bottom) {
        return bottom == 0 ? 0 : top / bottom;
    }
}
