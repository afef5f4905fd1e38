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
 * Variance-based global sensitivity analysis: first-order and total-order Sobol indices estimated on a
 * {@link SaltelliDesign}, with bootstrap percentile intervals.
 *
 * <p>With f_A, f_B and f_ABi the outputs on the rows A_j, B_j and AB_i,j of the design and V the variance of the
 * 2N outputs on A and B, the estimators are those recommended by Saltelli et al. (2010, table 2):
 * <ul>
 *   <li>first order (Saltelli 2010, estimator b): S_i = (1/N) Σ_j f_B(j) (f_ABi(j) - f_A(j)) / V;</li>
 *   <li>total order (Jansen 1999, estimator f): ST_i = (1/2N) Σ_j (f_A(j) - f_ABi(j))² / V.</li>
 * </ul>
 * The bootstrap resamples the N base rows with replacement (each resample keeps the groups A_j, AB_i,j, B_j
 * together) and recomputes every index on each resample; intervals are percentile intervals.
 *
 * <p>Inputs are uniforms on (0, 1); map them to values inside the model (see
 * {@link org.mandate.analysis.sampling.InputSpace#onUnitCube}). A categorical input is a uniform mapped to a
 * category by a {@link org.mandate.analysis.sampling.Distribution.DiscreteChoice}: the indices then measure the
 * category choice as one factor, and are exact in expectation because the decomposition needs only independent
 * inputs, not continuous ones. The model becomes a step function of that uniform, so quasi-Monte Carlo converges
 * more slowly than for a smooth model.
 *
 * <p>Everything is computed on the calling thread from the given seed: same inputs, same result.
 */
public final class SobolAnalysis {
    /** The confidence level used unless one is given. */
    public static final double DEFAULT_LEVEL = 0.95;

    private SobolAnalysis() {
    }

    /**
     * Runs a whole Sobol analysis: builds the design, evaluates {@code model} on its N(d + 2) rows in order on the
     * calling thread, and analyses the outputs at the 95% level.
     *
     * @param model the model, a function of d uniforms in (0, 1)
     * @param dimension the number of inputs d
     * @param baseSamples the number of base rows N; a power of two is best
     * @param seed the seed of the design's digital shift and, through {@link #analyse}, of the bootstrap
     * @param bootstrap the number of bootstrap resamples, at least 1; 1000 is usual
     */
    public static SobolIndices run(
            ToDoubleFunction<double[]> model, int dimension, int baseSamples, long seed, int bootstrap) {
        SaltelliDesign design = design(dimension, baseSamples, seed);
        return analyse(design, design.evaluate(model), seed, bootstrap, DEFAULT_LEVEL);
    }

    /**
     * Runs a whole Sobol analysis with a model that evaluates many rows in one call: {@code model} receives the
     * whole design matrix, N(d + 2) rows in design order, and returns one output per row in the same order.
     *
     * @see #run(ToDoubleFunction, int, int, long, int)
     */
    public static SobolIndices runBatch(
            Function<double[][], double[]> model, int dimension, int baseSamples, long seed, int bootstrap) {
        SaltelliDesign design = design(dimension, baseSamples, seed);
        return analyse(design, model.apply(design.matrix()), seed, bootstrap, DEFAULT_LEVEL);
    }

    /**
     * Returns the design of the first step of the two-step use: evaluate the model on each of its rows, possibly in
     * parallel, store output k at position k, then call {@link #analyse}.
     *
     * @see SaltelliDesign#create(int, int, long)
     */
    public static SaltelliDesign design(int dimension, int baseSamples, long seed) {
        return SaltelliDesign.create(dimension, baseSamples, seed);
    }

    /**
     * Analyses the outputs of {@code design} at the 95% level.
     *
     * @see #analyse(SaltelliDesign, double[], long, int, double)
     */
    public static SobolIndices analyse(SaltelliDesign design, double[] outputs, long seed, int bootstrap) {
        return analyse(design, outputs, seed, bootstrap, DEFAULT_LEVEL);
    }

    /**
     * Estimates the first-order and total-order indices from the outputs of every row of {@code design}.
     *
     * @param design the design the outputs come from
     * @param outputs output k of the model on row k of the design, all finite
     * @param seed the seed of the bootstrap's L64X128MixRandom generator
     * @param bootstrap the number of bootstrap resamples, at least 1
     * @param level the confidence level of the intervals, in (0, 1)
     * @throws IllegalArgumentException if the outputs do not match the design, are not finite or have no variance
     */
    public static SobolIndices analyse(
            SaltelliDesign design, double[] outputs, long seed, int bootstrap, double level) {
        int d = design.dimension();
        int n = design.baseSamples();
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
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[d][n];
        for (int j = 0; j < n; j++) {
            int offset = j * (d + 2);
            fa[j] = outputs[offset];
            for (int i = 0; i < d; i++) {
                fab[i][j] = outputs[offset + 1 + i];
            }
            fb[j] = outputs[offset + d + 1];
        }
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) {
            identity[j] = j;
        }
        Estimate estimate = estimate(fa, fb, fab, identity);
        if (!(estimate.variance > 0)) {
            throw new IllegalArgumentException("outputs have no variance over the A and B rows, all equal "
                    + fa[0] + "; Sobol indices are undefined");
        }
        double[][] firstReplicates = new double[d][bootstrap];
        double[][] totalReplicates = new double[d][bootstrap];
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        for (int b = 0; b < bootstrap; b++) {
            Estimate replicate = estimate(fa, fb, fab, Bootstrap.resample(n, random));
            for (int i = 0; i < d; i++) {
                firstReplicates[i][b] = replicate.first[i];
                totalReplicates[i][b] = replicate.total[i];
            }
        }
        List<SobolIndex> indices = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            ConfidenceInterval first = Bootstrap.percentile(firstReplicates[i], level);
            ConfidenceInterval total = Bootstrap.percentile(totalReplicates[i], level);
            indices.add(new SobolIndex(i, estimate.first[i], first, estimate.total[i], total));
        }
        return new SobolIndices(n, outputs.length, estimate.mean, estimate.variance, bootstrap, indices);
    }

    private record Estimate(double mean, double variance, double[] first, double[] total) {
    }

    /**
     * Computes the indices over the base rows {@code rows} (with repeats for a bootstrap resample). A resample
     * without variance gives NaN indices, which the percentile interval ignores.
     */
    private static Estimate estimate(double[] fa, double[] fb, double[][] fab, int[] rows) {
        int n = rows.length;
        int d = fab.length;
        double sum = 0;
        for (int j : rows) {
            sum += fa[j] + fb[j];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int j : rows) {
            double da = fa[j] - mean;
            double db = fb[j] - mean;
            squares += da * da + db * db;
        }
        double variance = squares / (2.0 * n);
        double[] first = new double[d];
        double[] total = new double[d];
        for (int i = 0; i < d; i++) {
            double[] fi = fab[i];
            double firstSum = 0;
            double totalSum = 0;
            for (int j : rows) {
                // Centring f_B leaves the estimator's expectation unchanged and removes the variance a large mean
                // would add to it.
                firstSum += (fb[j] - mean) * (fi[j] - fa[j]);
                double difference = fa[j] - fi[j];
                totalSum += difference * difference;
            }
            first[i] = variance > 0 ? firstSum / n / variance : Double.NaN;
            total[i] = variance > 0 ? totalSum / (2.0 * n) / variance : Double.NaN;
        }
        return new Estimate(mean, variance, first, total);
    }
}
