package org.innomatch.matching.ranking;

import java.util.Arrays;

/** The values of every {@link Feature} for one pair, indexed by the feature's ordinal. */
public record PairFeatures(double[] values) {

    public PairFeatures {
        if (values.length != Feature.values().length) {
            throw new IllegalArgumentException("expected " + Feature.values().length + " values");
        }
        values = values.clone();
    }

    public double get(Feature feature) {
        return values[feature.ordinal()];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (Feature f : Feature.values()) {
            sb.append(f.code()).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", values[f.ordinal()])).append(' ');
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairFeatures other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
