package org.innomatch.profile.profiles;

/**
 * Prepares a free-text query for {@code websearch_to_tsquery('simple', …)} the way the database prepares the
 * indexed text ({@code profile_search_text} in {@code V2__profiles.sql}): Chinese and Japanese text has no spaces
 * between words, so every such character is a token of its own, and a run of them in the query becomes a quoted
 * phrase ({@code 医疗器械} → {@code "医 疗 器 械"}), which matches exactly that sequence of characters.
 */
final class ProfileSearchText {

    private ProfileSearchText() {
    }

    static String websearchQuery(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        boolean insideUserQuotes = false;
        boolean insideCjkRun = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                if (!insideCjkRun) {
                    char last = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
                    // keep "-" glued to the phrase so that websearch syntax still reads it as "not"
                    if (!Character.isWhitespace(last) && last != '-' && last != '"') {
                        out.append(' ');
                    }
                    if (!insideUserQuotes) {
                        out.append('"');
                    }
                    insideCjkRun = true;
                } else {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                continue;
            }
            if (insideCjkRun) {
                if (!insideUserQuotes) {
                    out.append('"');
                }
                boolean closesUserQuotes = c == '"' && insideUserQuotes;
                if (!Character.isWhitespace(c) && !closesUserQuotes) {
                    out.append(' ');
                }
                insideCjkRun = false;
            }
            if (c == '"') {
                insideUserQuotes = !insideUserQuotes;
            }
            out.appendCodePoint(c);
        }
        if (insideCjkRun && !insideUserQuotes) {
            out.append('"');
        }
        return out.toString().strip();
    }

    /** Hiragana, Katakana, CJK ideographs (with extension A) and compatibility ideographs: as in the SQL function. */
    static boolean isCjk(int c) {
        return (c >= 0x3040 && c <= 0x30ff)
                || (c >= 0x3400 && c <= 0x4dbf)
                || (c >= 0x4e00 && c <= 0x9fff)
                || (c >= 0xf900 && c <= 0xfaff);
    }
}
