package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tests that runs are reproducible: seeded, thread-independent and free of hidden randomness. */
class DeterminismTest {

    private static final SmpInput INPUT = KtabReference.load("ref-10x2").read();
    private static final SmpOptions STOCHASTIC = SmpOptions.ktabDefaults()
            .withStateTransitions(StateTransitions.STOCHASTIC);

    @Test
    void stochasticRun_sameSeed_givesTheSameResult() {
        assertThat(SmpModel.run(INPUT, STOCHASTIC.withSeed(42)))
                .isEqualTo(SmpModel.run(INPUT, STOCHASTIC.withSeed(42)));
    }

    @Test
    void stochasticRun_otherSeed_givesAnotherTrajectory() {
        assertThat(SmpModel.run(INPUT, STOCHASTIC.withSeed(42)).positions())
                .isNotEqualTo(SmpModel.run(INPUT, STOCHASTIC.withSeed(43)).positions());
    }

    @Test
    void stochasticRun_withAGivenGenerator_ignoresTheSeedOption() {
        SmpResult a = SmpModel.run(INPUT, STOCHASTIC.withSeed(1),
                RandomGeneratorFactory.of(SmpModel.GENERATOR).create(7L));
        SmpResult b = SmpModel.run(INPUT, STOCHASTIC.withSeed(2),
                RandomGeneratorFactory.of(SmpModel.GENERATOR).create(7L));

        assertThat(a.positions()).isEqualTo(b.positions());
    }

    @Test
    void concurrentRuns_onFourThreads_matchTheSequentialRuns() throws Exception {
        List<SmpOptions> options = List.of(SmpOptions.ktabDefaults(), SmpOptions.mandateDefaults(),
                STOCHASTIC.withSeed(5), STOCHASTIC.withSeed(6).withProfile(Profile.MANDATE));
        List<SmpResult> sequential = options.stream().map(o -> SmpModel.run(INPUT, o)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SmpResult>> futures = new ArrayList<>();
            for (int repeat = 0; repeat < 3; repeat++) {
                for (SmpOptions o : options) {
                    futures.add(pool.submit(() -> SmpModel.run(INPUT, o)));
                }
            }
            for (int x = 0; x < futures.size(); x++) {
                assertThat(futures.get(x).get()).isEqualTo(sequential.get(x % options.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void mainSources_neverUseUnseededRandomness() throws IOException {
        Path sources = Files.isDirectory(Path.of("src/main/java")) ? Path.of("src/main/java")
                : Path.of("bargaining/src/main/java");
        assertThat(sources.resolve("org/mandate/bargaining/Engine.java")).exists();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (String banned : List.of("Math.random", "new Random(", "ThreadLocalRandom",
                        "System.currentTimeMillis", "System.nanoTime")) {
                    if (text.contains(banned)) {
                        offenders.add(file.getFileName() + ": " + banned);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
