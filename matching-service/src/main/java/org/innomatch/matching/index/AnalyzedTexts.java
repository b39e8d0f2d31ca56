package org.innomatch.matching.index;

/**
 * A candidate's offers and needs as analysed terms (each text with the analyzer of its language), sorted and
 * de-duplicated, computed once when the candidate is indexed so that re-ranking never re-analyses a target.
 * The strings are shared through one vocabulary, so a candidate costs an array of references.
 */
public record AnalyzedTexts(String[] offers, String[] needs) {
}
