package org.mandate.bargaining;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The result of one bargaining run: every state's positions, ideals and winning probabilities,
 * how many turns were played, why the run stopped, and each turn's change ratio.
 *
 * <p>States are indexed from 0 (the input) to {@link #turns()} (the last state). Positions and
 * ideals are on the 0..100 scale, as KTAB reports them (the internal [0, 1] value × 100).
 * The record copies its arrays on the way in and out; the indexed accessors read without
 * copying.
 *
 * @param options        the options the run used
 * @param actorNames     the actors, in input order
 * @param dimensionNames the dimensions, in input order
 * @param turns          the number of bargaining turns played
 * @param stopReason     why the run stopped
 * @param cyclePeriod    the period of the cycle when {@code stopReason} is
 *                       {@link StopReason#CYCLE}, else 0
 * @param positions      {@code positions[state][actor][dimension]}, on 0..100
 * @param ideals         {@code ideals[state][actor][dimension]}, on 0..100; equal to the
 *                       positions under the identity accommodation
 * @param probabilities  {@code probabilities[state][actor]}: the probability that the actor's
 *                       position wins, as KTAB reports it (equivalent positions are merged
 *                       and share one value, so a state's values can sum to more than 1)
 * @param changeRatios   {@code changeRatios[t - 1]}: the movement of turn t divided by (the
 *                       movement of turn 1 + 1e-4)
 */
public record SmpResult(
        SmpOptions options,
        List<String> actorNames,
        List<String> dimensionNames,
        int turns,
        StopReason stopReason,
        int cyclePeriod,
        double[][][] positions,
        double[][][] ideals,
        double[][] probabilities,
        double[] changeRatios) {

    /** Validates and copies the result. */
    public SmpResult {
        Objects.requireNonNull(options, "options");
        actorNames = List.copyOf(actorNames);
        dimensionNames = List.copyOf(dimensionNames);
        Objects.requireNonNull(stopReason, "stopReason");
        if (turns < 0 || positions.length != turns + 1 || ideals.length != turns + 1
                || probabilities.length != turns + 1 || changeRatios.length != turns) {
            throw new IllegalArgumentException("a result of " + turns + " turns needs " + (turns + 1)
                    + " states and " + turns + " change ratios, got " + positions.length + " states and "
                    + changeRatios.length + " ratios");
        }
        positions = copy(positions);
        ideals = copy(ideals);
        probabilities = copy(probabilities);
        changeRatios = changeRatios.clone();
    }

    /** Returns the number of states, {@code turns() + 1}. */
    public int states() {
        return turns + 1;
    }

    /** Returns actor i's position on dimension k in state s, on 0..100. */
    public double position(int s, int i, int k) {
        return positions[s][i][k];
    }

    /** Returns actor i's ideal on dimension k in state s, on 0..100. */
    public double ideal(int s, int i, int k) {
        return ideals[s][i][k];
    }

    /** Returns the probability that actor i's position wins in state s. */
    public double probability(int s, int i) {
        return probabilities[s][i];
    }

    /** Returns the change ratio of turn t (1 ≤ t ≤ turns). */
    public double changeRatio(int t) {
        return changeRatios[t - 1];
    }

    /** Returns the positions of the last state, {@code [actor][dimension]} on 0..100. */
    public double[][] finalPositions() {
        return copy(positions[turns]);
    }

    /** Returns a copy of all positions, {@code [state][actor][dimension]} on 0..100. */
    @Override
    public double[][][] positions() {
        return copy(positions);
    }

    /** Returns a copy of all ideals, {@code [state][actor][dimension]} on 0..100. */
    @Override
    public double[][][] ideals() {
        return copy(ideals);
    }

    /** Returns a copy of all winning probabilities, {@code [state][actor]}. */
    @Override
    public double[][] probabilities() {
        return copy(probabilities);
    }

    /** Returns a copy of the change ratios, {@code [turn - 1]}. */
    @Override
    public double[] changeRatios() {
        return changeRatios.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SmpResult o && options.equals(o.options) && actorNames.equals(o.actorNames)
                && dimensionNames.equals(o.dimensionNames) && turns == o.turns && stopReason == o.stopReason
                && cyclePeriod == o.cyclePeriod && Arrays.deepEquals(positions, o.positions)
                && Arrays.deepEquals(ideals, o.ideals) && Arrays.deepEquals(probabilities, o.probabilities)
                && Arrays.equals(changeRatios, o.changeRatios);
    }

    @Override
    public int hashCode() {
        return Objects.hash(options, actorNames, dimensionNames, turns, stopReason, cyclePeriod,
                Arrays.deepHashCode(positions), Arrays.deepHashCode(ideals), Arrays.deepHashCode(probabilities),
                Arrays.hashCode(changeRatios));
    }

    @Override
    public String toString() {
        return "SmpResult[actors=" + actorNames.size() + ", dimensions=" + dimensionNames.size() + ", turns=" + turns
                + ", stopReason=" + stopReason + (cyclePeriod > 0 ? ", cyclePeriod=" + cyclePeriod : "") + "]";
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][][] copy(double[][][] a) {
        double[][][] c = new double[a.length][][];
        for (int i = 0; i < a.length; i++) {
            c[i] = copy(a[i]);
        }
        return c;
    }
}
