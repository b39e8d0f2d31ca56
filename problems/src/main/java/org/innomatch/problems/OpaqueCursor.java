package org.innomatch.problems;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The one encoding of every list's {@code nextCursor}: base64url (no padding) of a service's own plain key, so
 * clients treat cursors as opaque and a service may change what it puts inside. A cursor that is not one a list
 * issued is a 400 naming {@code cursor}.
 */
public final class OpaqueCursor {

    private OpaqueCursor() {
    }

    public static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The plain key inside a cursor; a 400 problem naming {@code cursor} if it is not base64url. */
    public static String decode(String cursor) {
        return read(cursor).orElseThrow(() -> invalid(cursor));
    }

    /** The plain key inside a cursor, empty if it is not base64url (for lists that gather every bad field first). */
    public static Optional<String> read(String cursor) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The answer to a cursor whose plain key the list cannot read. */
    public static ProblemException invalid(String cursor) {
        return ProblemException.badRequest("Invalid cursor",
                FieldError.of("cursor", "is not a nextCursor value returned by this list", cursor));
    }
}
