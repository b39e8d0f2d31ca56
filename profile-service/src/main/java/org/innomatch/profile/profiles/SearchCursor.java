package org.innomatch.profile.profiles;

import java.time.Instant;
import java.util.UUID;

import org.innomatch.problems.OpaqueCursor;

/**
 * Where the next page of a list starts: the sort key of the last profile returned. Plain lists are ordered by
 * {@code (createdAt, id)}, text searches by {@code (rank descending, id)}; the cursor carries the key of the
 * order it belongs to. Encoded as base64url of {@code v1|c|<createdAt>|<id>} or {@code v1|r|<rank>|<id>};
 * clients treat it as opaque.
 */
record SearchCursor(boolean ranked, Instant createdAt, double rank, UUID id) {

    private static final String VERSION = "v1";

    static SearchCursor afterCreated(Instant createdAt, UUID id) {
        return new SearchCursor(false, createdAt, 0, id);
    }

    static SearchCursor afterRank(double rank, UUID id) {
        return new SearchCursor(true, null, rank, id);
    }

    String encode() {
        // Double.toString and Instant.toString both read back to exactly the same value.
        String key = ranked ? "r|" + rank : "c|" + createdAt;
        String plain = VERSION + "|" + key + "|" + id;
        return OpaqueCursor.encode(plain);
    }

    /** @throws IllegalArgumentException if the text is not a cursor this service issued */
    static SearchCursor decode(String encoded) {
        String plain = OpaqueCursor.read(encoded).orElseThrow(() -> new IllegalArgumentException("not base64url"));
        String[] parts = plain.split("\\|", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("unknown cursor format");
        }
        try {
            UUID id = UUID.fromString(parts[3]);
            return switch (parts[1]) {
                case "c" -> afterCreated(Instant.parse(parts[2]), id);
                case "r" -> {
                    double rank = Double.parseDouble(parts[2]);
                    if (!Double.isFinite(rank)) {
                        throw new IllegalArgumentException("rank is not finite");
                    }
                    yield afterRank(rank, id);
                }
                default -> throw new IllegalArgumentException("unknown cursor order " + parts[1]);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
    }
}
