package org.mandate.analysis.ensemble;

import java.math.BigDecimal;
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
        run(from, experiment.runs(), threads, rows, sink);
    }

    /**
     * Runs draws {@code from} to {@code to - 1} (a shard's, or what is left of one), as
     * {@link #run(long, int, boolean, Slices)} runs them to the last: each draw draws what it draws in the whole
     * ensemble, and slices start at {@code from}.
     */
    public void run(long from, long to, int threads, boolean rows, Slices sink)
            throws InterruptedException, java.io.IOException {
        if (from < 0 || to > experiment.runs() || from > to) {
            throw new IllegalArgumentException("expected draws from 0 to " + experiment.runs() + ", was " + from
                    + " to " + to);
        }
        long n = to;
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
        Tally t = tally();
        for (double[][] row : results) {
            t.add(row);
        }
        return summarise(t);
    }

    /** Summaries of every outcome at every design point from a tally of the draws: {@code [d][j]}. */
    public Summary[][] summarise(Tally t) {
        List<Boolean> binary = new java.util.ArrayList<>();
        for (HistoryOutcome o : experiment.outcomes()) {
            binary.add(o.binary());
        }
        return summarise(t, binary);
    }

    /**
     * Summaries of every outcome at every design point from a tally of the draws, {@code [d][j]}, knowing only which
     * outcomes are yes/no ones (as a merge of shards knows it, from their summaries). Each summary depends only on
     * the tally's exact sums and counts, so it is the same, to the last bit, however the draws were added up.
     *
     * @param binary for each outcome, whether it is a yes/no one
     * @throws IllegalArgumentException when {@code binary} does not have one entry per outcome of the tally
     */
    public static Summary[][] summarise(Tally t, List<Boolean> binary) {
        int outs = t.outcomes;
        if (binary.size() != outs) {
            throw new IllegalArgumentException("expected " + outs + " outcomes, got " + binary.size());
        }
        int points = t.points;
        Summary[][] s = new Summary[points][outs];
        for (int d = 0; d < points; d++) {
            for (int j = 0; j < outs; j++) {
                int c = d * outs + j;
                long n = t.n[c];
                long yes = t.yes[c];
                if (n == 0) {
                    s[d][j] = new Summary(Double.NaN, Double.NaN, Double.NaN, 0);
                } else if (binary.get(j)) {
                    ProportionEstimate p = ProportionEstimate.wilson(yes, n);
                    s[d][j] = new Summary(p.estimate(), p.interval().lower(), p.interval().upper(), n);
                } else {
                    double mean = t.sum[c].doubleValue() / n;
                    // n sq - sum^2 = n (n - 1) var, exactly; rounded once
                    BigDecimal big = BigDecimal.valueOf(n);
                    double spread = t.sq[c].multiply(big).subtract(t.sum[c].multiply(t.sum[c])).doubleValue();
                    double var = n > 1 ? Math.max(0, spread / ((double) n * (n - 1))) : 0;
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
     * the values, the number of draws with a value and of those above 0. The sums are kept exactly (as
     * {@link BigDecimal}s: every double is one, and their sums and products are exact), so a tally does not depend on
     * the order its draws were added in: tallies of shards of draws added up ({@link #add(Tally)}), a tally restored
     * from a checkpoint and carried on, and one tally of every draw in draw order hold the same numbers.
     */
    public static final class Tally {
        private final int points;
        private final int outcomes;
        private final BigDecimal[] sum;
        private final BigDecimal[] sq;
        private final long[] n;
        private final long[] yes;

        Tally(int points, int outcomes) {
            this.points = points;
            this.outcomes = outcomes;
            sum = new BigDecimal[points * outcomes];
            sq = new BigDecimal[sum.length];
            java.util.Arrays.fill(sum, BigDecimal.ZERO);
            java.util.Arrays.fill(sq, BigDecimal.ZERO);
            n = new long[sum.length];
            yes = new long[sum.length];
        }

        /**
         * Adds one draw: {@code row[d][j]}; a NaN is no value.
         *
         * @throws IllegalArgumentException for an infinite value, which no exact sum holds
         */
        public void add(double[][] row) {
            for (int d = 0; d < row.length; d++) {
                for (int j = 0; j < outcomes; j++) {
                    double v = row[d][j];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    if (Double.isInfinite(v)) {
                        throw new IllegalArgumentException("outcome " + j + " at design point " + d + " is " + v
                                + "; expected a finite value or none");
                    }
                    int c = d * outcomes + j;
                    BigDecimal b = new BigDecimal(v);
                    n[c]++;
                    sum[c] = sum[c].add(b);
                    sq[c] = sq[c].add(b.multiply(b));
                    if (v > 0) {
                        yes[c]++;
                    }
                }
            }
        }

        /**
         * Adds another tally of the same design points and outcomes (of other draws), exactly.
         *
         * @throws IllegalArgumentException when the other tally has other dimensions
         */
        public void add(Tally other) {
            if (other.points != points || other.outcomes != outcomes) {
                throw new IllegalArgumentException("expected a tally of " + points + " design points and " + outcomes
                        + " outcomes, got " + other.points + " and " + other.outcomes);
            }
            for (int c = 0; c < sum.length; c++) {
                sum[c] = sum[c].add(other.sum[c]);
                sq[c] = sq[c].add(other.sq[c]);
                n[c] += other.n[c];
                yes[c] += other.yes[c];
            }
        }

        /**
         * The tally as decimal numbers, as a checkpoint records it: the exact sums, then the exact sums of squares,
         * then the counts, then the counts above 0, per design point and outcome; each written plainly (digits, a
         * sign, a point when it has a fraction, no exponent), so that {@link #restore} gives back the same numbers.
         */
        public List<String> state() {
            int m = sum.length;
            List<String> out = new java.util.ArrayList<>(4 * m);
            for (int c = 0; c < m; c++) {
                out.add(plain(sum[c]));
            }
            for (int c = 0; c < m; c++) {
                out.add(plain(sq[c]));
            }
            for (int c = 0; c < m; c++) {
                out.add(Long.toString(n[c]));
            }
            for (int c = 0; c < m; c++) {
                out.add(Long.toString(yes[c]));
            }
            return out;
        }

        private static String plain(BigDecimal b) {
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }

        /**
         * Replaces this tally's numbers with those {@link #state} gave.
         *
         * @throws IllegalArgumentException naming the number and its position when the state is not one of this
         *                                  tally's
         */
        public void restore(List<String> state) {
            int m = sum.length;
            if (state.size() != 4 * m) {
                throw new IllegalArgumentException("expected " + 4 * m + " numbers in a tally, got " + state.size());
            }
            BigDecimal[] s = new BigDecimal[m];
            BigDecimal[] q = new BigDecimal[m];
            long[] count = new long[m];
            long[] above = new long[m];
            for (int i = 0; i < 4 * m; i++) {
                String text = state.get(i);
                try {
                    if (i < 2 * m) {
                        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                            throw new NumberFormatException();
                        }
                        (i < m ? s : q)[i % m] = new BigDecimal(text);
                    } else {
                        long v = Long.parseLong(text);
                        if (v < 0) {
                            throw new NumberFormatException();
                        }
                        (i < 3 * m ? count : above)[i % m] = v;
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("number " + i + " of the tally is '" + text + "'; expected "
                            + (i < 2 * m ? "a decimal number such as -12.5" : "a count, 0 or more"));
                }
            }
            System.arraycopy(s, 0, sum, 0, m);
            System.arraycopy(q, 0, sq, 0, m);
            System.arraycopy(count, 0, n, 0, m);
            System.arraycopy(above, 0, yes, 0, m);
        }

        /** The tally of {@code points} design points and {@code outcomes} outcomes whose {@link #state} is given. */
        static Tally of(int points, int outcomes, List<String> state) {
            Tally t = new Tally(points, outcomes);
            t.restore(state);
            return t;
        }

        /** The exact sum of the values of outcome {@code j} at design point {@code d}. */
        public BigDecimal sum(int d, int j) {
            return sum[d * outcomes + j];
        }

        /** The exact sum of the squares of the values of outcome {@code j} at design point {@code d}. */
        public BigDecimal sumOfSquares(int d, int j) {
            return sq[d * outcomes + j];
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
