package org.innomatch.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Match quality on the project's own labelled sets (in process, no Kafka, MongoDB or Quarkus): the shipped model
 * against the sector-overlap baseline, and the figures of k-fold fitting by query, so that the fit's quality is
 * judged on lists it did not see. Independent sets are judged through the API with the shared runner.
 */
class MatchQualityTest {

    private static final List<String> SETS = List.of("beijing-eval.json", "innomatch-fit-v1.json");
    private static final List<FeatureTable> tables = new ArrayList<>();

    @BeforeAll
    static void load() throws URISyntaxException {
        for (String name : SETS) {
            Path file = Path.of(MatchQualityTest.class.getResource("/evaluation/" + name).toURI());
            tables.add(FeatureTable.of(LabelledSet.read(file), Meanings.extractor()));
        }
    }

    @Test
    void shippedModelBeatsTheSectorBaseline() {
        RankingModel model = RankingModel.fitted();
        for (FeatureTable table : tables) {
            List<ListMetrics> engine = new ArrayList<>();
            List<ListMetrics> baseline = new ArrayList<>();
            for (FeatureTable.Row r : table.rows()) {
                engine.add(ListMetrics.of(RankingModelFit.rank(r, model), r.judgement().relevant(), r.judgement().distractors()));
                baseline.add(ListMetrics.of(RankingModelFit.sectorBaseline(r, table.set()), r.judgement().relevant(),
                        r.judgement().distractors()));
            }
            ListMetrics e = ListMetrics.mean(engine);
            ListMetrics b = ListMetrics.mean(baseline);
            System.out.println(table.set().name() + ": engine " + e + "\n  baseline " + b);
            assertTrue(e.ndcgAt10() > b.ndcgAt10() + 0.1, "NDCG@10 engine " + e + " baseline " + b);
            assertTrue(e.mrr() > b.mrr(), "MRR engine " + e + " baseline " + b);
        }
    }

    @Test
    void foldsFittedWithoutAQueryStillRankItWell() {
        List<FeatureTable.Row> rows = tables.stream().flatMap(t -> t.rows().stream()).toList();
        Map<FeatureTable.Row, List<String>> heldOut = new LinkedHashMap<>();
        for (int fold = 0; fold < RankingModelFit.FOLDS; fold++) {
            int f = fold;
            RankingModel model = RankingModelFit.fit(rows.stream().filter(r -> RankingModelFit.foldOf(r) != f).toList());
            rows.stream().filter(r -> RankingModelFit.foldOf(r) == f).forEach(r -> heldOut.put(r, RankingModelFit.rank(r, model)));
        }
        ListMetrics kfold = ListMetrics.mean(heldOut.entrySet().stream()
                .map(e -> ListMetrics.of(e.getValue(), e.getKey().judgement().relevant(), e.getKey().judgement().distractors()))
                .toList());
        System.out.println("k-fold (" + RankingModelFit.FOLDS + ") by query: " + kfold);
        assertTrue(kfold.ndcgAt10() > 0.75, "k-fold NDCG@10 " + kfold);
    }

    @Test
    void metricsFollowTheirDefinitions() {
        Map<String, Integer> rel = Map.of("a", 2, "b", 1);
        assertEquals(1.0, ListMetrics.of(List.of("a", "b", "c"), rel, Set.of()).ndcgAt10(), 1e-9);
        ListMetrics late = ListMetrics.of(List.of("c", "a", "b"), rel, Set.of("c"));
        assertEquals(0.4, late.precisionAt5(), 1e-9);
        assertEquals(0.5, late.mrr(), 1e-9);
        assertEquals(1.0 / 3, late.trapsAt5(), 1e-9);
        assertEquals(0.5, ListMetrics.of(List.of("c", "b"), rel, Set.of()).recallAt10(), 1e-9);
        // b (gain 1) at rank 1, a (gain 3) at rank 2: (1 + 3/log2 3) / (3 + 1/log2 3)
        double log3 = Math.log(3) / Math.log(2);
        assertEquals((1 + 3 / log3) / (3 + 1 / log3), ListMetrics.of(List.of("b", "a"), rel, Set.of()).ndcgAt10(), 1e-9);
    }
}
