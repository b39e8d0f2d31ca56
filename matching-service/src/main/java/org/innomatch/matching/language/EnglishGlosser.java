package org.innomatch.matching.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.egothor.stemmer.Trie;
import org.jboss.logging.Logger;

/**
 * Brings Chinese, German, Polish and French texts to English word by word, for a downstream embedding model that
 * only understands English: a gloss, not a translation (word order and grammar stay the source's). English and
 * languages without a glossary pass through unchanged. Each language's dictionary is loaded on first use, once;
 * instances are thread-safe.
 */
public final class EnglishGlosser {

    public static final Set<String> GLOSSED_LANGUAGES = Set.of("zh", "de", "pl", "fr");

    private static final Logger LOG = Logger.getLogger(EnglishGlosser.class);

    private static final int LONGEST_HAN_WORD = 8;
    private static final int LONGEST_PHRASE = 3;
    private static final int SHORTEST_COMPOUND_PART = 3;

    /** Words, numbers and codes ("CO2", "TRL", "4.0", "l'hôpital", "Herz-Kreislauf"), and sentence punctuation. */
    private static final Pattern LATIN_TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*[\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{N}]|[.,;:!?]");

    /** Particles, pronouns and measure words: as noise in a gloss as stop words are in the other languages. */
    private static final Set<String> CHINESE_STOP_WORDS = Set.of(
            "的", "地", "得", "了", "着", "过", "和", "与", "及", "或", "在", "是", "为", "对", "将", "等", "并", "也",
            "都", "把", "被", "之", "其", "该", "此", "这", "那", "这些", "那些", "吗", "呢", "吧", "我", "我们", "你",
            "你们", "您", "他们", "贵", "家", "个", "所", "以");

    private final Function<String, String> identifier;
    private final Map<String, LanguageGlossary> glossaries = new ConcurrentHashMap<>();

    /** Glosses texts whose language the caller names; {@link #gloss} identifies it with a new identifier. */
    public EnglishGlosser() {
        this(new LazyIdentifier());
    }

    public EnglishGlosser(LanguageIdentifier identifier) {
        this(identifier::identify);
    }

    private EnglishGlosser(Function<String, String> identifier) {
        this.identifier = identifier;
    }

    /** Identifies the text's language, then glosses it. */
    public Glossed gloss(String text) {
        String language = identifier.apply(text);
        return new Glossed(language, toEnglish(text, language));
    }

    /**
     * The English gloss of a text in {@code language} (ISO 639-1). Unknown words, names, numbers and codes are
     * kept as written; stop words are dropped.
     */
    public String toEnglish(String text, String language) {
        if (text == null || text.isBlank() || language == null) {
            return text;
        }
        String code = language.toLowerCase(Locale.ROOT);
        if (!GLOSSED_LANGUAGES.contains(code)) {
            return text;
        }
        LanguageGlossary glossary = glossaries.computeIfAbsent(code, EnglishGlosser::load);
        Words english = new Words();
        if (code.equals("zh")) {
            glossChinese(text, glossary, english);
        } else {
            glossLatin(text, glossary, english);
        }
        return english.toString();
    }

    /** Loads a language's dictionary now rather than on the first text (e.g. at startup). */
    public void preload(String language) {
        glossaries.computeIfAbsent(language, EnglishGlosser::load);
    }

    // ------------------------------------------------------------------------------------------ Chinese

    /** Forward maximum matching over the CEDICT headwords; Latin letters and digits are kept as written. */
    private static void glossChinese(String text, LanguageGlossary glossary, Words english) {
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isHan(codePoint)) {
                int end = hanRunEnd(text, i);
                i = segment(text, i, end, glossary, english);
            } else if (Character.isLetterOrDigit(codePoint)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i)) && !isHan(text.codePointAt(i))
                        || text.charAt(i) == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                english.word(text.substring(start, i));
            } else {
                english.punctuation(chinesePunctuation(codePoint));
                i += Character.charCount(codePoint);
            }
        }
    }

    /**
     * Segments a run of Han characters both forwards and backwards by maximum matching and keeps the one with fewer
     * words (then fewer single characters, then the backward one): forward alone reads 五家具备 as 五 + 家具
     * "furniture" + 备, backward as 五 + 家 + 具备 "possess".
     */
    private static int segment(String text, int start, int end, LanguageGlossary glossary, Words english) {
        List<String> forward = forwardMatch(text, start, end, glossary.exact());
        List<String> backward = backwardMatch(text, start, end, glossary.exact());
        List<String> words = fewerWords(forward, backward);
        for (String word : words) {
            String gloss = glossary.exact().lookup(word);
            // An unknown character is dropped: alone it would only add noise.
            if (gloss != null && !CHINESE_STOP_WORDS.contains(word)) {
                english.word(gloss);
            }
        }
        return end;
    }

    private static List<String> forwardMatch(String text, int start, int end, Glossary exact) {
        List<String> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            int next = i + Character.charCount(text.codePointAt(i));
            for (int length = Math.min(LONGEST_HAN_WORD, end - i); length > next - i; length--) {
                if (exact.lookup(text.substring(i, i + length)) != null) {
                    next = i + length;
                    break;
                }
            }
            words.add(text.substring(i, next));
            i = next;
        }
        return words;
    }

    private static List<String> backwardMatch(String text, int start, int end, Glossary exact) {
        List<String> words = new ArrayList<>();
        int i = end;
        while (i > start) {
            int previous = i - Character.charCount(text.codePointBefore(i));
            for (int length = Math.min(LONGEST_HAN_WORD, i - start); length > i - previous; length--) {
                if (exact.lookup(text.substring(i - length, i)) != null) {
                    previous = i - length;
                    break;
                }
            }
            words.add(0, text.substring(previous, i));
            i = previous;
        }
        return words;
    }

    private static List<String> fewerWords(List<String> forward, List<String> backward) {
        if (forward.size() != backward.size()) {
            return forward.size() < backward.size() ? forward : backward;
        }
        return singleCharacters(forward) < singleCharacters(backward) ? forward : backward;
    }

    private static long singleCharacters(List<String> words) {
        return words.stream().filter(word -> word.codePointCount(0, word.length()) == 1).count();
    }

    private static int hanRunEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isHan(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String chinesePunctuation(int codePoint) {
        return switch (codePoint) {
            case '，', '、', ',' -> ",";
            case '。', '.' -> ".";
            case '；', ';' -> ";";
            case '：', ':' -> ":";
            case '？', '?' -> "?";
            case '！', '!' -> "!";
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------ German, Polish, French

    private static void glossLatin(String text, LanguageGlossary glossary, Words english) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = LATIN_TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (token.length() == 1 && ".,;:!?".contains(token)) {
                english.punctuation(token);
                i++;
                continue;
            }
            int phrase = phraseLength(tokens, i, glossary);
            if (phrase > 1) {
                english.word(glossary.exact.lookup(join(tokens, i, phrase)));
                i += phrase;
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (isVerbatim(token)) {
                english.word(token);
            } else if (!glossary.stopWords.contains(lower)) {
                String gloss = glossary.word(lower);
                english.word(gloss != null ? gloss : token);
            }
            i++;
        }
    }

    /** The longest run of tokens from {@code start} that is a headword ("a co więcej", "à peu près"), or 1. */
    private static int phraseLength(List<String> tokens, int start, LanguageGlossary glossary) {
        for (int length = Math.min(LONGEST_PHRASE, tokens.size() - start); length > 1; length--) {
            if (glossary.exact.lookup(join(tokens, start, length)) != null) {
                return length;
            }
        }
        return 1;
    }

    private static String join(List<String> tokens, int start, int length) {
        return String.join(" ", tokens.subList(start, start + length)).toLowerCase(Locale.ROOT);
    }

    /** Numbers, codes and acronyms ("TRL", "CO2", "ISO13485", "4.0") mean the same in English. */
    private static boolean isVerbatim(String token) {
        if (token.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return token.length() > 1 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    // ------------------------------------------------------------------------------------------ loading

    private static LanguageGlossary load(String language) {
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        LanguageGlossary glossary = switch (language) {
            case "zh" -> new LanguageGlossary(Glossary.load("zh"), null, CharArraySet.EMPTY_SET, null);
            case "de" -> GermanWords.glossary(Glossary.load("de"));
            case "pl" -> PolishWords.glossary(Glossary.load("pl"));
            case "fr" -> FrenchWords.glossary(Glossary.load("fr"));
            default -> throw new IllegalArgumentException("no glossary for " + language);
        };
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        LOG.infof("glossary %s-en: %d headwords loaded in %d ms (heap grew by about %d MB)", language,
                glossary.exact.size(), (System.nanoTime() - start) / 1_000_000, (heapAfter - heapBefore) >> 20);
        return glossary;
    }

    /**
     * A language's dictionary with what it takes to look its inflected words up: the headwords as written, the
     * same glosses under normalised keys (stems, accent-free spellings), the stop words, and a language's own way
     * to turn a token into the keys it may be listed under.
     */
    private record LanguageGlossary(Glossary exact, Glossary normalised, CharArraySet stopWords,
                                    WordLookup lookup) {

        /** The gloss of a lower-case word, or null. */
        String word(String lower) {
            String gloss = exact.lookup(lower);
            if (gloss == null && lookup != null) {
                gloss = lookup.gloss(lower, this);
            }
            if (gloss == null && lower.indexOf('-') > 0) {
                StringBuilder parts = new StringBuilder();
                for (String part : lower.split("-")) {
                    String partGloss = part.isEmpty() ? null : word(part);
                    if (partGloss == null) {
                        return null;
                    }
                    parts.append(parts.length() == 0 ? "" : " ").append(partGloss);
                }
                gloss = parts.toString();
            }
            return gloss;
        }
    }

    @FunctionalInterface
    private interface WordLookup {
        String gloss(String lower, LanguageGlossary glossary);
    }

    // ------------------------------------------------------------------------------------------ German

    private static final class GermanWords {

        private static final String[] ENDINGS = {"ern", "en", "er", "es", "em", "e", "n", "s"};
        private static final String[] LINKS = {"es", "s", "en", "n"};

        static LanguageGlossary glossary(Glossary exact) {
            return new LanguageGlossary(exact, null, GermanAnalyzer.getDefaultStopSet(), GermanWords::gloss);
        }

        private static String gloss(String word, LanguageGlossary glossary) {
            String inflected = withoutEnding(word, glossary.exact);
            return inflected != null ? inflected : compound(word, glossary.exact);
        }

        /** "multizentrische" -> "multizentrisch", "chinesischen" -> "chinesisch". */
        private static String withoutEnding(String word, Glossary exact) {
            for (String ending : ENDINGS) {
                if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                    String gloss = exact.lookup(word.substring(0, word.length() - ending.length()));
                    if (gloss != null) {
                        return gloss;
                    }
                }
            }
            return null;
        }

        /**
         * Splits an unknown compound into the fewest known parts ("herzklappenreparatursystem" -> herzklappe|n +
         * reparatur + system), a linking "s"/"es"/"n"/"en" allowed after each part but the last.
         */
        private static String compound(String word, Glossary exact) {
            int n = word.length();
            // fewest[i]: fewest parts that cover word[i..]; gloss[i]: their glosses.
            int[] fewest = new int[n + 1];
            String[] glosses = new String[n + 1];
            java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
            fewest[n] = 0;
            glosses[n] = "";
            for (int start = n - SHORTEST_COMPOUND_PART; start >= 0; start--) {
                for (int end = n; end >= start + SHORTEST_COMPOUND_PART; end--) {
                    String part = word.substring(start, end);
                    boolean last = end == n;
                    String partGloss = last ? partGloss(part, exact) : exact.lookup(part);
                    if (partGloss != null && fewest[end] != Integer.MAX_VALUE && fewest[end] + 1 < fewest[start]) {
                        fewest[start] = fewest[end] + 1;
                        glosses[start] = last ? partGloss : partGloss + " " + glosses[end];
                    }
                    if (!last) {
                        for (String link : LINKS) {
                            // herzklappe + n: the linked form is often a plural headword too; the singular reads better.
                            if (part.endsWith(link) && part.length() - link.length() >= SHORTEST_COMPOUND_PART) {
                                String linked = exact.lookup(part.substring(0, part.length() - link.length()));
                                if (linked != null && fewest[end] != Integer.MAX_VALUE
                                        && fewest[end] + 1 <= fewest[start]) {
                                    fewest[start] = fewest[end] + 1;
                                    glosses[start] = linked + " " + glosses[end];
                                }
                            }
                        }
                    }
                }
            }
            return fewest[0] >= 2 && fewest[0] != Integer.MAX_VALUE ? glosses[0] : null;
        }

        private static String partGloss(String part, Glossary exact) {
            String gloss = exact.lookup(part);
            return gloss != null ? gloss : withoutEnding(part, exact);
        }
    }

    // ------------------------------------------------------------------------------------------ Polish

    private static final class PolishWords {

        private static final Trie STEMMER_TABLE = PolishAnalyzer.getDefaultTable();
        private static final String[] CASE_ENDINGS = {"ami", "ach", "om", "ów", "em", "ie", "i", "y", "a", "u", "e"};
        private static final String[] NOMINATIVE_ENDINGS = {"", "a", "y", "o", "e", "ie"};

        static LanguageGlossary glossary(Glossary exact) {
            return new LanguageGlossary(exact, exact.rekeyed(PolishWords::stem), PolishAnalyzer.getDefaultStopSet(),
                    (word, glossary) -> {
                        String stem = stem(word);
                        if (stem == null) {
                            return null;
                        }
                        String gloss = glossary.normalised().lookup(stem);
                        if (gloss == null) {
                            gloss = glossary.exact().lookup(stem);
                        }
                        return gloss != null ? gloss : withoutEnding(word, glossary.exact());
                    });
        }

        /** Where stempel misses ("szpitali", "Chinach"): a case ending off, a nominative ending on. */
        private static String withoutEnding(String word, Glossary exact) {
            for (String ending : CASE_ENDINGS) {
                if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                    String base = word.substring(0, word.length() - ending.length());
                    for (String nominative : NOMINATIVE_ENDINGS) {
                        String gloss = exact.lookup(base + nominative);
                        if (gloss != null) {
                            return gloss;
                        }
                    }
                }
            }
            return null;
        }

        /** Stempel keeps a buffer per stemmer, so each call gets its own (the table is shared and read-only). */
        private static String stem(String word) {
            CharSequence stem = new StempelStemmer(STEMMER_TABLE).stem(word);
            return stem == null || stem.length() == 0 ? null : stem.toString();
        }
    }

    // ------------------------------------------------------------------------------------------ French

    private static final class FrenchWords {

        private static final Pattern ELISION = Pattern.compile("^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]");
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");

        /** Plural and feminine endings, and the verb endings of "nous/vous/ils" mapped to the infinitive. */
        private static final String[][] ENDINGS = {
            {"aux", "al"}, {"s", ""}, {"x", ""}, {"es", ""}, {"e", ""}, {"ons", "er"}, {"ez", "er"}, {"ent", "er"},
            {"ons", "re"}, {"ons", "ir"},
        };

        static LanguageGlossary glossary(Glossary exact) {
            return new LanguageGlossary(exact, exact.rekeyed(FrenchWords::withoutAccents),
                    FrenchAnalyzer.getDefaultStopSet(), FrenchWords::gloss);
        }

        private static String gloss(String word, LanguageGlossary glossary) {
            String bare = ELISION.matcher(word).replaceFirst("");
            if (!bare.equals(word)) {
                if (glossary.stopWords().contains(bare)) {
                    return "";
                }
                String gloss = glossary.word(bare);
                if (gloss != null) {
                    return gloss;
                }
            }
            for (String[] ending : ENDINGS) {
                if (bare.length() > ending[0].length() + 2 && bare.endsWith(ending[0])) {
                    String base = bare.substring(0, bare.length() - ending[0].length()) + ending[1];
                    String gloss = glossary.exact().lookup(base);
                    if (gloss == null) {
                        gloss = glossary.normalised().lookup(withoutAccents(base));
                    }
                    if (gloss != null) {
                        return gloss;
                    }
                }
            }
            return glossary.normalised().lookup(withoutAccents(bare));
        }

        private static String withoutAccents(String word) {
            return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        }
    }

    // ------------------------------------------------------------------------------------------ output

    /** The gloss being written: words separated by one space, punctuation attached to the word before it. */
    private static final class Words {
        private final StringBuilder text = new StringBuilder();

        void word(String word) {
            if (word == null || word.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word);
        }

        void punctuation(String mark) {
            if (mark != null && text.length() > 0 && ".,;:!?".indexOf(text.charAt(text.length() - 1)) < 0) {
                text.append(mark);
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Builds the (expensive) identifier on the first {@link #gloss} call only. */
    private static final class LazyIdentifier implements Function<String, String> {
        private volatile LanguageIdentifier identifier;

        @Override
        public String apply(String text) {
            LanguageIdentifier current = identifier;
            if (current == null) {
                synchronized (this) {
                    current = identifier;
                    if (current == null) {
                        current = new LanguageIdentifier();
                        identifier = current;
                    }
                }
            }
            return current.identify(text);
        }
    }
}
