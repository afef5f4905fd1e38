/**
 * Scenario discovery: finding readable regions of the input space where an outcome of interest concentrates.
 *
 * <p>{@link org.mandate.analysis.discovery.Prim} runs Friedman and Fisher's patient rule induction method on rows
 * of continuous and categorical {@link org.mandate.analysis.discovery.Column columns} and a yes/no outcome per row;
 * the boxes it finds are conjunctions of {@link org.mandate.analysis.discovery.Restriction restrictions} such as
 * {@code costAversion[RUS] < 0.42 and decisionRule[SCO] in {majority}}, reported with coverage and density.
 */
package org.mandate.analysis.discovery;
