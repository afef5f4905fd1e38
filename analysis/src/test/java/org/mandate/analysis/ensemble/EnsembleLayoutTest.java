package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Parameters;
import org.mandate.core.engine.RunResult;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.scenario.ExperimentLoader;

class EnsembleLayoutTest {
    private static final Path EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml");

    private static ExperimentSpec experiment(long runs, Sampling sampling) throws Exception {
        ExperimentSpec e = ExperimentLoader.load(EXPERIMENT);
        return new ExperimentSpec(e.id(), e.title(), e.scenario(), runs, e.seed(), sampling, e.uncertain(),
                e.factors(), e.outcomes(), e.questions());
    }

    private static List<String> csv(EnsembleSetup setup, RowLayout layout, int threads) throws Exception {
        EnsembleRunner runner = new EnsembleRunner(setup, threads, layout);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(runner.header().getBytes(StandardCharsets.UTF_8));
        runner.run(0, new EnsembleSummary(setup.points().size(), 6), (r, next, soFar) -> out.write(r), null);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void wideRows_holdOneRowPerRun_withTheInputsOnceAndEveryDesignPointsLevelsOfTheLongRows() throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(700, Sampling.LATIN_HYPERCUBE));
        List<String> wide = csv(setup, RowLayout.WIDE, 2);
        List<String> long_ = csv(setup, RowLayout.LONG, 2);
        int inputs = setup.inputs();
        assertThat(wide).hasSize(1 + 700);
        String[] header = Csv.split(wide.get(0));
        assertThat(header).hasSize(4 + inputs + 16 * 6 * 2);
        assertThat(Arrays.copyOf(header, 5)).containsExactly("experiment", "scenario", "run", "seed",
                "states.RUS.interests.costAversion");
        assertThat(header[4 + inputs]).isEqualTo("d0.april-2010.CSTO.decided");
        assertThat(header[header.length - 1]).isEqualTo("d15.june-2010.OSCE.implemented");
        int factors = 4;
        for (int run = 0; run < 700; run++) {
            String[] w = Csv.split(wide.get(1 + run));
            for (int d = 0; d < 16; d++) {
                String[] l = Csv.split(long_.get(1 + run * 16 + d));
                // experiment, scenario; then run, seed and the inputs; then the design point's levels
                assertThat(Arrays.copyOfRange(w, 0, 2)).containsExactly(l[0], l[1]);
                assertThat(Arrays.copyOfRange(w, 2, 4 + inputs))
                        .containsExactly(Arrays.copyOfRange(l, 3 + factors, 5 + factors + inputs));
                assertThat(Arrays.copyOfRange(w, 4 + inputs + d * 12, 4 + inputs + (d + 1) * 12))
                        .containsExactly(Arrays.copyOfRange(l, 5 + factors + inputs, l.length));
            }
        }
    }

    @Test
    void wideRows_areIdenticalAtOneAndThreeThreads() throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(EnsembleRunner.SLICE * 3 + 11, Sampling.MONTE_CARLO));
        assertThat(csv(setup, RowLayout.WIDE, 3)).isEqualTo(csv(setup, RowLayout.WIDE, 1));
    }

    @Test
    void wideParquetParts_holdTheWideCsvRows_typed(@TempDir Path dir) throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(EnsembleRunner.SLICE * 2 + 3, Sampling.MONTE_CARLO));
        EnsembleRunner runner = new EnsembleRunner(setup, 2, RowLayout.WIDE);
        try (EnsembleFiles files = EnsembleFiles.openParquet(dir, setup, RowLayout.WIDE, runner.header(), "test",
                false, false)) {
            runner.run(0, new EnsembleSummary(16, 6), files, null);
        }
        List<String> expected = new ArrayList<>();
        for (String line : csv(setup, RowLayout.WIDE, 1).subList(1, EnsembleRunner.SLICE * 2 + 4)) {
            String[] f = Csv.split(line);
            for (int i = 4; i < 4 + setup.inputs(); i++) {
                f[i] = Double.toString(Double.parseDouble(f[i]));
            }
            expected.add(String.join(",", f));
        }
        assertThat(ParquetRowsTest.read(dir)).isEqualTo(expected);
    }

    @Test
    void anEnsembleWithoutRows_writesOnlyItsCheckpoint_withTheSummaryOfOneWithRows(@TempDir Path dir)
            throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(EnsembleRunner.SLICE * 2 + 9, Sampling.LATIN_HYPERCUBE));
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        EnsembleSummary withRows = new EnsembleSummary(16, 6);
        try (EnsembleFiles files = EnsembleFiles.open(dir.resolve("rows"), setup, runner.header(), false, false)) {
            runner.run(0, withRows, files, null);
        }
        EnsembleSummary without = new EnsembleSummary(16, 6);
        try (EnsembleFiles files = EnsembleFiles.openWithoutRows(dir.resolve("none"), setup, runner.header(), false,
                false)) {
            assertThat(files.needsRows()).isFalse();
            assertThat(files.rowsName()).isNull();
            runner.run(0, without, files, null);
        }
        try (var listing = Files.list(dir.resolve("none"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(EnsembleFiles.CHECKPOINT);
        }
        assertThat(without.toArray()).containsExactly(withRows.toArray());
        EnsembleSummary resumed = new EnsembleSummary(16, 6);
        try (EnsembleFiles files = EnsembleFiles.openWithoutRows(dir.resolve("none"), setup, runner.header(), true,
                false)) {
            files.restore(resumed);
        }
        assertThat(resumed.toArray()).containsExactly(withRows.toArray());
    }

    @Test
    void cellsDecidedOnceForSeveralDesignPoints_haveTheLevelsOfEachDesignPointRunAlone() throws Exception {
        EnsembleSetup setup = new EnsembleSetup(experiment(400, Sampling.LATIN_HYPERCUBE));
        List<String> rows = csv(setup, RowLayout.LONG, 2);
        int inputs = setup.inputs();
        double[] values = new double[inputs];
        RunResult result = new RunResult(6);
        for (int d = 0; d < 16; d++) {
            Engine engine = new Engine(setup.compiled(d));
            Parameters p = setup.compiled(d).parameters();
            for (int run = 0; run < 400; run++) {
                setup.values(run, values);
                for (int i = 0; i < inputs; i++) {
                    setup.bindings[d][i].set(p, values[i]);
                }
                engine.run(p, result);
                String[] f = Csv.split(rows.get(1 + run * 16 + d));
                for (int c = 0; c < 6; c++) {
                    assertThat(f[f.length - 12 + 2 * c]).as("d%d run %d cell %d", d, run, c)
                            .isEqualTo(Integer.toString(result.decided(c)));
                    assertThat(f[f.length - 11 + 2 * c]).isEqualTo(Integer.toString(result.implemented(c)));
                }
            }
        }
    }
}
