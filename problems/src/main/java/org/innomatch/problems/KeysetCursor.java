package org.innomatch.problems;

import java.time.Instant;
import java.util.UUID;

/**
 * Position after the last item of a page in a list ordered by (instant, id). Encoded as opaque base64url
 * text so that clients do not build cursors themselves and the format can change.
 */
public record KeysetCursor(Instant position, UUID id) {

    private static final String PREFIX = "v1|";

    public String encode() {
        String plain = PREFIX + position.getEpochSecond() + "." + position.getNano() + "|" + id;
        return OpaqueCursor.encode(plain);
    }

    /** {@code null} for a missing cursor (first page); a malformed one is a 400 naming {@code cursor}. */
    public static KeysetCursor decodeOrNull(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = OpaqueCursor.decode(cursor);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            String[] parts = plain.substring(PREFIX.length()).split("\\|");
            String[] instant = parts[0].split("\\.");
            if (parts.length != 2 || instant.length != 2) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            return new KeysetCursor(Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1])),
                    UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw OpaqueCursor.invalid(cursor);
        }
    }
}
