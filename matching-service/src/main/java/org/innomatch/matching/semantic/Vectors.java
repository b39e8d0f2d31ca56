package org.innomatch.matching.semantic;

/** Small operations on dense vectors. */
public final class Vectors {

    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** A unit-length copy of {@code v}; the zero vector stays zero. */
    public static float[] normalised(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        if (norm == 0) {
            return out;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
