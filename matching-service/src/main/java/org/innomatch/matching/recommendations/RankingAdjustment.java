package org.innomatch.matching.recommendations;

import java.util.Optional;

import org.innomatch.matching.index.Candidate;

/**
 * A multiplier on a re-ranked pair's reciprocal score, applied after the weighted factors and before sorting,
 * for signals that are not a property of the two texts (how often a target was already shown, how earlier
 * meetings went). Every CDI bean implementing this is applied by {@link RecommendationService}, in one place.
 */
public interface RankingAdjustment {

    /** Called once per request, so an implementation can load what it needs for this requester once. */
    PairAdjuster forRequester(Candidate requester);

    @FunctionalInterface
    interface PairAdjuster {
        /** The adjustment of this target's score for the requester, empty if none applies. */
        Optional<Adjustment> adjust(Candidate target);
    }

    /**
     * @param factor     its name in the reasons, e.g. {@code exposure}
     * @param multiplier applied to the score, &gt;= 0 (below 1 damps, above 1 boosts; the score is capped at 1)
     * @param detail     human-readable, shown as the reason's detail
     */
    record Adjustment(String factor, double multiplier, String detail) {

        public Adjustment {
            if (multiplier < 0 || Double.isNaN(multiplier)) {
                throw new IllegalArgumentException("multiplier must be >= 0");
            }
        }
    }
}
