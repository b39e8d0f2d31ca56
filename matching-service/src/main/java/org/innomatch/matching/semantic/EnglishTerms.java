package org.innomatch.matching.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** English text as a sorted set of analysed terms (stemmed, without stop words or offer/need filler). */
public final class EnglishTerms {

    /**
     * Lucene's English stop words plus the filler of offer/need texts ("we offer our ...", "you need ..."), which
     * would otherwise count as matched terms.
     */
    public static final CharArraySet STOP_WORDS = stopWords(
            "our", "we", "us", "you", "your", "i", "my", "me", "from", "have", "has", "can", "who", "which", "also",
            "need", "needs", "offer", "offers", "looking", "seek", "seeking", "want", "provide", "provides");

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);

    public String[] of(String text) {
        TreeSet<String> terms = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.toArray(String[]::new);
    }

    /** Each term of the text with the first word it came from, as written (for quoting). */
    public java.util.Map<String, String> surfaces(String text) {
        java.util.Map<String, String> surfaces = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return surfaces;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
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
        set.addAll(java.util.List.of(extra));
        return CharArraySet.unmodifiableSet(set);
    }
}
