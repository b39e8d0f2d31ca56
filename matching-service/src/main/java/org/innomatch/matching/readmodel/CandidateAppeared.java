package org.innomatch.matching.readmodel;

import org.innomatch.matching.index.Candidate;

/**
 * CDI event: a profile or a published project appeared in the index from a record produced after this
 * instance started (never during the replay of what was already on the topics), and it can be recommended.
 */
public record CandidateAppeared(Candidate candidate) {
}
