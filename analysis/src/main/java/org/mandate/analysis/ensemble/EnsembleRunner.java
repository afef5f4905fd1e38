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
 * its slice's rows itself. The coordinating thread writes the slices in run order and merges their summaries, so
 * the rows and the summary are identical at any thread count. At most a few slices are in flight, so memory stays
 * bounded whatever the number of runs.
 */
public final class EnsembleRunner {
    /** Runs per slice. */
    public static final int SLICE = 1024;

    /** Told how far the ensemble has got. */
    public interface Progress {
        /** {@code done} of {@code total} runs are written. */
        void update(long done, long total);
    }

    private final EnsembleSetup setup;
    private final int threads;

    /** A runner for the setup on the given number of threads. */
    public EnsembleRunner(EnsembleSetup setup, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.setup = setup;
        this.threads = threads;
    }

    /** The CSV header: one row per run and design point. */
    public String header() {
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
        boolean text = sink.needsText();
        if (threads == 1) {
            Worker worker = new Worker();
            for (long next = from; next < total; next += SLICE) {
                Slice s = worker.slice(next, Math.min(total, next + SLICE), text);
                summary.merge(s.summary);
                sink.write(s.rows, s.from, s.values, s.levels, s.end, summary);
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
                    long b = Math.min(total, next + SLICE);
                    inflight.add(pool.submit(() -> workers.get().slice(a, b, text)));
                    next = b;
                }
                Slice s = inflight.poll().get();
                summary.merge(s.summary);
                sink.write(s.rows, s.from, s.values, s.levels, s.end, summary);
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
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A computed slice: its rows, where it ends, and its summary. */
    private record Slice(byte[] rows, long from, double[] values, byte[] levels, long end, EnsembleSummary summary) {
    }

    /** One thread's engines and scratch space. */
    private final class Worker {
        final Engine[] engines;
        final Parameters[] params;
        final RunResult result;
        final double[] values;
        final int[][][] levels;
        final AsciiBuffer sb = new AsciiBuffer(1 << 18);
        final byte[][] pointPrefix;
        final int[] leader;
        final AsciiBuffer valueText = new AsciiBuffer(256);

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
            levels = new int[points][cells][2];
            String prefix = Csv.field(setup.spec.id()) + "," + Csv.field(setup.spec.scenario().id()) + ",";
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

        Slice slice(long from, long to, boolean text) {
            sb.clear();
            int points = engines.length;
            int cells = result.cells();
            EnsembleSummary local = new EnsembleSummary(points, cells);
            double[] all = new double[(int) (to - from) * values.length];
            byte[] codes = text ? null : new byte[(int) (to - from) * points * cells * 2];
            int code = 0;
            for (long k = from; k < to; k++) {
                setup.values(k, values);
                System.arraycopy(values, 0, all, (int) (k - from) * values.length, values.length);
                long seed = setup.seedOf(k);
                if (text) {
                    valueText.clear();
                    valueText.append(k).append(',').append(seed);
                    for (double v : values) {
                        valueText.append(',').number(v);
                    }
                }
                for (int d = 0; d < points; d++) {
                    if (leader[d] == d) {
                        // every run sets every bound input, so nothing else in p ever changes: no reset needed
                        Parameters p = params[d];
                        for (int i = 0; i < values.length; i++) {
                            setup.bindings[d][i].set(p, values[i]);
                        }
                        engines[d].run(p, result);
                    } else {
                        engines[d].runReusing(engines[leader[d]], params[leader[d]], result);
                    }
                    if (text) {
                        sb.append(pointPrefix[d]).append(valueText);
                    }
                    for (int c = 0; c < cells; c++) {
                        int dec = result.decided(c);
                        int imp = result.implemented(c);
                        levels[d][c][0] = dec;
                        levels[d][c][1] = imp;
                        if (text) {
                            sb.append(',').append((char) ('0' + dec)).append(',').append((char) ('0' + imp));
                        } else {
                            codes[code++] = (byte) dec;
                            codes[code++] = (byte) imp;
                        }
                    }
                    if (text) {
                        sb.append('\n');
                    }
                }
                local.add(levels);
            }
            return new Slice(text ? sb.toBytes() : new byte[0], from, all, codes, to, local);
        }
    }
}
