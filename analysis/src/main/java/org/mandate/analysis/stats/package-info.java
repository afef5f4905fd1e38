/**
 * Interval statistics for simulation results: proportions, paired differences and the bootstrap.
 *
 * <p>{@link org.mandate.analysis.stats.ProportionEstimate} gives Wilson score intervals for shares of runs,
 * {@link org.mandate.analysis.stats.PairedDifference} compares two outcomes measured on common random numbers, and
 * {@link org.mandate.analysis.stats.Bootstrap} resamples with an explicitly passed generator. All results are
 * deterministic.
 */
package org.mandate.analysis.stats;
