package org.innomatch.matching.ranking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The figures of one ranked list against its labels, as the shared evaluation runner computes them. */
public record ListMetrics(double precisionAt5, double recallAt10, double ndcgAt10, double mrr, double trapsAt5) {

    public static ListMetrics of(List<String> ranked, Map<String, Integer> relevant, Set<String> distractors) {
        List<String> top = List.copyOf(new LinkedHashSet<>(ranked));
        int hits5 = 0;
        int traps5 = 0;
        for (int i = 0; i < Math.min(5, top.size()); i++) {
            if (relevant.getOrDefault(top.get(i), 0) > 0) {
                hits5++;
            }
            if (distractors.contains(top.get(i))) {
                traps5++;
            }
        }
        int hits10 = 0;
        double dcg = 0;
        double rr = 0;
        for (int i = 0; i < Math.min(10, top.size()); i++) {
            int grade = relevant.getOrDefault(top.get(i), 0);
            if (grade > 0) {
                hits10++;
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
            dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        long relevantCount = relevant.values().stream().filter(g -> g > 0).count();
        return new ListMetrics(hits5 / 5.0, relevantCount == 0 ? 0 : hits10 / (double) relevantCount,
                idcg == 0 ? 0 : dcg / idcg, rr, traps5 / (double) Math.min(5, Math.max(1, top.size())));
    }

    public static ListMetrics mean(List<ListMetrics> all) {
        int n = Math.max(1, all.size());
        return new ListMetrics(all.stream().mapToDouble(ListMetrics::precisionAt5).sum() / n,
                all.stream().mapToDouble(ListMetrics::recallAt10).sum() / n,
                all.stream().mapToDouble(ListMetrics::ndcgAt10).sum() / n,
                all.stream().mapToDouble(ListMetrics::mrr).sum() / n,
                all.stream().mapToDouble(ListMetrics::trapsAt5).sum() / n);
    }
}
