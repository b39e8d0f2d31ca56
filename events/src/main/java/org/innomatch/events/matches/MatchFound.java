package org.innomatch.events.matches;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Two sides declared interest in each other: a mutual match. From now on each side may see the other's
 * contact details.
 *
 * @param score the match score, 0..1
 */
public record MatchFound(UUID matchId, MatchParty a, MatchParty b, double score, Instant foundAt) {

    public MatchFound {
        Objects.requireNonNull(matchId, "matchId");
    }

    /**
     * One side of a match.
     *
     * @param type      {@code PROFILE} or {@code PROJECT}
     * @param id        the profile or project id
     * @param profileId the profile behind it: the profile itself, or the project's owner
     */
    public record MatchParty(String type, UUID id, UUID profileId) {
    }
}
