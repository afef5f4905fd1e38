package org.mandate.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean difference between two outcomes measured on the same runs, with its t interval.
 *
 * <p>Use it to compare two policies or scenario variants evaluated on common random numbers: run {@code i} of
 * both uses the same seed, so the differences d_i = a_i - b_i cancel the noise the two share and the interval is
 * usually far narrower than one comparing two independent means. The interval is mean(d) ± t s(d)/sqrt(n), with
 * s(d) the sample standard deviation (divisor n - 1) and t the (1 + level)/2 quantile of Student's t with n - 1
 * degrees of freedom; it assumes the runs are independent of one another and n large enough for the mean to be
 * close to normal.
 *
 * @param n the number of pairs, at least 2
 * @param meanDifference mean(a - b)
 * @param standardDeviation the sample standard deviation of a - b
 * @param standardError standardDeviation / sqrt(n)
 * @param interval the t interval for the mean difference
 */
public record PairedDifference(
        int n, double meanDifference, double standardDeviation, double standardError, ConfidenceInterval interval) {
    /** The level of the interval given by {@link #of(double[], double[])}. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** Validates the fields. */
    public PairedDifference {
        if (n < 2) {
            throw new IllegalArgumentException("paired difference needs at least 2 pairs, had " + n);
        }
        if (interval == null) {
            throw new IllegalArgumentException("interval must not be null");
        }
    }

    /** Returns the mean of {@code a[i] - b[i]} with its 95% t interval. */
    public static PairedDifference of(double[] a, double[] b) {
        return of(a, b, DEFAULT_LEVEL);
    }

    /**
     * Returns the mean of {@code a[i] - b[i]} with its t interval at {@code level}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, have fewer than 2 pairs or hold a value that
     *     is not finite
     */
    public static PairedDifference of(double[] a, double[] b, double level) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "paired outcomes must have equal lengths, were " + a.length + " and " + b.length);
        }
        if (a.length < 2) {
            throw new IllegalArgumentException("paired difference needs at least 2 pairs, had " + a.length);
        }
        Levels.check(level);
        int n = a.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double d = a[i] - b[i];
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(
                        "paired outcomes must be finite, pair " + i + " was (" + a[i] + ", " + b[i] + ")");
            }
            mean += d;
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double deviation = a[i] - b[i] - mean;
            squares += deviation * deviation;
        }
        double sd = Math.sqrt(squares / (n - 1));
        double se = sd / Math.sqrt(n);
        // No random generator is attached: the distribution is only inverted, never sampled.
        TDistribution t = new TDistribution((org.apache.commons.math3.random.RandomGenerator) null, n - 1);
        double half = t.inverseCumulativeProbability((1 + level) / 2) * se;
        return new PairedDifference(n, mean, sd, se, new ConfidenceInterval(mean - half, mean + half, level));
    }
}
