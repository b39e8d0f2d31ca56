package org.innomatch.matching.benchmark;

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
import org.innomatch.matching.recommendations.MatchScorer;
import org.innomatch.matching.ranking.RankingModel;
import org.innomatch.matching.recommendations.RetrievalQuery;
import org.innomatch.matching.recommendations.ScoredPair;

/**
 * Not a test: retrieval + re-ranking of partner lists on the generated population, in process (no Kafka, MongoDB
 * or HTTP), querying every term of the requester's texts (near-stop-words aside) against querying only the most
 * specific ones (the service's default), on the same index and requesters. Prints latency, the top-10 overlap and
 * the mean re-ranked score of the top 10 (what the requester sees) of both. Run with
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
            MatchScorer scorer = new MatchScorer(RankingModel.fitted(), index::meaning, index.englishTermWeights());
            RetrievalQuery all = new RetrievalQuery(index.analyzers(), RetrievalQuery.Frequencies.of(index), Integer.MAX_VALUE);
            RetrievalQuery specific = new RetrievalQuery(index.analyzers(), RetrievalQuery.Frequencies.of(index));
            Random random = new Random(7);
            List<Candidate> askers = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                askers.add(index.get(TargetType.PROFILE, data.profiles.get(random.nextInt(profiles)).id()).orElseThrow());
            }
            for (int round = 0; round < 2; round++) {
                report(round == 0 ? "warm-up all terms" : "all terms", run(index, scorer, all, askers));
                report(round == 0 ? "warm-up specific" : "specific terms", run(index, scorer, specific, askers));
            }
            int same = 0;
            double allScore = 0;
            double specificScore = 0;
            for (Candidate asker : askers) {
                List<ScoredPair> a = top10(index, scorer, all, asker);
                List<ScoredPair> b = top10(index, scorer, specific, asker);
                List<Object> bIds = b.stream().map(p -> (Object) p.target().id()).toList();
                same += (int) a.stream().filter(p -> bIds.contains(p.target().id())).count();
                allScore += a.stream().mapToDouble(ScoredPair::score).sum();
                specificScore += b.stream().mapToDouble(ScoredPair::score).sum();
            }
            System.out.printf(Locale.ROOT, "top-10 overlap specific vs all terms: %.1f%%%n", same * 100.0 / (askers.size() * 10));
            System.out.printf(Locale.ROOT, "mean score of the top 10: all terms %.4f, specific terms %.4f%n",
                    allScore / (askers.size() * 10), specificScore / (askers.size() * 10));
        }
    }

    private static long[] run(CandidateIndex index, MatchScorer scorer, RetrievalQuery retrieval, List<Candidate> askers) {
        long[] nanos = new long[askers.size()];
        for (int i = 0; i < askers.size(); i++) {
            long t = System.nanoTime();
            top10(index, scorer, retrieval, askers.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private static List<ScoredPair> top10(CandidateIndex index, MatchScorer scorer, RetrievalQuery retrieval, Candidate asker) {
        MatchScorer.Session session = scorer.session(asker);
        List<ScoredPair> ranked = new ArrayList<>();
        for (ScoredCandidate hit : index.search(retrieval.build(asker, TargetType.PROFILE, RecommendationFilters.NONE,
                Set.of(asker.key()), null, null), 200)) {
            ranked.add(session.rank(hit.candidate()));
        }
        ranked.sort(Comparator.comparingDouble(ScoredPair::score).reversed().thenComparing(p -> p.target().id()));
        return ranked.stream().limit(10).toList();
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-18s n=%d p50 %.2f ms p99 %.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6);
    }
}
