package org.innomatch.matching.matches;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import org.innomatch.matching.index.TargetType;

/**
 * Two matched parties in canonical order (by their {@code TYPE:id} keys), so that (A, B) and (B, A) are the
 * same pair with the same key and the same, name-based, match id.
 */
public record MatchPair(Party a, Party b) {

    /** One side: a profile, or a project with the profile that owns it. */
    public record Party(TargetType type, UUID id, UUID profileId) {

        public Party {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        String key() {
            return type.name() + ":" + id;
        }
    }

    public static MatchPair of(Party x, Party y) {
        return x.key().compareTo(y.key()) <= 0 ? new MatchPair(x, y) : new MatchPair(y, x);
    }

    public String key() {
        return a.key() + "|" + b.key();
    }

    public UUID matchId() {
        return UUID.nameUUIDFromBytes(("match|" + key()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The CloudEvents id of the pair's first {@code MatchFound}: fixed, so a re-publish is recognisable as the same
     * event.
     */
    public static UUID eventIdOf(UUID matchId) {
        return foundEventIdOf(matchId, 1);
    }

    /** The id of the {@code MatchFound} of a generation (the first keeps the id it always had). */
    public static UUID foundEventIdOf(UUID matchId, int generation) {
        String name = generation <= 1 ? "match-found|" + matchId : "match-found|" + matchId + "|" + generation;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the {@code MatchEnded} that ends a generation. */
    public static UUID endedEventIdOf(UUID matchId, int generation) {
        return UUID.nameUUIDFromBytes(("match-ended|" + matchId + "|" + generation).getBytes(StandardCharsets.UTF_8));
    }
}
