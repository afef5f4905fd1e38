package org.mandate.core.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of a state's standing interests, one per {@link Interest}, each in [0, 1] except
 * {@link Interest#HUMAN_DIMENSION}, which is in [-1, 1].
 *
 * @param weights weights indexed by {@link Interest#ordinal()}
 */
public record Interests(double[] weights) {

    /** Validates the weights and keeps a private copy. */
    public Interests {
        if (weights.length != Interest.count()) {
            throw new IllegalArgumentException("expected " + Interest.count() + " interest weights, got "
                    + weights.length);
        }
        weights = weights.clone();
        for (Interest interest : Interest.values()) {
            double w = weights[interest.ordinal()];
            double min = interest == Interest.HUMAN_DIMENSION ? -1 : 0;
            if (!(w >= min && w <= 1)) {
                throw new IllegalArgumentException(interest.key() + " must be in [" + (int) min + ", 1], was " + w);
            }
        }
    }

    /** Interests from a map; interests not named take the value in {@code defaults}. */
    public static Interests of(Map<Interest, Double> values, Interests defaults) {
        double[] w = defaults.weights.clone();
        values.forEach((k, v) -> w[k.ordinal()] = v);
        return new Interests(w);
    }

    /** All interests at zero. */
    public static Interests none() {
        return new Interests(new double[Interest.count()]);
    }

    /** The weight of one interest. */
    public double get(Interest interest) {
        return weights[interest.ordinal()];
    }

    /** A copy with one weight changed. */
    public Interests with(Interest interest, double value) {
        double[] w = weights.clone();
        w[interest.ordinal()] = value;
        return new Interests(w);
    }

    /** The weights as an ordered map, for output. */
    public Map<Interest, Double> asMap() {
        Map<Interest, Double> map = new EnumMap<>(Interest.class);
        for (Interest interest : Interest.values()) {
            map.put(interest, weights[interest.ordinal()]);
        }
        return map;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interests other && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Interests" + asMap();
    }
}
