package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.scenario.ExperimentLoader;

/**
 * Shards: each runs one range of run indices with the draws those runs have in the whole ensemble, so the shards'
 * rows in order are the whole ensemble's rows, byte for byte, and their summaries added up are its summary.
 */
class ShardTest {
    private static final long RUNS = EnsembleRunner.SLICE + 333;

    /** The example experiment (16 design points, Latin hypercube) with fewer runs. */
    private static ExperimentSpec experiment(Sampling sampling) throws Exception {
        ExperimentSpec e = ExperimentLoader.load(Path.of("../examples/kyrgyzstan-2010-experiment.yaml"));
        return new ExperimentSpec(e.id(), e.title(), e.scenario(), RUNS, e.seed(), sampling, e.uncertain(),
                e.factors(), e.outcomes(), e.questions());
    }

    private static byte[] rows(EnsembleRunner runner, long from, long to, EnsembleSummary into) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(from, to, into, (r, next, soFar) -> out.write(r), null);
        return out.toByteArray();
    }

    @Test
    void shardsOfALatinHypercube_inOrder_areTheWholeRunsRowsByteForByte_andTheirSummariesAddUpToItsSummary()
            throws Exception {
        for (Sampling sampling : List.of(Sampling.LATIN_HYPERCUBE, Sampling.MONTE_CARLO, Sampling.SOBOL)) {
            EnsembleSetup setup = new EnsembleSetup(experiment(sampling));
            EnsembleSummary whole = new EnsembleSummary(16, 6);
            byte[] all = rows(new EnsembleRunner(setup, 2), 0, RUNS, whole);
            for (int n : new int[] {3, 7}) {
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                List<EnsembleSummary> parts = new ArrayList<>();
                for (int i = n; i >= 1; i--) {
                    parts.add(new EnsembleSummary(16, 6));
                }
                for (int i = 1; i <= n; i++) {
                    Shard s = new Shard(i, n);
                    // each shard on its own setup, as on its own machine
                    EnsembleRunner runner = new EnsembleRunner(new EnsembleSetup(experiment(sampling)), 1 + i % 2);
                    joined.write(rows(runner, s.from(RUNS), s.to(RUNS), parts.get(i - 1)));
                }
                assertThat(joined.toByteArray()).as(sampling + " in " + n + " shards").isEqualTo(all);
                java.util.Collections.reverse(parts);
                assertThat(EnsembleSummary.merged(parts).toArray()).isEqualTo(whole.toArray());
            }
        }
    }

    @Test
    void theShardsOfOneCount_coverEveryRunOnce_inRangesThatDifferByAtMostOneRun() {
        for (long runs : new long[] {1, 7, 10, 1000, 2_000_000_000L}) {
            for (int n = 1; n <= Math.min(runs, 9); n++) {
                long expected = 0;
                for (int i = 1; i <= n; i++) {
                    Shard s = new Shard(i, n);
                    assertThat(s.from(runs)).isEqualTo(expected);
                    assertThat(s.to(runs) - s.from(runs)).isBetween(runs / n, runs / n + 1);
                    expected = s.to(runs);
                }
                assertThat(expected).isEqualTo(runs);
            }
        }
        assertThat(new Shard(2, 4).from(10)).isEqualTo(2);
        assertThat(new Shard(2, 4).to(10)).isEqualTo(5);
    }

    @Test
    void aShardIsWrittenIOfN_andAnythingElseIsRefusedWithTheTextQuoted() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse("2/4")).hasToString("2/4");
        for (String bad : List.of("0/4", "5/4", "2", "2/0", "a/b", "-1/2", "1/2/3", " 1/2")) {
            assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected i/n with 1 <= i <= n, e.g. 2/4, was '" + bad + "'");
        }
        assertThatThrownBy(() -> new Shard(3, 2)).hasMessage("expected a shard i/n with 1 <= i <= n, e.g. 2/4, was "
                + "'3/2'");
    }

    @Test
    void mergingSummariesOfOtherShapes_isRefusedWithBothShapes() {
        assertThatThrownBy(() -> EnsembleSummary.merged(List.of(new EnsembleSummary(16, 6),
                new EnsembleSummary(1, 6)))).hasMessage("expected summaries of 16 design points and 6 cells, got one "
                + "of 1 and 6");
    }

    @Test
    void shardFolders_mergeIntoTheWholeEnsemblesFolder_csvAndCheckpointIdentical(@TempDir Path dir)
            throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(Sampling.LATIN_HYPERCUBE));
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        String header = runner.header();
        Path whole = dir.resolve("whole");
        try (EnsembleFiles files = EnsembleFiles.open(whole, setup, header, false, false)) {
            runner.run(0, new EnsembleSummary(16, 6), files, null);
        }
        List<Path> shards = new ArrayList<>();
        for (int i = 3; i >= 1; i--) {
            Shard s = new Shard(i, 3);
            Path d = dir.resolve("s" + i);
            try (EnsembleFiles files = EnsembleFiles.open(d, setup, header, s, false, false)) {
                runner.run(files.nextRun(), s.to(RUNS), new EnsembleSummary(16, 6), files, null);
            }
            Files.writeString(d.resolve("summary.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(SummaryReport.of(setup.spec(), setup).json(new EnsembleSummary(16, 6), "",
                            0, 0)));
            shards.add(d);
        }
        Path merged = Files.createDirectories(dir.resolve("merged"));
        EnsembleMerge.Merged m = EnsembleMerge.merge(shards, merged);
        assertThat(m.rows()).isEqualTo(RUNS * 16);
        assertThat(Files.readAllBytes(merged.resolve(EnsembleFiles.ROWS)))
                .isEqualTo(Files.readAllBytes(whole.resolve(EnsembleFiles.ROWS)));
        assertThat(Files.readString(merged.resolve(EnsembleFiles.CHECKPOINT)))
                .isEqualTo(Files.readString(whole.resolve(EnsembleFiles.CHECKPOINT)));
    }

    @Test
    void aShardsFolder_resumesOnlyAsTheSameShard(@TempDir Path dir) throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(Sampling.MONTE_CARLO));
        EnsembleRunner runner = new EnsembleRunner(setup, 1);
        Shard s = new Shard(2, 3);
        try (EnsembleFiles files = EnsembleFiles.open(dir, setup, runner.header(), s, false, false)) {
            assertThat(files.nextRun()).isEqualTo(s.from(RUNS));
            runner.run(files.nextRun(), s.from(RUNS) + 5, new EnsembleSummary(16, 6), files, null);
        }
        assertThatThrownBy(() -> EnsembleFiles.open(dir, setup, runner.header(), new Shard(1, 3), true, false))
                .hasMessage(dir + " holds shard 2/3 of this ensemble, not shard 1/3; use --overwrite to start again");
        assertThatThrownBy(() -> EnsembleFiles.open(dir, setup, runner.header(), true, false))
                .hasMessage(dir + " holds shard 2/3 of this ensemble, not the whole ensemble; use --overwrite to "
                        + "start again");
    }
}
