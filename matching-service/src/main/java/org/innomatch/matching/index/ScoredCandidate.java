package org.innomatch.matching.index;

/** A retrieval hit: the candidate and its BM25 score for the query. */
public record ScoredCandidate(Candidate candidate, float retrievalScore) {
}
