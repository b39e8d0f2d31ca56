package org.innomatch.events.matches;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.innomatch.events.matches.MatchFound.MatchParty;

/**
 * A mutual match ended: one side withdrew its interest (a later NOT_INTERESTED). What the match allowed because it
 * was mutual, each side seeing the other's contact details, ends with it. Should both sides become interested
 * again, a new {@link MatchFound} follows, with the same {@code matchId} and an event id of its own.
 *
 * @param foundEventId the id of the {@code MatchFound} event this ends (what it granted is what is withdrawn)
 */
public record MatchEnded(UUID matchId, MatchParty a, MatchParty b, UUID foundEventId, Instant endedAt) {

    public MatchEnded {
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(foundEventId, "foundEventId");
    }
}
