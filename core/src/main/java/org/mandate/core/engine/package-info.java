/**
 * The engine: a deterministic pipeline for each (episode, organization), one named stage per mechanism.
 *
 * <p>Lifecycle, in order: a {@link org.mandate.core.model.Scenario} is compiled once into a
 * {@link org.mandate.core.engine.CompiledScenario} (flat arrays; uncertain inputs can be changed on a copy); the
 * {@link org.mandate.core.engine.Engine} then runs every cell through the stages membership, agenda gate, mandate
 * gate, member stances, host consent, collective choice, local veto and implementation. The fast path
 * ({@link org.mandate.core.engine.Engine#run}) returns levels and stages only and allocates nothing per cell; the
 * explaining path ({@link org.mandate.core.engine.Engine#explain}) also computes pivotal actors and reasons with their
 * memo sections. The engine only decides: it hands the explaining path to a package-private {@code Explainer}, which
 * has the engine run each cell (and its counterfactuals) and builds the outcomes, reasons and member stances from the
 * engine's result.
 */
package org.mandate.core.engine;
