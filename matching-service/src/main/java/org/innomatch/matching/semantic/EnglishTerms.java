package org.innomatch.matching.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** English text as analysed terms (stemmed, without stop words or offer/need filler). */
public final class EnglishTerms {

    /**
     * Lucene's English stop words plus the filler of offer/need texts ("we offer our ...", "you need ..."), which
     * would otherwise count as matched terms.
     */
    public static final CharArraySet STOP_WORDS = stopWords(
            "our", "we", "us", "you", "your", "i", "my", "me", "from", "have", "has", "can", "who", "which", "also",
            "need", "needs", "offer", "offers", "looking", "seek", "seeking", "want", "provide", "provides");

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);

    /** The distinct terms, sorted. */
    public String[] of(String text) {
        return surfaces(analyzer, text).keySet().stream().sorted().toArray(String[]::new);
    }

    /** Each term of the text with the first word it came from, as written (for quoting), in text order. */
    public Map<String, String> surfaces(String text) {
        return surfaces(analyzer, text);
    }

    /** Each term {@code analyzer} makes of the text with the first word it came from, in text order. */
    public static Map<String, String> surfaces(Analyzer analyzer, String text) {
        Map<String, String> surfaces = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return surfaces;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                surfaces.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return surfaces;
    }

    private static CharArraySet stopWords(String... extra) {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of(extra));
        return CharArraySet.unmodifiableSet(set);
    }
}
