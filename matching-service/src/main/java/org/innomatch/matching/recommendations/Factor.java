package org.innomatch.matching.recommendations;

/** What a reason is about; {@link #code()} is how it is named in API reasons. */
public enum Factor {
    /** Their offers meet my needs. */
    COMPLEMENTARITY("complementarity"),
    /** My offers meet their needs. */
    RECIPROCITY("reciprocity"),
    /** We need the same thing (evidence against). */
    SAME_NEED("sameNeed"),
    /** We offer the same thing: a competitor (evidence against). */
    SAME_OFFER("sameOffer"),
    KEYWORDS("keywords"),
    SECTOR("sector"),
    COOPERATION_TYPE("cooperationType"),
    TRL("trl"),
    CROSS_BORDER("crossBorder"),
    /** The kinds of the two sides (an S&T counsellor, two counsellors). */
    ROLE("role");

    private final String code;

    Factor(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
