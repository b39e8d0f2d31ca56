package org.innomatch.matching.index;

import java.util.List;

/** Names of the Lucene fields of a candidate document. */
public final class CandidateFields {

    /** {@code TYPE:uuid}, the update/delete term. */
    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String OWNER = "owner";
    public static final String KIND = "kind";
    public static final String COUNTRY = "country";
    /** Every sector code and the parents of refined codes. */
    public static final String SECTOR = "sector";
    public static final String COOPERATION = "cooperation";
    public static final String TRL = "trl";
    public static final String LANGUAGE = "language";
    /** Lower-cased keywords, matched exactly. */
    public static final String KEYWORD = "keyword";
    public static final String HIDDEN = "hidden";

    public static final String OFFERS = "offers";
    public static final String NEEDS = "needs";
    public static final List<String> TEXT_FIELDS = List.of(OFFERS, NEEDS);
    /** The sentence vectors of the offers and the needs (HNSW, scalar-quantized), for kNN retrieval. */
    public static final String OFFERS_VECTOR = "offers_vector";
    public static final String NEEDS_VECTOR = "needs_vector";

    private CandidateFields() {
    }

    /** The per-language text field, e.g. {@code needs_zh}. */
    public static String text(String base, TextLanguage language) {
        return base + "_" + language.suffix();
    }
}
