package org.mandate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.mandate.bargaining.KtabFormatException;
import org.mandate.bargaining.Profile;
import org.mandate.bargaining.SmpInput;
import org.mandate.bargaining.SmpModel;
import org.mandate.bargaining.SmpOptions;
import org.mandate.bargaining.SmpResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A JMH benchmark of the SMP bargaining engine: the full 80-actor KTAB reference run, and the
 * time per turn as the number of actors grows.
 *
 * <p>Run with {@code java -jar bench/target/benchmarks.jar SmpBenchmark}; the figures and how
 * they grow are in {@code docs/performance-bargaining.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SmpBenchmark {

    /** The number of turns of each scaling run; the score is per turn. */
    static final int TURNS = 5;

    /** The 80-actor KTAB reference scenario ({@code dummyData-a080}, 17 turns under the defaults). */
    @State(Scope.Benchmark)
    public static class Reference {
        SmpInput input;

        /** Loads the scenario and checks that the run has KTAB's 17 turns. */
        @Setup(Level.Trial)
        public void load() throws IOException, KtabFormatException {
            try (InputStream in = SmpBenchmark.class.getResourceAsStream("/ktab/dummyData-a080.csv");
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                input = SmpInput.fromKtabCsv(reader, "dummyData-a080.csv");
            }
            int turns = SmpModel.run(input, SmpOptions.ktabDefaults()).turns();
            if (turns != 17) {
                throw new IllegalStateException("dummyData-a080 should run 17 turns as in KTAB, ran " + turns);
            }
        }
    }

    /** A random scenario of a given size, run for exactly {@link #TURNS} turns. */
    @State(Scope.Benchmark)
    public static class Scaling {
        /** The number of actors. */
        @Param({"10", "20", "40", "80", "160", "320", "500"})
        public int actors;

        /** The number of dimensions. */
        @Param({"2"})
        public int dimensions;

        /** The profile. */
        @Param({"KTAB", "MANDATE"})
        public Profile profile;

        /** The seed of the scenario generator. */
        @Param({"2025"})
        public long seed;

        SmpInput input;
        SmpOptions options;

        /** Builds the scenario and checks that the run lasts exactly {@link #TURNS} turns. */
        @Setup(Level.Trial)
        public void build() {
            input = SmpScenarios.random(actors, dimensions, seed);
            options = SmpOptions.ktabDefaults().withProfile(profile).withMaxTurns(TURNS).withMinTurns(TURNS + 1);
            int turns = SmpModel.run(input, options).turns();
            if (turns != TURNS) {
                throw new IllegalStateException("the scaling run stopped after " + turns + " turns, not " + TURNS
                        + "; pick another seed");
            }
        }
    }

    /** The whole 80-actor reference run with KTAB's defaults, from input to convergence. */
    @Benchmark
    public SmpResult fullRunA080(Reference reference) {
        return SmpModel.run(reference.input, SmpOptions.ktabDefaults());
    }

    /** One turn: a run of {@link #TURNS} turns, reported per turn (state 0's set-up included). */
    @Benchmark
    @OperationsPerInvocation(TURNS)
    public SmpResult turn(Scaling scaling) {
        return SmpModel.run(scaling.input, scaling.options);
    }
}
