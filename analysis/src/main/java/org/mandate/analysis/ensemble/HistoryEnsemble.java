package org.mandate.analysis.ensemble;

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
     * point {@code d}. {@code progress} hears the number of draws done, in order, on the calling thread.
     */
    public double[][][] run(int threads, LongConsumer progress) throws InterruptedException {
        double[][][] out = new double[(int) experiment.runs()][][];
        try {
            run(0, threads, false, (from, slice, text) -> {
                System.arraycopy(slice, 0, out, (int) from, slice.length);
                progress.accept(from + slice.length);
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** What receives the draws of an ensemble, slice by slice in draw order, on the thread that runs it. */
    @FunctionalInterface
    public interface Slices {
        /**
         * Takes the outcomes of draws {@code from} to {@code from + slice.length - 1} ({@code slice[i][d][j]}), and
         * their CSV rows when asked for, else null.
         */
        void accept(long from, double[][][] slice, byte[] rows) throws java.io.IOException;
    }

    /**
     * Runs draws {@code from} to the last, {@value #SLICE} at a time on {@code threads} workers, and hands each slice
     * to {@code sink} in draw order on the calling thread (with its CSV rows, made by the worker, when
     * {@code rows}). What a slice holds depends only on its draws, never on the threads.
     */
    public void run(long from, int threads, boolean rows, Slices sink)
            throws InterruptedException, java.io.IOException {
        long n = experiment.runs();
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "history-worker");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<Future<Slice>> inFlight = new java.util.ArrayDeque<>();
        long next = from;
        try {
            while (next < n || !inFlight.isEmpty()) {
                // keep every worker busy while this thread writes what is done, in order
                while (next < n && inFlight.size() < 4 * workers) {
                    long a = next;
                    long b = Math.min(n, a + SLICE);
                    inFlight.add(pool.submit(() -> slice(a, b, rows)));
                    next = b;
                }
                Slice done = inFlight.removeFirst().get();
                sink.accept(done.from, done.results, done.rows);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Draws a slice holds, at most. */
    public static final int SLICE = 16;

    private record Slice(long from, double[][][] results, byte[] rows) {
    }

    private Slice slice(long from, long to, boolean rows) {
        double[][][] out = new double[(int) (to - from)][][];
        StringBuilder text = rows ? new StringBuilder() : null;
        for (long k = from; k < to; k++) {
            double[] v = values(k);
            double[][] row = new double[specs.length][];
            for (int d = 0; d < specs.length; d++) {
                row[d] = outcomes(d, v, (int) k);
            }
            out[(int) (k - from)] = row;
            if (text != null) {
                rows(text, k, v, row);
            }
        }
        return new Slice(from, out, text == null ? null : text.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The header of the CSV rows: experiment, run, seed, design point, the inputs' paths, the outcomes. */
    public String header() {
        StringBuilder head = new StringBuilder("experiment,run,seed,design_point");
        for (String path : paths) {
            head.append(',').append(path);
        }
        for (HistoryOutcome o : experiment.outcomes()) {
            head.append(",\"").append(o.text().replace("\"", "\"\"")).append('"');
        }
        return head.append('\n').toString();
    }

    /** Appends the CSV rows of draw {@code k}, one per design point: its input values and its outcomes. */
    private void rows(StringBuilder out, long k, double[] values, double[][] outcomes) {
        for (int d = 0; d < outcomes.length; d++) {
            out.append(experiment.id()).append(',').append(k).append(',').append(seedOf(k)).append(',').append(d);
            for (double value : values) {
                out.append(',').append(num(value));
            }
            for (double value : outcomes[d]) {
                out.append(',').append(num(value));
            }
            out.append('\n');
        }
    }

    /** A value as the rows write it: empty for none, an integer when whole, else six decimals. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(java.util.Locale.ROOT, "%.6f", v);
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
        Tally t = new Tally(specs.length, experiment.outcomes().size());
        for (double[][] row : results) {
            t.add(row);
        }
        return summarise(t);
    }

    /** Summaries of every outcome at every design point from a tally of the draws: {@code [d][j]}. */
    public Summary[][] summarise(Tally t) {
        int points = specs.length;
        int outs = experiment.outcomes().size();
        Summary[][] s = new Summary[points][outs];
        for (int d = 0; d < points; d++) {
            for (int j = 0; j < outs; j++) {
                HistoryOutcome o = experiment.outcomes().get(j);
                int c = d * outs + j;
                double sum = t.sum[c];
                double sq = t.sq[c];
                long n = t.n[c];
                long yes = t.yes[c];
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

    /** An empty tally for this experiment's design points and outcomes. */
    public Tally tally() {
        return new Tally(specs.length, experiment.outcomes().size());
    }

    /**
     * The running sums the summaries are made of, per design point and outcome: the sum and the sum of squares of
     * the values, the number of draws with a value and of those above 0. Draws are added in draw order, so a tally
     * saved at a checkpoint and carried on holds exactly the sums of an uninterrupted ensemble.
     */
    public static final class Tally {
        private final int outcomes;
        private final double[] sum;
        private final double[] sq;
        private final long[] n;
        private final long[] yes;

        Tally(int points, int outcomes) {
            this.outcomes = outcomes;
            sum = new double[points * outcomes];
            sq = new double[sum.length];
            n = new long[sum.length];
            yes = new long[sum.length];
        }

        /** Adds one draw: {@code row[d][j]}. */
        public void add(double[][] row) {
            for (int d = 0; d < row.length; d++) {
                for (int j = 0; j < outcomes; j++) {
                    double v = row[d][j];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    int c = d * outcomes + j;
                    n[c]++;
                    sum[c] += v;
                    sq[c] += v * v;
                    if (v > 0) {
                        yes[c]++;
                    }
                }
            }
        }

        /** The sums, then the sums of squares, then the counts, then the counts above 0, as one array. */
        public double[] toArray() {
            int m = sum.length;
            double[] out = new double[4 * m];
            for (int c = 0; c < m; c++) {
                out[c] = sum[c];
                out[m + c] = sq[c];
                out[2 * m + c] = n[c];
                out[3 * m + c] = yes[c];
            }
            return out;
        }

        /** Restores what {@link #toArray} gave. */
        public void fromArray(double[] a) {
            int m = sum.length;
            if (a.length != 4 * m) {
                throw new IllegalArgumentException("expected " + 4 * m + " numbers in a tally, got " + a.length);
            }
            for (int c = 0; c < m; c++) {
                sum[c] = a[c];
                sq[c] = a[m + c];
                n[c] = (long) a[2 * m + c];
                yes[c] = (long) a[3 * m + c];
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
