package org.mandate.analysis.sampling;

import java.util.List;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * A probability distribution of one uncertain input, used to turn a uniform number in (0, 1) into a value by its
 * inverse cumulative distribution function.
 *
 * <p>Every design in this package produces uniforms; a distribution maps each of them through {@link #quantile}. The
 * mapping is monotone, so a stratified or low-discrepancy design on the unit cube stays stratified on the value
 * scale. Each variant validates its parameters when constructed and names the bad value in its message.
 */
public sealed interface Distribution
        permits Distribution.Uniform, Distribution.Triangular, Distribution.TruncatedNormal, Distribution.Beta,
        Distribution.DiscreteChoice {

    /**
     * Returns the value whose cumulative probability is {@code u}.
     *
     * @param u a probability in [0, 1]; designs give values strictly inside (0, 1)
     * @return the quantile at {@code u}
     * @throws IllegalArgumentException if {@code u} is outside [0, 1] or NaN
     */
    double quantile(double u);

    /** Returns a uniform distribution on [{@code min}, {@code max}]. */
    static Uniform uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /** Returns a triangular distribution on [{@code min}, {@code max}] with its peak at {@code mode}. */
    static Triangular triangular(double min, double mode, double max) {
        return new Triangular(min, mode, max);
    }

    /** Returns a normal distribution, not truncated. */
    static TruncatedNormal normal(double mean, double sd) {
        return new TruncatedNormal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Returns a normal distribution of {@code mean} and {@code sd} truncated to [{@code min}, {@code max}]. */
    static TruncatedNormal truncatedNormal(double mean, double sd, double min, double max) {
        return new TruncatedNormal(mean, sd, min, max);
    }

    /** Returns a beta distribution on [0, 1]. */
    static Beta beta(double alpha, double beta) {
        return new Beta(alpha, beta, 0.0, 1.0);
    }

    /** Returns a beta distribution scaled from [0, 1] to [{@code min}, {@code max}]. */
    static Beta beta(double alpha, double beta, double min, double max) {
        return new Beta(alpha, beta, min, max);
    }

    /** Returns a choice among {@code values} with probabilities proportional to {@code weights}. */
    static DiscreteChoice choice(List<Double> values, List<Double> weights) {
        return new DiscreteChoice(values, weights);
    }

    /**
     * Returns a choice among the category indices 0, 1, ..., {@code count - 1}, all equally likely.
     *
     * <p>This is how a categorical input enters a design: the uniform picks a category index, and the caller maps
     * the index to its label.
     */
    static DiscreteChoice categories(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("category count must be at least 1, was " + count);
        }
        Double[] values = new Double[count];
        Double[] weights = new Double[count];
        for (int i = 0; i < count; i++) {
            values[i] = (double) i;
            weights[i] = 1.0;
        }
        return new DiscreteChoice(List.of(values), List.of(weights));
    }

    /**
     * A uniform distribution on [{@code min}, {@code max}].
     *
     * @param min the lower bound, finite
     * @param max the upper bound, finite and greater than {@code min}
     */
    record Uniform(double min, double max) implements Distribution {
        /** Validates the bounds. */
        public Uniform {
            Checks.finite("uniform min", min);
            Checks.finite("uniform max", max);
            if (!(min < max)) {
                throw new IllegalArgumentException(
                        "uniform max must be greater than min, was min " + min + " and max " + max);
            }
        }

        @Override
        public double quantile(double u) {
            Checks.probability(u);
            return Math.min(max, min + u * (max - min));
        }
    }

    /**
     * A triangular distribution on [{@code min}, {@code max}] whose density peaks at {@code mode}.
     *
     * @param min the lower bound, finite
     * @param mode the most likely value, in [{@code min}, {@code max}]
     * @param max the upper bound, finite and greater than {@code min}
     */
    record Triangular(double min, double mode, double max) implements Distribution {
        /** Validates the bounds and the mode. */
        public Triangular {
            Checks.finite("triangular min", min);
            Checks.finite("triangular mode", mode);
            Checks.finite("triangular max", max);
            if (!(min < max)) {
                throw new IllegalArgumentException(
                        "triangular max must be greater than min, was min " + min + " and max " + max);
            }
            if (mode < min || mode > max) {
                throw new IllegalArgumentException(
                        "triangular mode must lie in [" + min + ", " + max + "], was " + mode);
            }
        }

        @Override
        public double quantile(double u) {
            Checks.probability(u);
            double width = max - min;
            double split = (mode - min) / width;
            double x = u <= split
                    ? min + Math.sqrt(u * width * (mode - min))
                    : max - Math.sqrt((1.0 - u) * width * (max - mode));
            return Math.max(min, Math.min(max, x));
        }
    }

    /**
     * A normal distribution of {@code mean} and standard deviation {@code sd} truncated to [{@code min}, {@code max}].
     *
     * <p>Either bound may be infinite; with both infinite this is the plain normal distribution. The quantile is
     * computed on whichever side of the mean keeps the tail probabilities accurate, so a window far in a tail (say
     * 8 to 9 standard deviations) still maps to values inside it.
     *
     * @param mean the mean of the untruncated normal, finite
     * @param sd the standard deviation of the untruncated normal, finite and positive
     * @param min the lower truncation bound, may be negative infinity
     * @param max the upper truncation bound, may be positive infinity, greater than {@code min}
     */
    record TruncatedNormal(double mean, double sd, double min, double max) implements Distribution {
        /** Validates the parameters and that the window holds some probability. */
        public TruncatedNormal {
            Checks.finite("truncated normal mean", mean);
            Checks.finite("truncated normal sd", sd);
            if (!(sd > 0)) {
                throw new IllegalArgumentException("truncated normal sd must be positive, was " + sd);
            }
            if (Double.isNaN(min) || min == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "truncated normal min must be a number or negative infinity, was " + min);
            }
            if (Double.isNaN(max) || max == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "truncated normal max must be a number or positive infinity, was " + max);
            }
            if (!(min < max)) {
                throw new IllegalArgumentException(
                        "truncated normal max must be greater than min, was min " + min + " and max " + max);
            }
            double a = (min - mean) / sd;
            double b = (max - mean) / sd;
            double mass = a > 0
                    ? StandardNormal.cdf(-a) - StandardNormal.cdf(-b)
                    : StandardNormal.cdf(b) - StandardNormal.cdf(a);
            if (!(mass > 0)) {
                throw new IllegalArgumentException("truncated normal window [" + min + ", " + max
                        + "] holds no probability under mean " + mean + " and sd " + sd);
            }
        }

        @Override
        public double quantile(double u) {
            Checks.probability(u);
            double a = (min - mean) / sd;
            double b = (max - mean) / sd;
            double z;
            if (a > 0) {
                // Reflect a window above the mean into the lower tail, where cdf values keep full precision.
                double lo = StandardNormal.cdf(-b);
                double hi = StandardNormal.cdf(-a);
                z = -StandardNormal.quantile(lo + (1.0 - u) * (hi - lo));
            } else {
                double lo = StandardNormal.cdf(a);
                double hi = StandardNormal.cdf(b);
                z = StandardNormal.quantile(lo + u * (hi - lo));
            }
            return Math.max(min, Math.min(max, mean + sd * z));
        }
    }

    /**
     * A beta distribution of shapes {@code alpha} and {@code beta}, scaled from [0, 1] to [{@code min}, {@code max}].
     *
     * @param alpha the first shape, finite and positive
     * @param beta the second shape, finite and positive
     * @param min the value that 0 maps to, finite
     * @param max the value that 1 maps to, finite and greater than {@code min}
     */
    record Beta(double alpha, double beta, double min, double max) implements Distribution {
        private static final double ACCURACY = 1e-12;

        /** Validates the shapes and the bounds. */
        public Beta {
            Checks.finite("beta alpha", alpha);
            Checks.finite("beta beta", beta);
            if (!(alpha > 0)) {
                throw new IllegalArgumentException("beta alpha must be positive, was " + alpha);
            }
            if (!(beta > 0)) {
                throw new IllegalArgumentException("beta beta must be positive, was " + beta);
            }
            Checks.finite("beta min", min);
            Checks.finite("beta max", max);
            if (!(min < max)) {
                throw new IllegalArgumentException(
                        "beta max must be greater than min, was min " + min + " and max " + max);
            }
        }

        @Override
        public double quantile(double u) {
            Checks.probability(u);
            // No random generator is attached: the distribution is only inverted, never sampled.
            BetaDistribution standard =
                    new BetaDistribution((org.apache.commons.math3.random.RandomGenerator) null, alpha, beta, ACCURACY);
            double x = standard.inverseCumulativeProbability(u);
            return Math.max(min, Math.min(max, min + x * (max - min)));
        }
    }

    /**
     * A choice among a finite list of values, each with probability proportional to its weight.
     *
     * <p>The uniform is split into consecutive intervals, one per value in list order, of lengths equal to the
     * normalised weights; {@link #index} says which interval a uniform falls in. A value of weight 0 is never chosen.
     *
     * @param values the values, at least one, each finite
     * @param weights the weights, one per value, each finite and non-negative, with a positive sum
     */
    record DiscreteChoice(List<Double> values, List<Double> weights) implements Distribution {
        /** Validates and copies the lists. */
        public DiscreteChoice {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("discrete choice needs at least one value, was " + values);
            }
            if (weights == null || weights.size() != values.size()) {
                throw new IllegalArgumentException("discrete choice needs one weight per value: "
                        + values.size() + " values but weights " + weights);
            }
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            double total = 0;
            for (int i = 0; i < values.size(); i++) {
                Checks.finite("discrete choice values[" + i + "]", values.get(i));
                double w = weights.get(i);
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException(
                            "discrete choice weights[" + i + "] must be finite and non-negative, was " + w);
                }
                total += w;
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException("discrete choice weights must have a positive sum, was " + weights);
            }
        }

        /** Returns the number of values. */
        public int size() {
            return values.size();
        }

        /**
         * Returns the position in {@link #values} of the value chosen by {@code u}.
         *
         * @param u a probability in [0, 1]
         * @return an index in [0, size())
         */
        public int index(double u) {
            Checks.probability(u);
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double cumulative = 0;
            int lastPositive = -1;
            for (int i = 0; i < weights.size(); i++) {
                double w = weights.get(i);
                if (w > 0) {
                    cumulative += w;
                    lastPositive = i;
                    if (u * total < cumulative) {
                        return i;
                    }
                }
            }
            return lastPositive;
        }

        @Override
        public double quantile(double u) {
            return values.get(index(u));
        }
    }
}
