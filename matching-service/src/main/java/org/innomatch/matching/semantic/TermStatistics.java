package org.innomatch.matching.semantic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Document frequencies of English terms over the indexed texts (a candidate's offers and needs count as two
 * documents), kept as candidates come and go; {@link #idf} is BM25's inverse document frequency.
 */
public final class TermStatistics implements TermWeights {

    private final Map<String, Integer> documentFrequency = new ConcurrentHashMap<>();
    private final AtomicInteger documents = new AtomicInteger();

    public void add(String[] terms) {
        change(terms, +1);
    }

    public void remove(String[] terms) {
        change(terms, -1);
    }

    private void change(String[] terms, int delta) {
        if (terms.length == 0) {
            return;
        }
        documents.addAndGet(delta);
        for (String t : terms) {
            documentFrequency.merge(t, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    @Override
    public double idf(String term) {
        return idf(documents.get(), documentFrequency.getOrDefault(term, 0));
    }

    /** {@code ln(1 + (N − df + 0.5) / (df + 0.5))}: never negative, highest for rare terms. */
    public static double idf(int documents, int documentFrequency) {
        return Math.log(1 + (Math.max(0, documents - documentFrequency) + 0.5) / (documentFrequency + 0.5));
    }
}
