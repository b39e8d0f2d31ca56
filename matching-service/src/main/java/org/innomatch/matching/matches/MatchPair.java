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

    /** The CloudEvents id of the pair's {@code MatchFound}: fixed, so a re-publish is recognisable as the same event. */
    public static UUID eventIdOf(UUID matchId) {
        return UUID.nameUUIDFromBytes(("match-found|" + matchId).getBytes(StandardCharsets.UTF_8));
    }
}
