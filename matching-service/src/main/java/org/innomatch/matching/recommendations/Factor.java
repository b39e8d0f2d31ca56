package org.innomatch.matching.recommendations;

/** A re-ranking factor; {@link #code()} is how it is named in API reasons. */
public enum Factor {
    COMPLEMENTARITY("complementarity"),
    KEYWORDS("keywords"),
    SECTOR("sector"),
    COOPERATION_TYPE("cooperationType"),
    TRL("trl"),
    CROSS_BORDER("crossBorder"),
    LANGUAGE("language"),
    RECENCY("recency");

    private final String code;

    Factor(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
