package org.innomatch.matching.recommendations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** The opaque cursor of a ranked list: the offset of the next item, base64url-encoded. */
public final class PageCursor {

    private static final String PREFIX = "offset:";

    private PageCursor() {
    }

    public static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a cursor points at; 0 for no cursor. */
    public static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.badRequest("Invalid cursor", FieldError.of("cursor", "is not a cursor returned by this list", cursor));
    }
}
