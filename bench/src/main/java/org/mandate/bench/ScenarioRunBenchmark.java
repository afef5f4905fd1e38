package org.mandate.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Outcome;
import org.mandate.core.engine.Parameters;
import org.mandate.core.engine.RunResult;
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
 * One full run of the 2010 Kyrgyzstan scenario: both episodes, three organizations, every member (7, 6 and 56), with
 * and without the explanation trace (pivotal actors, reasons and stances).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScenarioRunBenchmark {
    private CompiledScenario compiled;
    private Engine engine;
    private Parameters parameters;
    private RunResult result;

    /** Loads and compiles the example once. */
    @Setup(Level.Trial)
    public void load() throws Exception {
        Path file = Path.of(System.getProperty("mandate.scenario", "examples/kyrgyzstan-2010.yaml"));
        compiled = CompiledScenario.compile(ScenarioLoader.load(file).scenario());
        engine = new Engine(compiled);
        parameters = compiled.parameters();
        result = new RunResult(compiled.cellCount());
    }

    /** The ensemble path: levels and stages only. */
    @Benchmark
    public RunResult run() {
        engine.run(parameters, result);
        return result;
    }

    /** The explaining path: pivotal actors, reasons and stances for every cell. */
    @Benchmark
    public List<Outcome> explain() {
        return engine.explain(parameters);
    }
}
