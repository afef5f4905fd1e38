package org.mandate.analysis.stats;

import org.apache.commons.math3.special.Erf;

/**
 * An estimated proportion, such as the share of runs in which an organization intervenes, with its Wilson score
 * interval.
 *
 * <p>The Wilson interval (Wilson 1927) inverts the normal approximation to the binomial test, so unlike the
 * Wald interval p ± z sqrt(p(1 - p)/n) it stays inside [0, 1], is never empty at 0 or n successes and covers close
 * to its nominal level for small n. With z the (1 + level)/2 normal quantile, the interval is
 * (p + z²/2n ± z sqrt(p(1 - p)/n + z²/4n²)) / (1 + z²/n).
 *
 * @param successes the number of successes, in [0, trials]
 * @param trials the number of trials, at least 1
 * @param estimate successes / trials
 * @param interval the Wilson score interval
 */
public record ProportionEstimate(long successes, long trials, double estimate, ConfidenceInterval interval) {
    /** The level of the intervals given by {@link #wilson(long, long)}. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** Validates the counts and that the estimate matches them. */
    public ProportionEstimate {
        check(successes, trials);
        if (estimate != (double) successes / trials) {
            throw new IllegalArgumentException("estimate must be successes / trials = "
                    + (double) successes / trials + ", was " + estimate);
        }
        if (interval == null) {
            throw new IllegalArgumentException("interval must not be null");
        }
    }

    /** Returns the proportion {@code successes / trials} with its 95% Wilson score interval. */
    public static ProportionEstimate wilson(long successes, long trials) {
        return wilson(successes, trials, DEFAULT_LEVEL);
    }

    /** Returns the proportion {@code successes / trials} with its Wilson score interval at {@code level}. */
    public static ProportionEstimate wilson(long successes, long trials, double level) {
        check(successes, trials);
        Levels.check(level);
        double z = Math.sqrt(2) * Erf.erfInv(level);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new ProportionEstimate(successes, trials, p, new ConfidenceInterval(lower, upper, level));
    }

    private static void check(long successes, long trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "successes must be in [0, " + trials + "], was " + successes);
        }
    }
}
