package org.mandate.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mandate.core.history.HistoryEngine;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;
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
 * library's crises decided inside it), without and with the per-step rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryBenchmark {
    private HistorySpec spec;

    /** Loads the history once. */
    @Setup(Level.Trial)
    public void load() throws Exception {
        spec = HistoryLoader.load(Path.of(System.getProperty("mandate.history", "examples/central-asia.yaml")));
    }

    /** The ensemble path: events and crises only. */
    @Benchmark
    public HistoryResult run() {
        return HistoryEngine.run(spec, 0, false);
    }

    /** With a row per state, organization and membership at every step. */
    @Benchmark
    public HistoryResult runWithRows() {
        return HistoryEngine.run(spec, 0, true);
    }
}
