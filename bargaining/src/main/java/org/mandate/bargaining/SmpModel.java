package org.mandate.bargaining;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The entry point of the Spatial Model of Politics: runs a bargaining simulation, and computes
 * the two static baselines it is compared with.
 *
 * <p>A run is a pure function of its input, its options and (under
 * {@link StateTransitions#STOCHASTIC} only) its random stream; it shares no state with other
 * runs, so runs may execute concurrently on different threads.
 */
public final class SmpModel {

    /** The random-generator algorithm seeded from {@link SmpOptions#seed()}. */
    public static final String GENERATOR = "L64X128MixRandom";

    private SmpModel() {
    }

    /**
     * Runs the model. Under {@link StateTransitions#STOCHASTIC} the draws come from a
     * {@value #GENERATOR} generator seeded with {@link SmpOptions#seed()}.
     *
     * @throws IllegalArgumentException if the input and options cannot run together (an
     *                                  accommodation matrix of the wrong size; under the
     *                                  {@link Profile#KTAB} profile, a total salience above 1)
     * @throws IllegalStateException    if, under the {@link Profile#KTAB} profile, the run
     *                                  reaches a state where KTAB aborts (the message names the
     *                                  state and the value)
     */
    public static SmpResult run(SmpInput input, SmpOptions options) {
        Objects.requireNonNull(options, "options");
        return run(input, options, RandomGeneratorFactory.of(GENERATOR).create(options.seed()));
    }

    /**
     * Runs the model drawing stochastic transitions from {@code random} (one draw per actor per
     * turn, in actor order); {@link SmpOptions#seed()} is then ignored. Pass a generator split
     * from an ensemble's root generator so that every run has its own stream.
     *
     * @throws IllegalArgumentException as {@link #run(SmpInput, SmpOptions)}
     * @throws IllegalStateException    as {@link #run(SmpInput, SmpOptions)}
     */
    public static SmpResult run(SmpInput input, SmpOptions options, RandomGenerator random) {
        return run(input, options, random, Trace.NONE);
    }

    static SmpResult run(SmpInput input, SmpOptions options, RandomGenerator random, Trace trace) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(random, "random");
        return new Engine(input, options, random, trace).run();
    }

    /**
     * Returns the capability-and-salience weighted mean of the initial positions, per dimension,
     * on [0, 1]: {@code Σ_i c_i·s_ik·θ_ik / Σ_i c_i·s_ik}. A dimension no actor cares about
     * (all saliences 0) is weighted by capability alone.
     */
    public static double[] weightedMean(SmpInput input) {
        int n = input.actorCount();
        int dims = input.dimensionCount();
        double[] mean = new double[dims];
        for (int k = 0; k < dims; k++) {
            double[] w = weights(input, k);
            double sum = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                sum += w[i] * input.position(i, k);
                total += w[i];
            }
            mean[k] = sum / total;
        }
        return mean;
    }

    /**
     * Returns the capability-and-salience weighted median of the initial positions, per
     * dimension, on [0, 1]: the position that minimises {@code Σ_i c_i·s_ik·|θ_ik − x|}. When
     * the minimum is a whole interval (the weight below it is exactly half), the midpoint is
     * returned. A dimension no actor cares about is weighted by capability alone.
     */
    public static double[] weightedMedian(SmpInput input) {
        int n = input.actorCount();
        int dims = input.dimensionCount();
        double[] median = new double[dims];
        for (int k = 0; k < dims; k++) {
            double[] w = weights(input, k);
            final int dim = k;
            Integer[] order = new Integer[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                order[i] = i;
                total += w[i];
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> input.position(i, dim)));
            double half = total / 2;
            double cumulative = 0;
            for (int x = 0; x < n; x++) {
                int i = order[x];
                if (w[i] == 0) {
                    continue;
                }
                cumulative += w[i];
                if (cumulative > half) {
                    median[k] = input.position(i, k);
                    break;
                }
                if (cumulative == half) {
                    int next = x + 1;
                    while (next < n && w[order[next]] == 0) {
                        next++;
                    }
                    median[k] = next < n ? (input.position(i, k) + input.position(order[next], k)) / 2
                            : input.position(i, k);
                    break;
                }
            }
        }
        return median;
    }

    private static double[] weights(SmpInput input, int k) {
        int n = input.actorCount();
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = input.capability(i) * input.salience(i, k);
            total += w[i];
        }
        if (!(total > 0)) {
            for (int i = 0; i < n; i++) {
                w[i] = input.capability(i);
            }
        }
        return w;
    }
}
