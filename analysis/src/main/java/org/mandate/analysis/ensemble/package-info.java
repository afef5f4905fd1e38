/**
 * Ensembles: many runs of a scenario over sampled uncertain inputs and every design point, streamed to disk in
 * run order, resumable, and summarised as probabilities with intervals and paired differences on common random
 * numbers.
 *
 * <p>Lifecycle: {@link org.mandate.analysis.ensemble.EnsembleSetup} compiles each design point's scenario variant
 * and binds the uncertain inputs; {@link org.mandate.analysis.ensemble.EnsembleRunner} hands slices of consecutive
 * runs to worker threads, each with its own engines, and writes the slices' rows in run order on the coordinating
 * thread, so the rows are the same at any thread count; {@link org.mandate.analysis.ensemble.EnsembleSummary}
 * accumulates integer counts and sums, which do not depend on the order they are added in.
 */
package org.mandate.analysis.ensemble;
