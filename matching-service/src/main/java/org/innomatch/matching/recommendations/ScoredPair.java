package org.innomatch.matching.recommendations;

import java.util.ArrayList;
import java.util.List;

import org.innomatch.matching.index.Candidate;

/** A target re-ranked for a requester: the reciprocal score and the reasons, strongest first. */
public record ScoredPair(Candidate target, double score, List<Reason> reasons) {

    public ScoredPair {
        reasons = List.copyOf(reasons);
    }

    /**
     * This pair with its score multiplied (capped at 1). The change is itself a reason whose contribution is the
     * (negative for a damping) difference, so the contributions still add up to the score.
     */
    public ScoredPair adjusted(RankingAdjustment.Adjustment adjustment) {
        double adjusted = MatchScorer.round(Math.min(1.0, score * adjustment.multiplier()));
        double delta = MatchScorer.round(adjusted - score);
        if (delta == 0) {
            return this;
        }
        List<Reason> withAdjustment = new ArrayList<>(reasons);
        withAdjustment.add(new Reason(adjustment.factor(), delta, adjustment.detail()));
        return new ScoredPair(target, adjusted, withAdjustment);
    }
}
