package org.innomatch.matching.recommendations;

import java.util.List;

import org.innomatch.matching.index.Candidate;

/** A target re-ranked for a requester: the reciprocal score and the reasons, strongest first. */
public record ScoredPair(Candidate target, double score, List<Reason> reasons) {

    public ScoredPair {
        reasons = List.copyOf(reasons);
    }
}
