/**
 * The backtest: scores one unchanged model's predictions for a library of historical crises against what each
 * organization actually did, and against the rules of thumb an analyst would use instead.
 *
 * <p>Like the rest of this module it knows nothing of the engine: a caller runs each case and hands over plain
 * records, in this order:
 * <ol>
 *   <li>{@link org.mandate.analysis.backtest.CaseRun}: one case file, its {@link org.mandate.analysis.backtest.Group}
 *   (it set the library, or it was held out) and its {@link org.mandate.analysis.backtest.CaseCell}s, each an
 *   (episode, organization) pair with its {@link org.mandate.analysis.backtest.Observed} outcome and the model's
 *   {@link org.mandate.analysis.backtest.Prediction}, which carries the voting members'
 *   {@link org.mandate.analysis.backtest.Stance}s;</li>
 *   <li>{@link org.mandate.analysis.backtest.Backtest#score}: predicts every cell with each
 *   {@link org.mandate.analysis.backtest.Predictor} (the model and three baselines) and tallies exact-level accuracy
 *   and mean absolute error into a {@link org.mandate.analysis.backtest.BacktestReport};</li>
 *   <li>{@link org.mandate.analysis.backtest.ReportText}, {@link org.mandate.analysis.backtest.ReportCsv} and
 *   {@link org.mandate.analysis.backtest.ReportJson}: the same report as a terminal table, CSV files and a JSON
 *   tree.</li>
 * </ol>
 * Cells observed as {@code not-member} are never part of an error; they check that the model also says the host was
 * not a member. Everything iterates in the order the cases were given, so the same cases give the same report.
 */
package org.mandate.analysis.backtest;
