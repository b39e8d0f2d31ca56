package org.innomatch.matching.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.ScoredCandidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.readmodel.CandidateProjector;
import org.innomatch.matching.recommendations.RecommendationFilters;
import org.innomatch.matching.recommendations.ReciprocalScorer;
import org.innomatch.matching.recommendations.RetrievalQuery;
import org.innomatch.matching.recommendations.ScoredPair;
import org.innomatch.matching.recommendations.ScoringWeights;

/**
 * Not a test: retrieval + re-ranking of partner lists on the generated population, in process (no Kafka, MongoDB
 * or HTTP), with and without pruning of near-stop-word terms, on the same index and requesters. Run with
 * {@code java -cp <test classpath> org.innomatch.matching.benchmark.RetrievalLatency [profiles] [queries]}.
 */
public final class RetrievalLatency {

    public static void main(String[] args) {
        int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        BenchmarkData data = new BenchmarkData(profiles, profiles / 5, 42);
        try (CandidateIndex index = new CandidateIndex(new TextAnalyzers(), 60_000)) {
            CandidateProjector projector = new CandidateProjector(index, new org.innomatch.matching.index.PartnerOwners());
            long t0 = System.nanoTime();
            data.profiles.forEach(projector::apply);
            data.projects.forEach(projector::apply);
            index.optimize();
            System.out.printf(Locale.ROOT, "indexed %d candidates in %d ms%n", index.all().size(), (System.nanoTime() - t0) / 1_000_000);
            ReciprocalScorer scorer = new ReciprocalScorer(ScoringWeights.DEFAULTS, index.analyzers(), Clock.systemUTC(),
                    ReciprocalScorer.DEFAULT_RECENCY_HALF_LIFE, index::analyzed);
            RetrievalQuery all = new RetrievalQuery(index.analyzers());
            RetrievalQuery pruned = new RetrievalQuery(index.analyzers(), RetrievalQuery.Frequencies.of(index));
            Random random = new Random(7);
            List<Candidate> askers = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                askers.add(index.get(TargetType.PROFILE, data.profiles.get(random.nextInt(profiles)).id()).orElseThrow());
            }
            for (int round = 0; round < 2; round++) {
                report(round == 0 ? "warm-up all terms" : "all terms", run(index, scorer, all, askers));
                report(round == 0 ? "warm-up pruned" : "pruned", run(index, scorer, pruned, askers));
            }
            int same = 0;
            for (Candidate asker : askers.subList(0, Math.min(200, askers.size()))) {
                List<Object> a = top10(index, scorer, all, asker);
                List<Object> b = top10(index, scorer, pruned, asker);
                same += (int) a.stream().filter(b::contains).count();
            }
            System.out.printf(Locale.ROOT, "top-10 overlap pruned vs all terms: %.1f%%%n", same * 100.0 / (Math.min(200, askers.size()) * 10));
        }
    }

    private static long[] run(CandidateIndex index, ReciprocalScorer scorer, RetrievalQuery retrieval, List<Candidate> askers) {
        long[] nanos = new long[askers.size()];
        for (int i = 0; i < askers.size(); i++) {
            long t = System.nanoTime();
            top10(index, scorer, retrieval, askers.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private static List<Object> top10(CandidateIndex index, ReciprocalScorer scorer, RetrievalQuery retrieval, Candidate asker) {
        ReciprocalScorer.Session session = scorer.session(asker);
        List<ScoredPair> ranked = new ArrayList<>();
        for (ScoredCandidate hit : index.search(retrieval.build(asker, TargetType.PROFILE, RecommendationFilters.NONE,
                Set.of(asker.key()), null, null), 200)) {
            ranked.add(session.rank(hit.candidate()));
        }
        ranked.sort(Comparator.comparingDouble(ScoredPair::score).reversed().thenComparing(p -> p.target().id()));
        return ranked.stream().limit(10).map(p -> (Object) p.target().id()).toList();
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-18s n=%d p50 %.2f ms p99 %.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6);
    }
}
