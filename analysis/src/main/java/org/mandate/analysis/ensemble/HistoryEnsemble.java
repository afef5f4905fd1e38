package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.analysis.sampling.Design;
import org.mandate.analysis.sampling.Distribution;
import org.mandate.analysis.stats.ProportionEstimate;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.history.HistoryEngine;
import org.mandate.core.history.HistoryExperiment;
import org.mandate.core.history.HistoryFactor;
import org.mandate.core.history.HistoryInputs;
import org.mandate.core.history.HistoryOutcome;
import org.mandate.core.history.HistorySpec;

/**
 * An experiment on a history made ready to run: one history per design point, the uncertain inputs' distributions,
 * and the sampling design that gives draw {@code k} its uniforms. Draw {@code k} runs at every design point (common
 * random numbers); results are stored by draw, so they do not depend on the thread count.
 */
public final class HistoryEnsemble {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final HistoryExperiment experiment;
    private final List<List<String>> points;
    private final HistorySpec[] specs;
    private final Distribution[] distributions;
    private final Design design;
    private final List<String> paths;

    /** Prepares the experiment. */
    public HistoryEnsemble(HistoryExperiment experiment) {
        this.experiment = experiment;
        this.points = experiment.designPoints();
        this.paths = experiment.paths();
        specs = new HistorySpec[points.size()];
        for (int d = 0; d < specs.length; d++) {
            specs[d] = experiment.at(points.get(d));
        }
        distributions = new Distribution[experiment.uncertain().size()];
        for (int i = 0; i < distributions.length; i++) {
            distributions[i] = Samplers.of(experiment.uncertain().get(i).distribution());
        }
        int n = (int) experiment.runs();
        RandomGenerator root = FACTORY.create(experiment.seed());
        int dims = Math.max(1, distributions.length);
        design = switch (experiment.sampling()) {
            case MONTE_CARLO -> null;
            case LATIN_HYPERCUBE -> Design.latinHypercube(n, dims, root);
            case SOBOL -> Design.shiftedSobol(n, dims, root);
        };
    }

    /** The experiment. */
    public HistoryExperiment experiment() {
        return experiment;
    }

    /** The design points' levels, in order. */
    public List<List<String>> points() {
        return points;
    }

    /** The seed of draw {@code k}'s own stream (Monte Carlo), or the master seed for joint designs. */
    public long seedOf(long k) {
        return experiment.sampling() == Sampling.MONTE_CARLO ? mix(experiment.seed() + (k + 1) * GOLDEN_GAMMA)
                : experiment.seed();
    }

    /** Draw {@code k}'s input values, rounded as recorded. */
    public double[] values(long k) {
        double[] u;
        if (design == null) {
            RandomGenerator r = new java.util.SplittableRandom(seedOf(k));
            u = new double[distributions.length];
            for (int i = 0; i < u.length; i++) {
                u[i] = ((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
            }
        } else {
            u = design.row((int) k);
        }
        double[] v = new double[distributions.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = EnsembleSetup.round(distributions[i].quantile(u[i]));
        }
        return v;
    }

    /** The outcomes of one history with the given input values at a design point. */
    public double[] outcomes(int point, double[] values, int run) {
        HistorySpec spec = paths.isEmpty() ? specs[point] : HistoryInputs.apply(specs[point], paths, values);
        return HistoryEngine.outcomes(spec, experiment.outcomes());
    }

    /**
     * Runs every draw at every design point: {@code result[k][d][j]} is outcome {@code j} of draw {@code k} at design
     * point {@code d}. {@code progress} hears the number of draws done, from the calling thread's point of view in no
     * particular order.
     */
    public double[][][] run(int threads, LongConsumer progress) throws InterruptedException {
        int n = (int) experiment.runs();
        double[][][] out = new double[n][][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "history-worker");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, n / (Math.max(1, threads) * 16) + 1);
            for (int a = 0; a < n; a += chunk) {
                int from = a;
                int to = Math.min(n, a + chunk);
                futures.add(pool.submit(() -> {
                    for (int k = from; k < to; k++) {
                        double[] v = values(k);
                        double[][] row = new double[specs.length][];
                        for (int d = 0; d < specs.length; d++) {
                            row[d] = outcomes(d, v, k);
                        }
                        out[k] = row;
                        progress.accept(done.incrementAndGet());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The experiment as a function of the unit cube for sensitivity and discovery: the first columns are the
     * uncertain inputs (through their distributions), the last the design factors (each uniform picks a level).
     */
    public double[] atUniforms(double[] u, int run) {
        double[] v = new double[distributions.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = EnsembleSetup.round(distributions[i].quantile(u[i]));
        }
        int index = 0;
        List<HistoryFactor> factors = experiment.factors();
        for (int j = 0; j < factors.size(); j++) {
            int size = factors.get(j).levels().size();
            int level = Math.min(size - 1, Math.max(0, (int) Math.floor(u[v.length + j] * size)));
            index = index * size + level;
        }
        return outcomes(index, v, run);
    }

    /** Columns of the unit cube: inputs, then factors. */
    public int dimension() {
        return distributions.length + experiment.factors().size();
    }

    /** Input values and factor level indices of a row of uniforms (for discovery's readable rules). */
    public double[] valuesAt(double[] u) {
        double[] out = new double[dimension()];
        for (int i = 0; i < distributions.length; i++) {
            out[i] = EnsembleSetup.round(distributions[i].quantile(u[i]));
        }
        for (int j = 0; j < experiment.factors().size(); j++) {
            int size = experiment.factors().get(j).levels().size();
            out[distributions.length + j] = Math.min(size - 1, Math.max(0, (int) Math.floor(
                    u[distributions.length + j] * size)));
        }
        return out;
    }

    /**
     * The summary of one outcome at one design point over all draws.
     *
     * @param mean     the mean (for a yes/no outcome, the share of yes)
     * @param low      the lower end of its 95% interval (Wilson for yes/no, normal for the mean)
     * @param high     the upper end
     * @param n        draws with a value
     */
    public record Summary(double mean, double low, double high, long n) {
    }

    /** Summaries of every outcome at every design point: {@code [d][j]}. */
    public Summary[][] summarise(double[][][] results) {
        int points = specs.length;
        int outs = experiment.outcomes().size();
        Summary[][] s = new Summary[points][outs];
        for (int d = 0; d < points; d++) {
            for (int j = 0; j < outs; j++) {
                HistoryOutcome o = experiment.outcomes().get(j);
                double sum = 0;
                double sq = 0;
                long n = 0;
                long yes = 0;
                for (double[][] row : results) {
                    double v = row[d][j];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    n++;
                    sum += v;
                    sq += v * v;
                    if (v > 0) {
                        yes++;
                    }
                }
                if (n == 0) {
                    s[d][j] = new Summary(Double.NaN, Double.NaN, Double.NaN, 0);
                } else if (o.binary()) {
                    ProportionEstimate p = ProportionEstimate.wilson(yes, n);
                    s[d][j] = new Summary(p.estimate(), p.interval().lower(), p.interval().upper(), n);
                } else {
                    double mean = sum / n;
                    double var = n > 1 ? Math.max(0, (sq - n * mean * mean) / (n - 1)) : 0;
                    double half = 1.959963984540054 * Math.sqrt(var / n);
                    s[d][j] = new Summary(mean, mean - half, mean + half, n);
                }
            }
        }
        return s;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
