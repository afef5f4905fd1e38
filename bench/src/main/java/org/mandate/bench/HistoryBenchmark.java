package org.mandate.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mandate.analysis.ensemble.HistoryEnsemble;
import org.mandate.core.history.HistoryEngine;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;
import org.mandate.core.scenario.HistoryExperimentLoader;
import org.mandate.core.scenario.HistoryLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One history of the bundled region (20 states, 3 powers, 9 organizations, 1992-2030 by quarter, with the case
 * library's crises decided inside it): without trace, with the per-step rows, and with the full trace; and one draw
 * of the bundled history experiment (its uncertain inputs drawn afresh, 1992-2012 at both design points), as an
 * ensemble runs it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryBenchmark {
    private HistorySpec spec;
    private HistoryEnsemble ensemble;
    private long draw;

    /** Loads the history once. */
    @Setup(Level.Trial)
    public void load() throws Exception {
        spec = HistoryLoader.load(Path.of(System.getProperty("mandate.history", "examples/central-asia.yaml")));
        ensemble = new HistoryEnsemble(HistoryExperimentLoader.load(Path.of(System.getProperty(
                "mandate.historyExperiment", "examples/central-asia-experiment.yaml"))).withRuns(1_000_000));
    }

    /** No trace: the crises' levels, no rows, no event texts. */
    @Benchmark
    public HistoryResult run() {
        return HistoryEngine.run(spec, 0, false, false);
    }

    /** The ensemble path: a row per state, organization and membership at every step, no event texts. */
    @Benchmark
    public HistoryResult runWithRows() {
        return HistoryEngine.run(spec, 0, true, false);
    }

    /**
     * One draw of the experiment at its two design points (two histories to 2012), the next draw at every call, so
     * that the inputs differ as in an ensemble; the crises come from the cache shared by the draws.
     */
    @Benchmark
    public double[][] ensembleDraw() {
        long k = draw++ % 1_000_000;
        double[] values = ensemble.values(k);
        return new double[][] {ensemble.outcomes(0, values, (int) k), ensemble.outcomes(1, values, (int) k)};
    }

    /** The full trace: every event with its reasons, and the rows. */
    @Benchmark
    public HistoryResult trace() {
        return HistoryEngine.run(spec, 0, true, true);
    }
}
