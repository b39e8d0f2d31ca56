package org.innomatch.matching.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.matching.evaluation.MatchQualityEvaluation.Figures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation command: prints the engine-vs-baseline table on the labelled Beijing set and asserts that the
 * engine beats the sector-overlap baseline. In process, no Kafka/Mongo, no Quarkus.
 */
class MatchQualityTest {

    private static MatchQualityEvaluation evaluation;

    @BeforeAll
    static void load() {
        evaluation = new MatchQualityEvaluation();
        System.out.println("Match quality on " + MatchQualityEvaluation.DATASET + "\n" + evaluation.table());
        if (Boolean.getBoolean("innomatch.eval.details")) {
            System.out.println(evaluation.details());
        }
    }

    @AfterAll
    static void close() {
        evaluation.close();
    }

    @Test
    void datasetIsLargeEnoughAndLabelled() {
        assertTrue(evaluation.lists().size() >= 15, "labelled lists: " + evaluation.lists().size());
    }

    @Test
    void engineBeatsSectorBaselineOnNdcgAndPrecision() {
        Figures engine = evaluation.evaluate(evaluation::engine, null);
        Figures baseline = evaluation.evaluate(evaluation::sectorBaseline, null);
        String figures = "engine " + engine + " vs baseline " + baseline;
        assertTrue(engine.ndcgAt10() > baseline.ndcgAt10(), "NDCG@10 not better: " + figures);
        assertTrue(engine.precisionAt5() > baseline.precisionAt5(), "P@5 not better: " + figures);
    }

    @Test
    void metricsFollowTheirDefinitions() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Map<UUID, Integer> rel = Map.of(a, 2, b, 1);
        assertEquals(1.0, MatchQualityEvaluation.ndcgAt(List.of(a, b, c), rel, 10), 1e-9);
        assertEquals(0.4, MatchQualityEvaluation.precisionAt(List.of(c, a, b), rel, 5), 1e-9);
        assertEquals(0.5, MatchQualityEvaluation.recallAt(List.of(c, b), rel, 10), 1e-9);
        // b (gain 1) at rank 1, a (gain 3) at rank 2: (1 + 3/log2 3) / (3 + 1/log2 3)
        double expected = (1 + 3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));
        assertEquals(expected, MatchQualityEvaluation.ndcgAt(List.of(b, a), rel, 10), 1e-9);
    }
}
