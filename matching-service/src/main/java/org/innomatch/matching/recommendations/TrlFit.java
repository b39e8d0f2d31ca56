package org.innomatch.matching.recommendations;

/**
 * How well a project's technology readiness level suits a kind of participant. Deliberately coarse:
 * investors and enterprises want something close to market (TRL 5+), research organisations want
 * something still open to research (TRL 6 or less), startups the middle; everyone else is neutral.
 */
public final class TrlFit {

    static final double UNKNOWN = 0.5;
    static final double NEUTRAL = 0.7;

    private TrlFit() {
    }

    public static double of(String kind, Integer trl) {
        if (trl == null) {
            return UNKNOWN;
        }
        if (kind == null) {
            return NEUTRAL;
        }
        return switch (kind) {
            case "INVESTOR", "ENTERPRISE" -> trl >= 5 ? 1.0 : trl >= 3 ? 0.5 : 0.2;
            case "UNIVERSITY", "RESEARCH_INSTITUTE" -> trl <= 6 ? 1.0 : 0.5;
            case "STARTUP" -> trl >= 3 && trl <= 7 ? 1.0 : 0.5;
            default -> NEUTRAL;
        };
    }
}
