package org.mandate.analysis.sensitivity;

import org.mandate.analysis.stats.ConfidenceInterval;

/**
 * The first-order and total-order Sobol indices of one input, with bootstrap intervals.
 *
 * <p>The first-order index S_i = V(E[Y | X_i]) / V(Y) is the share of output variance the input explains alone;
 * the total-order index ST_i = E[V(Y | X_~i)] / V(Y) adds every interaction it takes part in. ST_i - S_i measures
 * its interactions, and ST_i near 0 means the input can be fixed anywhere in its range. Estimates can fall slightly
 * outside [0, 1] or have S_i > ST_i by sampling error.
 *
 * @param input the input's column, from 0
 * @param firstOrder the estimate of S_i
 * @param firstOrderInterval the bootstrap percentile interval of S_i
 * @param totalOrder the estimate of ST_i
 * @param totalOrderInterval the bootstrap percentile interval of ST_i
 */
public record SobolIndex(
        int input,
        double firstOrder,
        ConfidenceInterval firstOrderInterval,
        double totalOrder,
        ConfidenceInterval totalOrderInterval) {
    /** Validates the column and that the intervals are present. */
    public SobolIndex {
        if (input < 0) {
            throw new IllegalArgumentException("input must be at least 0, was " + input);
        }
        if (firstOrderInterval == null || totalOrderInterval == null) {
            throw new IllegalArgumentException("Sobol index of input " + input + " needs both intervals");
        }
    }
}
