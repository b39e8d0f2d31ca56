package org.innomatch.matching.ranking;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Technology readiness levels stated in free text: a range ("TRL 4–7", "TRL 4 to 7", "TRL 6-9"), a floor
 * ("TRL 6+", "TRL ≥ 6", "TRL 6 and above", "TRL 6以上") or a single level ("TRL 7").
 */
public record TrlRange(int low, int high) {

    private static final Pattern RANGE = Pattern.compile(
            "TRL\\s*[:=]?\\s*([1-9])\\s*(?:[-–—~〜至到]|to|bis|do|à)\\s*(?:TRL\\s*)?([1-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLOOR = Pattern.compile(
            "TRL\\s*(?:[≥>]=?\\s*([1-9])|([1-9])\\s*(?:\\+|以上|及以上|and above|or above|or higher|und höher|lub wyżej|et plus))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile("TRL\\s*[:=]?\\s*([1-9])(?![0-9])", Pattern.CASE_INSENSITIVE);

    /** Whether {@code text} holds "TRL" in any ASCII case, without which none of the patterns can match. */
    static boolean mentionsTrl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == 'R' || c == 'r') && isT(text.charAt(i - 1)) && isL(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isT(char c) {
        return c == 'T' || c == 't';
    }

    private static boolean isL(char c) {
        return c == 'L' || c == 'l';
    }

    public boolean contains(int level) {
        return level >= low && level <= high;
    }

    public boolean isSingle() {
        return low == high;
    }

    /** What {@code offers} and {@code needs} state together, as {@link #in} of the two joined by a space. */
    public static Optional<TrlRange> in(String offers, String needs) {
        // Scored for every pair with an investor: most texts never write "TRL", and one scan for it costs far less
        // than the three case-insensitive patterns (7 % of matching-service's CPU under load before this check).
        if (!mentionsTrl(offers) && !mentionsTrl(needs)) {
            return Optional.empty();
        }
        return in(offers + " " + needs);
    }

    /** The first range, floor or level stated in {@code text}, in that order of preference. */
    public static Optional<TrlRange> in(String text) {
        if (!mentionsTrl(text)) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            int a = Integer.parseInt(range.group(1));
            int b = Integer.parseInt(range.group(2));
            return Optional.of(new TrlRange(Math.min(a, b), Math.max(a, b)));
        }
        Matcher floor = FLOOR.matcher(text);
        if (floor.find()) {
            int low = Integer.parseInt(floor.group(1) != null ? floor.group(1) : floor.group(2));
            return Optional.of(new TrlRange(low, 9));
        }
        Matcher single = SINGLE.matcher(text);
        if (single.find()) {
            int level = Integer.parseInt(single.group(1));
            return Optional.of(new TrlRange(level, level));
        }
        return Optional.empty();
    }
}
