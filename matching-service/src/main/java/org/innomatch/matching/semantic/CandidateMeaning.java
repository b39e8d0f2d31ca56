package org.innomatch.matching.semantic;

/** The meaning of a candidate's two texts: what it offers and what it needs (a project: its text in both). */
public record CandidateMeaning(TextMeaning offers, TextMeaning needs) {

    public static final CandidateMeaning EMPTY = new CandidateMeaning(TextMeaning.EMPTY, TextMeaning.EMPTY);
}
