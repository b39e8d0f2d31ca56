package org.innomatch.matching.ranking;

/**
 * The evidence the ranking model weighs for a (requester, target) pair, each a number the model multiplies by a
 * fitted weight. Role-aware: what the target offers against what the requester needs is evidence for; the two
 * needing the same thing, or offering the same thing, is evidence the fitted model may count against.
 */
public enum Feature {
    /** Cosine of the requester's needs and the target's offers (English sentence vectors). */
    NEEDS_MET("needsMet"),
    /** Cosine of the requester's offers and the target's needs: the reciprocal direction. */
    OFFERS_WANTED("offersWanted"),
    /** Cosine of the two needs: a co-needer looks similar and helps nobody. */
    SAME_NEED("sameNeed"),
    /** Cosine of the two offers: a competitor. */
    SAME_OFFER("sameOffer"),
    /** Share of the requester's need terms (IDF-weighted, English renderings) found in the target's offers. */
    NEED_WORDS_MET("needWordsMet"),
    /** Share of the target's need terms found in the requester's offers. */
    OFFER_WORDS_WANTED("offerWordsWanted"),
    /** 1 when both state a cooperation type they share. */
    SHARED_COOPERATION("sharedCooperation"),
    /** 1 when both state a country and it is the same. */
    SAME_COUNTRY("sameCountry"),
    /** Jaccard overlap of the sector codes (top-level families). */
    SECTOR_OVERLAP("sectorOverlap"),
    /** Shared keywords / keywords of the side with fewer. */
    KEYWORD_OVERLAP("keywordOverlap"),
    /** 1 when the target is a diplomat (S&T counsellor). */
    TARGET_DIPLOMAT("targetDiplomat"),
    /** 1 when both are diplomats: counsellors connect ecosystems, rarely each other. */
    BOTH_DIPLOMATS("bothDiplomats"),
    /** +1 when a stated TRL falls in an investor's stated TRL range, -1 when it falls outside, else 0. */
    TRL_FIT("trlFit"),
    /** {@link #NEEDS_MET} when a cooperation type is shared, else 0: content counts fully only with a way to work together. */
    NEEDS_MET_COOPERATING("needsMetCooperating"),
    /** 1 when the requester's needs name the target's country ("Chinese hospitals", glossed from any language). */
    NEED_NAMES_THEIR_COUNTRY("needNamesTheirCountry");

    private final String code;

    Feature(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Feature ofCode(String code) {
        for (Feature f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature " + code);
    }
}
