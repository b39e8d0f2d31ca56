package org.innomatch.matching.recommendations;

import java.util.EnumMap;
import java.util.Map;

/**
 * The fixed weights of the re-ranking factors. A directional score is {@code sum(w_f * v_f) / sum(w_f)} over
 * the factors that apply to the pair (TRL only when a project is involved, language only when both sides
 * declare languages, cross-border only when both countries are known, recency only when the target's last
 * change is known), so it stays in 0..1. Every weight can be overridden with {@code innomatch.matching.weights.<factor>}.
 */
public record ScoringWeights(
        double complementarity,
        double keywords,
        double sector,
        double cooperationType,
        double trl,
        double crossBorder,
        double language,
        double recency) {

    public static final ScoringWeights DEFAULTS = new ScoringWeights(0.40, 0.10, 0.20, 0.10, 0.08, 0.07, 0.05, 0.05);

    public ScoringWeights {
        for (double w : new double[] {complementarity, keywords, sector, cooperationType, trl, crossBorder, language, recency}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("scoring weights must be >= 0");
            }
        }
    }

    public double of(Factor factor) {
        return switch (factor) {
            case COMPLEMENTARITY -> complementarity;
            case KEYWORDS -> keywords;
            case SECTOR -> sector;
            case COOPERATION_TYPE -> cooperationType;
            case TRL -> trl;
            case CROSS_BORDER -> crossBorder;
            case LANGUAGE -> language;
            case RECENCY -> recency;
        };
    }

    public Map<Factor, Double> asMap() {
        Map<Factor, Double> map = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            map.put(f, of(f));
        }
        return map;
    }
}
