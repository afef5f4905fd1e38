package org.mandate.bargaining;

import java.util.Arrays;

/**
 * An accommodation rule (KTAB's ideal adjustment): how actors' ideal points follow the
 * positions they adopt.
 *
 * <p>After each turn, ideal {@code q_i} becomes {@code Σ_j a_ij·θ_j + (1 − min(1, Σ_j a_ij))·q_i}
 * with the new positions θ. KTAB's default (and the only one its CSV input allows) is the
 * identity matrix, under which every ideal equals the actor's position.
 */
public sealed interface Accommodation permits Accommodation.Identity, Accommodation.Diagonal, Accommodation.Matrix {

    /** Returns the identity accommodation, KTAB's default: ideals equal positions. */
    static Accommodation identity() {
        return new Identity();
    }

    /**
     * Returns a diagonal accommodation: each ideal moves a fraction {@code rate} of the way to
     * its actor's new position (0 keeps ideals at the initial positions).
     */
    static Accommodation diagonal(double rate) {
        return new Diagonal(rate);
    }

    /** Returns a full accommodation matrix {@code a[i][j]} (square, one row per actor). */
    static Accommodation matrix(double[][] weights) {
        return new Matrix(weights);
    }

    /** The identity accommodation: every ideal equals its actor's position. */
    record Identity() implements Accommodation {
    }

    /**
     * A diagonal accommodation {@code a = rate·I}.
     *
     * @param rate the fraction of the way each ideal moves toward its actor's new position,
     *             in [0, 1]
     */
    record Diagonal(double rate) implements Accommodation {
        /** Validates the rate. */
        public Diagonal {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("accommodation rate must be in [0, 1], got " + rate);
            }
        }
    }

    /**
     * A full accommodation matrix.
     *
     * @param weights {@code weights[i][j]}: how much actor i's ideal follows actor j's new
     *                position; square, finite and non-negative (checked against the number
     *                of actors when a run starts)
     */
    record Matrix(double[][] weights) implements Accommodation {
        /** Validates and copies the matrix. */
        public Matrix {
            if (weights == null || weights.length == 0) {
                throw new IllegalArgumentException("accommodation matrix must have at least one row");
            }
            double[][] copy = new double[weights.length][];
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] == null || weights[i].length != weights.length) {
                    throw new IllegalArgumentException("accommodation matrix must be square: row " + i + " has "
                            + (weights[i] == null ? "no" : String.valueOf(weights[i].length)) + " entries, expected "
                            + weights.length);
                }
                for (int j = 0; j < weights.length; j++) {
                    double a = weights[i][j];
                    if (!(a >= 0 && Double.isFinite(a))) {
                        throw new IllegalArgumentException(
                                "accommodation weight [" + i + "][" + j + "] must be finite and >= 0, got " + a);
                    }
                }
                copy[i] = weights[i].clone();
            }
            weights = copy;
        }

        /** Returns a copy of the matrix. */
        @Override
        public double[][] weights() {
            double[][] copy = new double[weights.length][];
            for (int i = 0; i < weights.length; i++) {
                copy[i] = weights[i].clone();
            }
            return copy;
        }

        double weight(int i, int j) {
            return weights[i][j];
        }

        int size() {
            return weights.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Matrix m && Arrays.deepEquals(weights, m.weights);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(weights);
        }

        @Override
        public String toString() {
            return "Matrix" + Arrays.deepToString(weights);
        }
    }
}
