package org.innomatch.project.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/**
 * Position after the last item of a page in a list ordered by (instant, id). Encoded as opaque base64url
 * text so that clients do not build cursors themselves and the format can change.
 */
public record KeysetCursor(Instant position, UUID id) {

    private static final String PREFIX = "v1|";

    public String encode() {
        String plain = PREFIX + position.getEpochSecond() + "." + position.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code null} for a missing cursor (first page); a malformed one is a 400 naming {@code cursor}. */
    public static KeysetCursor decodeOrNull(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
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
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The cursor is not one this service issued",
                    new FieldError("cursor", "must be a nextCursor value returned by this list", cursor, null));
        }
    }
}
