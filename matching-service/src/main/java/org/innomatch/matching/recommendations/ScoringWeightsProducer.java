package org.innomatch.matching.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

/** Reads {@code innomatch.matching.weights.*}, falling back to {@link ScoringWeights#DEFAULTS} per weight. */
@ApplicationScoped
public class ScoringWeightsProducer {

    @Produces
    @Singleton
    ScoringWeights scoringWeights(Config config) {
        ScoringWeights d = ScoringWeights.DEFAULTS;
        return new ScoringWeights(
                weight(config, "complementarity", d.complementarity()),
                weight(config, "keywords", d.keywords()),
                weight(config, "sector", d.sector()),
                weight(config, "cooperation-type", d.cooperationType()),
                weight(config, "trl", d.trl()),
                weight(config, "cross-border", d.crossBorder()),
                weight(config, "language", d.language()),
                weight(config, "recency", d.recency()));
    }

    private static double weight(Config config, String name, double fallback) {
        return config.getOptionalValue("innomatch.matching.weights." + name, Double.class).orElse(fallback);
    }
}
