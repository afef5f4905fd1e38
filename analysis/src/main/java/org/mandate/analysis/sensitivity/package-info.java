/**
 * Global sensitivity analysis: which uncertain inputs drive a model's output.
 *
 * <p>{@link org.mandate.analysis.sensitivity.MorrisAnalysis} screens many inputs cheaply by elementary effects;
 * {@link org.mandate.analysis.sensitivity.SobolAnalysis} apportions the output variance among the inputs by
 * first-order and total-order Sobol indices. Each offers a one-call {@code run} and a two-step use: build the
 * design, evaluate the model on its rows (in parallel if wished, output k at position k), then {@code analyse}
 * the outputs. Both work on the unit cube and give bootstrap intervals fixed by a seed.
 */
package org.mandate.analysis.sensitivity;
