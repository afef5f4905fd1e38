/**
 * The Spatial Model of Politics (SMP): a bargaining engine compatible with KTAB, the KAPSARC
 * Toolkit for Behavioral Analysis, in which actors with capabilities, positions and saliences
 * challenge one another, strike bargains and move until their positions settle.
 *
 * <h2>Public API</h2>
 * <pre>{@code
 * SmpInput input = SmpInput.fromKtabCsv(path);            // or new SmpInput(...) / SmpInput.of(...)
 * SmpResult result = SmpModel.run(input, SmpOptions.ktabDefaults());
 * double[][] last = result.finalPositions();              // [actor][dimension], 0..100
 * double[] mean = SmpModel.weightedMean(input);           // [dimension], 0..1
 * double[] median = SmpModel.weightedMedian(input);       // [dimension], 0..1
 * }</pre>
 * <ul>
 *   <li>{@link org.mandate.bargaining.SmpModel#run(SmpInput, SmpOptions)} runs the model;
 *       {@link org.mandate.bargaining.SmpModel#run(SmpInput, SmpOptions,
 *       java.util.random.RandomGenerator)} takes the random stream for stochastic transitions
 *       from the caller (for ensembles).</li>
 *   <li>{@link org.mandate.bargaining.SmpModel#weightedMean(SmpInput)} and
 *       {@link org.mandate.bargaining.SmpModel#weightedMedian(SmpInput)} are the two static
 *       baselines: capability-and-salience weighted mean and median of the initial positions.</li>
 *   <li>{@link org.mandate.bargaining.SmpInput} holds actor names, capabilities, positions and
 *       saliences, both on [0, 1]; {@link org.mandate.bargaining.SmpInput#fromKtabCsv(java.nio.file.Path)}
 *       reads KTAB's CSV format and throws {@link org.mandate.bargaining.KtabFormatException}
 *       listing every problem with line, column, field, value and expectation.</li>
 *   <li>{@link org.mandate.bargaining.SmpOptions} holds every KTAB option as an enum, with
 *       {@link org.mandate.bargaining.SmpOptions#ktabDefaults()} and
 *       {@link org.mandate.bargaining.SmpOptions#mandateDefaults()}, and the
 *       {@link org.mandate.bargaining.Profile}: {@code KTAB} reproduces KTAB with its quirks,
 *       {@code MANDATE} applies the project's documented fixes.</li>
 *   <li>{@link org.mandate.bargaining.SmpResult} holds positions and ideals per state
 *       ({@code [state][actor][dimension]} on KTAB's 0..100 scale), winning probabilities per
 *       state, the change ratio per turn, the number of turns and the
 *       {@link org.mandate.bargaining.StopReason}.</li>
 * </ul>
 *
 * <h2>Lifecycle of a run</h2>
 * <ol>
 *   <li>Set up state 0: distances from ideals, a risk-neutral PCE over the positions, risk
 *       attitudes and each actor's perception of everyone's risk attitude.</li>
 *   <li>Each turn, every actor evaluates a challenge against every other actor and targets
 *       the one with the largest expected gain; each challenge becomes a proposed bargain.</li>
 *   <li>Every actor resolves its queue (its status quo, its own proposal and the proposals
 *       aimed at it) with a PCE and takes its side of the chosen entry; ideals follow by the
 *       accommodation rule.</li>
 *   <li>Set up the new state and stop on convergence (the turn's movement below 2 % of the
 *       first turn's), on the turn cap, or (MANDATE profile only) on an exact cycle.</li>
 * </ol>
 *
 * <h2>Errors</h2>
 * Invalid inputs and options throw {@link java.lang.IllegalArgumentException} with the bad value
 * quoted. Under the {@code KTAB} profile, states where KTAB itself aborts (all positions equally
 * likely, for instance when every actor reaches one point) throw
 * {@link java.lang.IllegalStateException} naming the state and the value.
 *
 * <h2>Threads and randomness</h2>
 * A run is single-threaded and shares no state; runs may execute concurrently. The only
 * randomness is the stochastic transition rule, which draws from the generator passed in or
 * one seeded from the options.
 *
 * <p>See {@code docs/bargaining.md} for the options, the quirks and the CSV format.
 */
package org.mandate.bargaining;
