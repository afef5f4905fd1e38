package org.mandate.analysis.ensemble;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Parameters;
import org.mandate.core.engine.RunResult;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DesignPoint;

/**
 * Runs an ensemble: every run at every design point, on common random numbers (run {@code k} uses the same input
 * values at every design point).
 *
 * <p>Slices of consecutive runs go to worker threads; each worker has its own engines and parameters and formats
 * its slice's rows itself (as CSV text, or as the sink {@linkplain RowSink#prepare prepares} them: a Parquet row
 * group). The coordinating thread writes the slices in run order and merges their summaries, so
 * the rows and the summary are identical at any thread count. At most a few slices are in flight, so memory stays
 * bounded whatever the number of runs.
 */
public final class EnsembleRunner {
    /** Runs per slice, unless the sink wishes for more rows a slice. */
    public static final int SLICE = 1024;
    /** Runs per slice at most, when the sink wishes for more rows a slice: a whole number of {@link #SLICE}s. */
    public static final int MAX_SLICE = 16 * SLICE;

    /** Told how far the ensemble has got. */
    public interface Progress {
        /** {@code done} of {@code total} runs are written. */
        void update(long done, long total);
    }

    private final EnsembleSetup setup;
    private final int threads;
    private final RowLayout layout;

    /** A runner for the setup on the given number of threads, its rows one per run and design point. */
    public EnsembleRunner(EnsembleSetup setup, int threads) {
        this(setup, threads, RowLayout.LONG);
    }

    /** A runner for the setup on the given number of threads, its rows laid out as {@code layout} says. */
    public EnsembleRunner(EnsembleSetup setup, int threads, RowLayout layout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.setup = setup;
        this.threads = threads;
        this.layout = layout;
    }

    /** The CSV header of the runner's layout. */
    public String header() {
        if (layout == RowLayout.WIDE) {
            return wideHeader(setup);
        }
        StringBuilder sb = new StringBuilder("experiment,scenario,design");
        for (DesignFactor f : setup.spec.factors()) {
            sb.append(',').append(Csv.field(f.name()));
        }
        sb.append(",run,seed");
        for (String name : setup.inputNames()) {
            sb.append(',').append(Csv.field(name));
        }
        CompiledScenario c = setup.compiled[0];
        for (int k = 0; k < c.cellCount(); k++) {
            String cell = c.episodeOf(k) + "." + c.organizationOf(k);
            sb.append(',').append(Csv.field(cell + ".decided")).append(',').append(Csv.field(cell + ".implemented"));
        }
        return sb.append('\n').toString();
    }

    /**
     * The CSV header of the wide layout: one row per run, the inputs once, then every design point's levels (columns
     * named design point, episode, organization and field, as {@code d3.june-2010.OSCE.implemented}).
     */
    static String wideHeader(EnsembleSetup setup) {
        StringBuilder sb = new StringBuilder("experiment,scenario,run,seed");
        for (String name : setup.inputNames()) {
            sb.append(',').append(Csv.field(name));
        }
        for (String name : wideLevelNames(setup)) {
            sb.append(',').append(Csv.field(name));
        }
        return sb.append('\n').toString();
    }

    /** The names of the wide layout's level columns, in order. */
    static List<String> wideLevelNames(EnsembleSetup setup) {
        List<String> names = new java.util.ArrayList<>();
        CompiledScenario c = setup.compiled[0];
        for (DesignPoint p : setup.points) {
            for (int k = 0; k < c.cellCount(); k++) {
                String cell = p.id() + "." + c.episodeOf(k) + "." + c.organizationOf(k);
                names.add(cell + ".decided");
                names.add(cell + ".implemented");
            }
        }
        return names;
    }

    /**
     * Runs from {@code from} to the end, adding to {@code summary} and writing to {@code sink}.
     *
     * @return the summary
     */
    public EnsembleSummary run(long from, EnsembleSummary summary, RowSink sink, Progress progress)
            throws IOException, InterruptedException {
        return run(from, setup.spec.runs(), summary, sink, progress);
    }

    /**
     * Runs {@code from} to {@code to - 1} (a shard, or what is left of one), adding to {@code summary} and writing to
     * {@code sink}. Run {@code k} draws the same values whichever range it is run in, so the rows of consecutive
     * ranges, concatenated, are the rows of one run over all of them. {@code progress} is told the run reached and
     * {@code to}.
     *
     * @return the summary
     */
    public EnsembleSummary run(long from, long to, EnsembleSummary summary, RowSink sink, Progress progress)
            throws IOException, InterruptedException {
        if (from < 0 || to > setup.spec.runs() || from > to) {
            throw new IllegalArgumentException("expected runs from 0 to " + setup.spec.runs() + ", was " + from
                    + " to " + to);
        }
        long total = to;
        int slice = runsPerSlice(sink.rowsPerSlice());
        boolean text = sink.needsRows() && sink.needsText();
        boolean keep = sink.needsRows();
        if (threads == 1) {
            Worker worker = new Worker();
            for (long next = from; next < total; next += slice) {
                Slice s = worker.slice(next, Math.min(total, next + slice), text, keep, sink);
                summary.merge(s.summary);
                sink.write(s.rows, s.from, s.values, s.levels, s.prepared, s.end, summary);
                if (progress != null) {
                    progress.update(s.end, total);
                }
            }
            return summary;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ensemble-worker");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        try {
            ArrayDeque<Future<Slice>> inflight = new ArrayDeque<>();
            long next = from;
            while (next < total || !inflight.isEmpty()) {
                while (inflight.size() < 2 * threads && next < total) {
                    long a = next;
                    long b = Math.min(total, next + slice);
                    inflight.add(pool.submit(() -> workers.get().slice(a, b, text, keep, sink)));
                    next = b;
                }
                Slice s = inflight.poll().get();
                summary.merge(s.summary);
                sink.write(s.rows, s.from, s.values, s.levels, s.prepared, s.end, summary);
                if (progress != null) {
                    progress.update(s.end, total);
                }
            }
            return summary;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs per slice for a sink that wishes for {@code rows} rows a slice: {@link #SLICE}, or as many whole
     * {@code SLICE}s as hold that many rows of the layout (one a run in the wide layout, one a run and design point in
     * the long one), at most {@link #MAX_SLICE}.
     */
    int runsPerSlice(int rows) {
        if (rows <= 0) {
            return SLICE;
        }
        int rowsPerRun = layout == RowLayout.WIDE ? 1 : setup.compiled.length;
        long runs = (rows + rowsPerRun - 1L) / rowsPerRun;
        return (int) Math.min(MAX_SLICE, Math.max(1, (runs + SLICE - 1) / SLICE) * SLICE);
    }

    /** A computed slice: its rows, what the sink prepared of them, where it ends, and its summary. */
    private record Slice(byte[] rows, long from, double[] values, byte[] levels, Object prepared, long end,
                         EnsembleSummary summary) {
    }

    /** One thread's engines and scratch space. */
    private final class Worker {
        final Engine[] engines;
        final Parameters[] params;
        final RunResult result;
        final double[] values;
        final AsciiBuffer sb = new AsciiBuffer(1 << 18);
        final byte[][] pointPrefix;
        final byte[] widePrefix;
        final int[] leader;
        // per design point and cell: the earlier design point that decides the cell the same way, or -1 to decide it
        final int[][] sameAs;
        final boolean[][] own;
        final AsciiBuffer valueText = new AsciiBuffer(256);
        // levels of a slice when the sink keeps none: reused, as nothing outlives the slice
        byte[] scratch = new byte[0];

        Worker() {
            int points = setup.compiled.length;
            engines = new Engine[points];
            params = new Parameters[points];
            for (int d = 0; d < points; d++) {
                engines[d] = new Engine(setup.compiled[d]);
                params[d] = setup.compiled[d].parameters();
            }
            int cells = setup.compiled[0].cellCount();
            result = new RunResult(cells);
            values = new double[setup.inputs()];
            String prefix = Csv.field(setup.spec.id()) + "," + Csv.field(setup.spec.scenario().id()) + ",";
            widePrefix = prefix.getBytes(StandardCharsets.UTF_8);
            leader = new int[points];
            for (int d = 0; d < points; d++) {
                leader[d] = d;
                for (int e = 0; e < d; e++) {
                    if (leader[e] == e && setup.compiled[e].stanceSignature()
                            .equals(setup.compiled[d].stanceSignature())) {
                        leader[d] = e;
                        break;
                    }
                }
            }
            sameAs = new int[points][cells];
            own = new boolean[points][cells];
            for (int d = 0; d < points; d++) {
                for (int k = 0; k < cells; k++) {
                    sameAs[d][k] = -1;
                    own[d][k] = true;
                    if (leader[d] == d) {
                        continue;
                    }
                    String signature = setup.compiled[d].decisionSignature(k);
                    for (int e = 0; e < d; e++) {
                        if (leader[e] == leader[d] && sameAs[e][k] < 0
                                && setup.compiled[e].decisionSignature(k).equals(signature)) {
                            sameAs[d][k] = e;
                            own[d][k] = false;
                            break;
                        }
                    }
                }
            }
            List<DesignPoint> ps = setup.points;
            pointPrefix = new byte[points][];
            for (int d = 0; d < points; d++) {
                StringBuilder p = new StringBuilder(prefix).append(ps.get(d).id());
                for (String level : ps.get(d).levels()) {
                    p.append(',').append(Csv.field(level));
                }
                pointPrefix[d] = p.append(',').toString().getBytes(StandardCharsets.UTF_8);
            }
        }

        /**
         * Runs {@code from} to {@code to - 1}: every design point on each run's draws, the levels into one array
         * (run by run, design point by design point, cell by cell, decided then implemented) that the summary
         * counts, and the rows formatted as CSV when {@code text}, or prepared by the sink when it keeps rows without
         * text.
         */
        Slice slice(long from, long to, boolean text, boolean keep, RowSink sink) throws IOException {
            sb.clear();
            int points = engines.length;
            int cells = result.cells();
            int perRun = points * cells * 2;
            int runs = (int) (to - from);
            EnsembleSummary local = new EnsembleSummary(points, cells);
            double[] all = keep ? new double[runs * values.length] : null;
            byte[] codes;
            if (keep) {
                codes = new byte[runs * perRun];
            } else {
                if (scratch.length < runs * perRun) {
                    scratch = new byte[runs * perRun];
                }
                codes = scratch;
            }
            boolean wide = layout == RowLayout.WIDE;
            for (long k = from; k < to; k++) {
                int run = (int) (k - from);
                setup.values(k, values);
                if (keep) {
                    System.arraycopy(values, 0, all, run * values.length, values.length);
                }
                if (text) {
                    valueText.clear();
                    valueText.append(k).append(',').append(setup.seedOf(k));
                    for (double v : values) {
                        valueText.append(',').number(v);
                    }
                    if (wide) {
                        sb.append(widePrefix).append(valueText);
                    }
                }
                int code = run * perRun;
                for (int d = 0; d < points; d++) {
                    if (leader[d] == d) {
                        // every run sets every bound input, so nothing else in p ever changes: no reset needed
                        Parameters p = params[d];
                        for (int i = 0; i < values.length; i++) {
                            setup.bindings[d][i].set(p, values[i]);
                        }
                        engines[d].run(p, result);
                    } else {
                        // cells decided as at an earlier design point are copied from its levels below
                        engines[d].runReusing(engines[leader[d]], params[leader[d]], result, own[d]);
                    }
                    if (text && !wide) {
                        sb.append(pointPrefix[d]).append(valueText);
                    }
                    for (int c = 0; c < cells; c++) {
                        int dec;
                        int imp;
                        if (own[d][c]) {
                            dec = result.decided(c);
                            imp = result.implemented(c);
                        } else {
                            int at = run * perRun + (sameAs[d][c] * cells + c) * 2;
                            dec = codes[at];
                            imp = codes[at + 1];
                        }
                        codes[code++] = (byte) dec;
                        codes[code++] = (byte) imp;
                        if (text) {
                            sb.append(',').append((char) ('0' + dec)).append(',').append((char) ('0' + imp));
                        }
                    }
                    if (text && !wide) {
                        sb.append('\n');
                    }
                }
                if (text && wide) {
                    sb.append('\n');
                }
                local.add(codes, run * perRun);
            }
            byte[] levels = text || !keep ? null : codes;
            Object prepared = keep && !text ? sink.prepare(levels, from, all, to) : null;
            return new Slice(text ? sb.toBytes() : new byte[0], from, all, levels, prepared, to, local);
        }
    }
}
