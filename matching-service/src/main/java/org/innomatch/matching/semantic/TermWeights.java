package org.innomatch.matching.semantic;

/** How specific an English term is among the indexed texts (inverse document frequency). */
@FunctionalInterface
public interface TermWeights {

    double idf(String term);

    /** Every term alike: for tests. */
    TermWeights UNIFORM = term -> 1.0;
}
