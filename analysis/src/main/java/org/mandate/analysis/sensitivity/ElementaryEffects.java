package org.mandate.analysis.sensitivity;

import org.mandate.analysis.stats.ConfidenceInterval;

/**
 * The Morris screening measures of one input: the mean, mean absolute value and standard deviation of its
 * elementary effects, with a bootstrap interval for the mean absolute value.
 *
 * <p>An elementary effect is (f(x + Δ e_i) - f(x)) / Δ on the unit scale of the design, so effects of inputs with
 * different units are comparable. A large mu* marks an influential input (Campolongo et al. 2007); a sigma large
 * beside mu* marks a nonlinear effect or interactions; mu far below mu* means effects of both signs cancel.
 *
 * @param input the input's column, from 0
 * @param mu the mean of the r elementary effects
 * @param muStar the mean of their absolute values
 * @param sigma their sample standard deviation (divisor r - 1)
 * @param muStarInterval the bootstrap percentile interval of mu*, resampling the r effects
 */
public record ElementaryEffects(int input, double mu, double muStar, double sigma, ConfidenceInterval muStarInterval) {
    /** Validates the column and that the interval is present. */
    public ElementaryEffects {
        if (input < 0) {
            throw new IllegalArgumentException("input must be at least 0, was " + input);
        }
        if (muStarInterval == null) {
            throw new IllegalArgumentException("elementary effects of input " + input + " need a mu* interval");
        }
    }
}
