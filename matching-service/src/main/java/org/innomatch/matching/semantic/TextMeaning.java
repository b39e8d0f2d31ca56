package org.innomatch.matching.semantic;

/**
 * What the ranker knows of one text: its language and English rendering, the unit sentence vector of that
 * rendering, and its analysed English terms (stemmed, without stop words, sorted) for word-level evidence and
 * reasons.
 */
public record TextMeaning(EnglishRendering rendering, float[] vector, String[] terms) {

    public static final TextMeaning EMPTY = new TextMeaning(EnglishRendering.EMPTY, new float[SentenceEncoder.DIMENSIONS], new String[0]);

    public boolean isEmpty() {
        return terms.length == 0 && rendering.english().isBlank();
    }
}
