package org.mandate.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.explain.Attributor;
import org.mandate.core.explain.CellAttribution;
import org.mandate.core.scenario.ScenarioLoader;
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
 * The attribution of every cell of the 2010 Kyrgyzstan scenario: 2^15 runs of the six cells under every set of
 * mechanisms switched off, then exact Shapley values and minimal sufficient sets for each decided and implemented
 * level.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AttributionBenchmark {
    private CompiledScenario compiled;

    /** Loads and compiles the example once. */
    @Setup(Level.Trial)
    public void load() throws Exception {
        Path file = Path.of(System.getProperty("mandate.scenario", "examples/kyrgyzstan-2010.yaml"));
        compiled = CompiledScenario.compile(ScenarioLoader.load(file).scenario());
    }

    /** All six cells attributed. */
    @Benchmark
    public List<CellAttribution> attribute() {
        return Attributor.attribute(compiled);
    }
}
