package org.mandate.analysis.stats;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * The nonparametric bootstrap: resampling with replacement and percentile intervals.
 *
 * <p>Every method takes its random generator explicitly and draws from it in a fixed order, so the same generator
 * state gives the same result. Percentile intervals use the linear interpolation between order statistics that R
 * calls type 7: the p-quantile of sorted values x[0..m-1] is x[h] + (h - floor(h)) (x[floor(h)+1] - x[floor(h)])
 * with h = (m - 1) p.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * Returns {@code n} indices drawn uniformly with replacement from [0, n), drawing {@code n} ints from
     * {@code random} in order.
     */
    public static int[] resample(int n, RandomGenerator random) {
        if (n < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, was " + n);
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = random.nextInt(n);
        }
        return indices;
    }

    /**
     * Returns the percentile interval of bootstrap {@code replicates} at {@code level}: their (1 - level) / 2 and
     * (1 + level) / 2 quantiles. NaN replicates (a statistic undefined on a degenerate resample) are ignored.
     *
     * @throws IllegalArgumentException if no replicate is a number or the level is not in (0, 1)
     */
    public static ConfidenceInterval percentile(double[] replicates, double level) {
        Levels.check(level);
        double[] sorted = Arrays.stream(replicates).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException(
                    "percentile interval needs at least one replicate that is a number, had " + replicates.length);
        }
        return new ConfidenceInterval(
                quantile(sorted, (1 - level) / 2), quantile(sorted, (1 + level) / 2), level);
    }

    /**
     * Returns the percentile bootstrap interval of {@code statistic} over {@code data}: the statistic is computed on
     * {@code resamples} resamples of the data, drawn in order from {@code random}.
     *
     * @param data the observations, at least one
     * @param statistic the statistic, given a resampled copy of the data
     * @param resamples the number of resamples, at least 1
     * @param level the confidence level, in (0, 1)
     * @param random the source of the resamples
     */
    public static ConfidenceInterval interval(
            double[] data, ToDoubleFunction<double[]> statistic, int resamples, double level, RandomGenerator random) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, was " + resamples);
        }
        Levels.check(level);
        double[] replicates = new double[resamples];
        double[] copy = new double[data.length];
        for (int b = 0; b < resamples; b++) {
            int[] indices = resample(data.length, random);
            for (int i = 0; i < copy.length; i++) {
                copy[i] = data[indices[i]];
            }
            replicates[b] = statistic.applyAsDouble(copy);
        }
        return percentile(replicates, level);
    }

    /**
     * Returns the {@code p}-quantile of ascending {@code sorted} values by linear interpolation (type 7).
     *
     * @throws IllegalArgumentException if {@code sorted} is empty or {@code p} is outside [0, 1]
     */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantile needs at least one value, had 0");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1], was " + p);
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
