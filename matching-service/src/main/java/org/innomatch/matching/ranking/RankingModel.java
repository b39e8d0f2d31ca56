package org.innomatch.matching.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A logistic model per kind of list: the probability that a target is relevant to a requester is
 * {@code sigmoid(bias + Σ weight·feature)}. The weights are fitted offline on labelled lists
 * ({@code RankingModelFit}, test code) and read from {@code ranking/ranking-model.properties}; nothing here is
 * hand-set.
 */
public final class RankingModel {

    public static final String RESOURCE = "/ranking/ranking-model.properties";

    /** Which list a pair is ranked for: profiles for a profile, or projects (and participants of a project). */
    public enum ListKind {
        PARTNERS, PROJECTS;

        String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<ListKind, double[]> weights = new EnumMap<>(ListKind.class);
    private final Map<ListKind, Double> biases = new EnumMap<>(ListKind.class);

    public RankingModel(Map<ListKind, double[]> weights, Map<ListKind, Double> biases) {
        for (ListKind kind : ListKind.values()) {
            double[] w = weights.get(kind);
            if (w == null || w.length != Feature.values().length || !biases.containsKey(kind)) {
                throw new IllegalArgumentException("incomplete model for " + kind);
            }
            this.weights.put(kind, w.clone());
            this.biases.put(kind, biases.get(kind));
        }
    }

    /** The fitted model shipped with the service. */
    public static RankingModel fitted() {
        try (InputStream in = RankingModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys {@code <list>.bias} and {@code <list>.<featureCode>}; a feature without a weight weighs 0. */
    public static RankingModel of(Properties p) {
        Map<ListKind, double[]> weights = new EnumMap<>(ListKind.class);
        Map<ListKind, Double> biases = new EnumMap<>(ListKind.class);
        for (ListKind kind : ListKind.values()) {
            double[] w = new double[Feature.values().length];
            for (Feature f : Feature.values()) {
                w[f.ordinal()] = Double.parseDouble(p.getProperty(kind.prefix() + "." + f.code(), "0"));
            }
            weights.put(kind, w);
            String bias = p.getProperty(kind.prefix() + ".bias");
            if (bias == null) {
                throw new IllegalArgumentException("no " + kind.prefix() + ".bias");
            }
            biases.put(kind, Double.parseDouble(bias));
        }
        return new RankingModel(weights, biases);
    }

    public Properties toProperties() {
        Properties p = new Properties();
        for (ListKind kind : ListKind.values()) {
            p.setProperty(kind.prefix() + ".bias", Double.toString(biases.get(kind)));
            for (Feature f : Feature.values()) {
                p.setProperty(kind.prefix() + "." + f.code(), Double.toString(weights.get(kind)[f.ordinal()]));
            }
        }
        return p;
    }

    public double weight(ListKind kind, Feature feature) {
        return weights.get(kind)[feature.ordinal()];
    }

    public double bias(ListKind kind) {
        return biases.get(kind);
    }

    /** The linear part {@code bias + Σ w·x}. */
    public double logit(ListKind kind, PairFeatures features) {
        double[] w = weights.get(kind);
        double z = biases.get(kind);
        for (Feature f : Feature.values()) {
            z += w[f.ordinal()] * features.get(f);
        }
        return z;
    }

    /** The probability of relevance, 0..1. */
    public double probability(ListKind kind, PairFeatures features) {
        return 1 / (1 + Math.exp(-logit(kind, features)));
    }
}
