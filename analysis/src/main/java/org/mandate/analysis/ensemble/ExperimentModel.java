package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mandate.analysis.discovery.Column;
import org.mandate.analysis.sampling.Design;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Parameters;
import org.mandate.core.engine.RunResult;
import org.mandate.core.experiment.DesignFactor;

/**
 * An experiment seen as a function of the unit cube, for sensitivity analysis and scenario discovery: the first
 * columns are the uncertain inputs (through their distributions), the last the design factors (each uniform picks
 * one of the factor's levels, all equally likely). Evaluating a design gives every cell's decided and implemented
 * level for each row, computed in parallel and stored by row, so results do not depend on the thread count.
 */
public final class ExperimentModel {
    private final EnsembleSetup setup;
    private final int continuous;
    private final int[] sizes;

    /** The model of an experiment. */
    public ExperimentModel(EnsembleSetup setup) {
        this.setup = setup;
        this.continuous = setup.inputs();
        List<DesignFactor> factors = setup.spec().factors();
        sizes = new int[factors.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = factors.get(i).levels().size();
        }
    }

    /** Number of columns: uncertain inputs, then design factors. */
    public int dimension() {
        return continuous + sizes.length;
    }

    /** Column names, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(setup.inputNames());
        for (DesignFactor f : setup.spec().factors()) {
            names.add(f.name());
        }
        return names;
    }

    /** The columns as PRIM sees them. */
    public List<Column> columns() {
        List<Column> cols = new ArrayList<>();
        for (String n : setup.inputNames()) {
            cols.add(Column.continuous(n));
        }
        for (DesignFactor f : setup.spec().factors()) {
            cols.add(Column.categorical(f.name(), f.levels().toArray(String[]::new)));
        }
        return cols;
    }

    /** The values of a row of uniforms: input values, then each factor's level index. */
    public double[] values(double[] u) {
        double[] v = new double[dimension()];
        for (int i = 0; i < continuous; i++) {
            v[i] = setup.rounded(i, u[i]);
        }
        for (int j = 0; j < sizes.length; j++) {
            v[continuous + j] = level(u[continuous + j], sizes[j]);
        }
        return v;
    }

    private static int level(double u, int size) {
        return Math.min(size - 1, Math.max(0, (int) Math.floor(u * size)));
    }

    private int point(double[] u) {
        int index = 0;
        for (int j = 0; j < sizes.length; j++) {
            index = index * sizes[j] + level(u[continuous + j], sizes[j]);
        }
        return index;
    }

    /**
     * Evaluates every row of the design: {@code result[row][2 * cell]} is the decided level and
     * {@code result[row][2 * cell + 1]} the implemented level.
     */
    public byte[][] evaluate(Design design, int threads) throws InterruptedException {
        int rows = design.rows();
        byte[][] out = new byte[rows][];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "model-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(64, rows / (threads * 8) + 1);
            for (int a = 0; a < rows; a += chunk) {
                int from = a;
                int to = Math.min(rows, a + chunk);
                futures.add(pool.submit(() -> {
                    Worker w = new Worker();
                    for (int k = from; k < to; k++) {
                        out[k] = w.run(design.row(k));
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

    private final class Worker {
        final Engine[] engines = new Engine[setup.compiled.length];
        final Parameters[] base = new Parameters[setup.compiled.length];
        final Parameters params;
        final RunResult result = new RunResult(setup.compiled[0].cellCount());

        Worker() {
            for (int d = 0; d < engines.length; d++) {
                engines[d] = new Engine(setup.compiled[d]);
                base[d] = setup.compiled[d].parameters();
            }
            params = setup.compiled[0].parameters();
        }

        byte[] run(double[] u) {
            int d = point(u);
            params.copyFrom(base[d]);
            for (int i = 0; i < continuous; i++) {
                setup.bindings[d][i].set(params, setup.rounded(i, u[i]));
            }
            engines[d].run(params, result);
            byte[] levels = new byte[2 * result.cells()];
            for (int c = 0; c < result.cells(); c++) {
                levels[2 * c] = (byte) result.decided(c);
                levels[2 * c + 1] = (byte) result.implemented(c);
            }
            return levels;
        }
    }
}
