package org.innomatch.matching.recommendations;

import org.innomatch.problems.OpaqueCursor;

/** The opaque cursor of a ranked list: the offset of the next item, base64url-encoded. */
public final class PageCursor {

    private static final String PREFIX = "offset:";

    private PageCursor() {
    }

    public static String encode(int offset) {
        return OpaqueCursor.encode(PREFIX + offset);
    }

    /** The offset a cursor points at; 0 for no cursor. */
    public static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        String text = OpaqueCursor.decode(cursor);
        try {
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw OpaqueCursor.invalid(cursor);
    }
}
