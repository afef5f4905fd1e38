package org.mandate.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.mandate.analysis.stats.Bootstrap;
import org.mandate.analysis.stats.ConfidenceInterval;

/**
 * Morris elementary-effects screening (Morris 1991) with the mu* measure of Campolongo et al. (2007) and bootstrap
 * intervals for mu*.
 *
 * <p>Screening ranks many inputs at r(d + 1) evaluations, far fewer than a Sobol analysis needs, to decide which
 * inputs deserve one. Each trajectory of a {@link MorrisDesign} yields one elementary effect per input; mu, mu* and
 * sigma summarise the r effects of each input. The bootstrap resamples the r effects of each input with
 * replacement; inputs are resampled one after another from one generator, so the result is fixed by the seed.
 */
public final class MorrisAnalysis {
    /** The confidence level used unless one is given. */
    public static final double DEFAULT_LEVEL = 0.95;

    private MorrisAnalysis() {
    }

    /**
     * Runs a whole screening: draws a design from an L64X128MixRandom generator seeded with {@code seed}, evaluates
     * {@code model} on its rows in order on the calling thread, and analyses the outputs at the 95% level with a
     * bootstrap generator seeded with {@code seed + 1}.
     *
     * @param model the model, a function of d uniforms in (0, 1)
     * @param dimension the number of inputs d
     * @param trajectories the number of trajectories r
     * @param levels the number of grid levels p, even
     * @param seed the seed of the design and the bootstrap
     * @param bootstrap the number of bootstrap resamples, at least 1
     */
    public static MorrisIndices run(ToDoubleFunction<double[]> model, int dimension, int trajectories, int levels,
            long seed, int bootstrap) {
        MorrisDesign design = design(dimension, trajectories, levels, seed);
        return analyse(design, design.evaluate(model), seed + 1, bootstrap, DEFAULT_LEVEL);
    }

    /**
     * Runs a whole screening with a model that evaluates many rows in one call: {@code model} receives the whole
     * design matrix, r(d + 1) rows in design order, and returns one output per row in the same order.
     *
     * @see #run(ToDoubleFunction, int, int, int, long, int)
     */
    public static MorrisIndices runBatch(Function<double[][], double[]> model, int dimension, int trajectories,
            int levels, long seed, int bootstrap) {
        MorrisDesign design = design(dimension, trajectories, levels, seed);
        return analyse(design, model.apply(design.matrix()), seed + 1, bootstrap, DEFAULT_LEVEL);
    }

    /**
     * Returns the design of the first step of the two-step use, drawn from L64X128MixRandom seeded with
     * {@code seed}: evaluate the model on each row, storing output k at position k, then call {@link #analyse}.
     */
    public static MorrisDesign design(int dimension, int trajectories, int levels, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        return MorrisDesign.create(dimension, trajectories, levels, random);
    }

    /** Analyses the outputs of {@code design} at the 95% level. */
    public static MorrisIndices analyse(MorrisDesign design, double[] outputs, long seed, int bootstrap) {
        return analyse(design, outputs, seed, bootstrap, DEFAULT_LEVEL);
    }

    /**
     * Computes mu, mu* and sigma of every input from the outputs of every row of {@code design}.
     *
     * @param design the design the outputs come from
     * @param outputs output k of the model on row k of the design, all finite
     * @param seed the seed of the bootstrap's L64X128MixRandom generator
     * @param bootstrap the number of bootstrap resamples, at least 1
     * @param level the confidence level of the mu* intervals, in (0, 1)
     */
    public static MorrisIndices analyse(
            MorrisDesign design, double[] outputs, long seed, int bootstrap, double level) {
        if (outputs.length != design.rows()) {
            throw new IllegalArgumentException("outputs must have one value per design row, " + design.rows()
                    + " rows but " + outputs.length + " outputs");
        }
        if (bootstrap < 1) {
            throw new IllegalArgumentException("bootstrap resamples must be at least 1, was " + bootstrap);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        for (int k = 0; k < outputs.length; k++) {
            if (!Double.isFinite(outputs[k])) {
                throw new IllegalArgumentException("outputs must be finite, output " + k + " was " + outputs[k]);
            }
        }
        int d = design.dimension();
        int r = design.trajectories();
        double[][] effects = new double[d][r];
        for (int t = 0; t < r; t++) {
            int offset = t * (d + 1);
            for (int step = 1; step <= d; step++) {
                double change = outputs[offset + step] - outputs[offset + step - 1];
                effects[design.changedInput(t, step)][t] =
                        change / (design.direction(t, step) * design.delta());
            }
        }
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<ElementaryEffects> result = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            double[] absolute = new double[r];
            for (int t = 0; t < r; t++) {
                absolute[t] = Math.abs(effects[i][t]);
            }
            ConfidenceInterval interval =
                    Bootstrap.interval(absolute, MorrisAnalysis::mean, bootstrap, level, random);
            result.add(new ElementaryEffects(
                    i, mean(effects[i]), mean(absolute), standardDeviation(effects[i]), interval));
        }
        return new MorrisIndices(r, design.levels(), bootstrap, result);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
