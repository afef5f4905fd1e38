/**
 * Attribution: how much each mechanism of the model contributes to an outcome, found by switching mechanisms off.
 *
 * <p>The engine decides; this package explains from outside it. {@link org.mandate.core.explain.LevelTable} runs a
 * compiled scenario under every set of mechanisms switched off (2^15 runs, with the member stances computed once per
 * set of stance terms and the gates varied on them); {@link org.mandate.core.explain.Shapley} computes exact Shapley
 * values of a game given by its value on every coalition; {@link org.mandate.core.explain.Attributor} turns the
 * table into one {@link org.mandate.core.explain.CellAttribution} per (episode, organization): the Shapley value of
 * each mechanism to the decided and the implemented level, and the minimal sets of mechanisms sufficient to keep the
 * level from rising. The definitions are in docs/model.md, section "Attribution".
 */
package org.mandate.core.explain;
