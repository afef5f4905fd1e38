package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;

class EnsembleTest {
    private static final Path EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml");

    private static ExperimentSpec experiment(long runs, Sampling sampling) throws ScenarioException {
        ExperimentSpec e = ExperimentLoader.load(EXPERIMENT).withRuns(runs);
        return new ExperimentSpec(e.id(), e.title(), e.scenario(), runs, e.seed(), sampling, e.uncertain(),
                e.factors(), e.outcomes(), e.questions());
    }

    private static byte[] rows(ExperimentSpec spec, int threads) throws Exception {
        EnsembleSetup setup = new EnsembleSetup(spec);
        EnsembleRunner runner = new EnsembleRunner(setup, threads);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(runner.header().getBytes(StandardCharsets.UTF_8));
        runner.run(0, new EnsembleSummary(setup.points().size(), setup.compiled(0).cellCount()),
                (r, next, soFar) -> out.write(r), null);
        return out.toByteArray();
    }

    @Test
    void rows_areIdenticalAtOneAndThreeThreads_forEverySampling() throws Exception {
        for (Sampling s : Sampling.values()) {
            ExperimentSpec spec = experiment(2500, s);
            assertThat(rows(spec, 3)).as(s.id()).isEqualTo(rows(spec, 1));
        }
    }

    @Test
    void everyRow_carriesScenarioDesignRunAndSeed_andOneRowPerRunAndDesignPoint() throws Exception {
        ExperimentSpec spec = experiment(300, Sampling.MONTE_CARLO);
        List<String> lines = new String(rows(spec, 2), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("experiment,scenario,design,CSTO.mandate,SCO.decisionRule,"
                + "SCO.agenda.tabledBy,KGZ.capitalOverrulesRegions,run,seed,states.RUS.interests.costAversion,");
        assertThat(lines.get(0)).endsWith("june-2010.OSCE.decided,june-2010.OSCE.implemented");
        assertThat(lines).hasSize(1 + 300 * 16);
        assertThat(lines.get(1)).startsWith("kyrgyzstan-2010-uncertainty,kyrgyzstan-2010,d0,as-is,consensus,request,"
                + "false,0,");
        // the same run at another design point sees the same draws
        String run0d0 = lines.get(1).split(",", 10)[9];
        String run0d15 = lines.get(16).split(",", 10)[9];
        assertThat(lines.get(16)).contains(",d15,");
        assertThat(run0d15.substring(0, 40)).isEqualTo(run0d0.substring(0, 40));
    }

    @Test
    void summary_countsEveryRunOnce_andPairsDesignPointsOnTheSameDraws() throws Exception {
        ExperimentSpec spec = experiment(2000, Sampling.LATIN_HYPERCUBE);
        EnsembleSetup setup = new EnsembleSetup(spec);
        EnsembleSummary s = new EnsembleRunner(setup, 2).run(0, new EnsembleSummary(16,
                setup.compiled(0).cellCount()), RowSink.none(), null);
        assertThat(s.runs()).isEqualTo(2000);
        for (int d = 0; d < 16; d++) {
            for (int k = 0; k < s.cells(); k++) {
                long total = 0;
                for (int l = 0; l < 5; l++) {
                    total += s.count(d, k, EnsembleSummary.DECIDED, l);
                }
                assertThat(total).isEqualTo(2000);
            }
        }
        // d1 differs from d0 only in that Bishkek can overrule its regions: the June OSCE mission then deploys
        int juneOsce = 5;
        assertThat(setup.compiled(0).organizationOf(juneOsce)).isEqualTo("OSCE");
        assertThat(s.meanDifference(1, juneOsce, EnsembleSummary.DECIDED)).isZero();
        assertThat(s.meanDifference(1, juneOsce, EnsembleSummary.IMPLEMENTED)).isGreaterThan(0.5);
        assertThat(s.differenceInterval(1, juneOsce, EnsembleSummary.IMPLEMENTED).lower()).isGreaterThan(0.5);
        // and nothing else changes
        assertThat(s.meanDifference(1, 0, EnsembleSummary.DECIDED)).isZero();
    }

    @Test
    void anEnsembleKilledPartWayAndResumed_givesExactlyTheRowsOfAnUninterruptedOne(@TempDir Path dir)
            throws Exception {
        ExperimentSpec spec = experiment(EnsembleRunner.SLICE * (EnsembleFiles.CHECKPOINT_EVERY + 4) + 17,
                Sampling.MONTE_CARLO);
        EnsembleSetup setup = new EnsembleSetup(spec);
        EnsembleRunner runner = new EnsembleRunner(setup, 2);
        Path whole = dir.resolve("whole");
        try (EnsembleFiles files = EnsembleFiles.open(whole, setup, runner.header(), false, false)) {
            runner.run(0, new EnsembleSummary(16, 6), files, null);
        }
        Path broken = dir.resolve("broken");
        EnsembleFiles first = EnsembleFiles.open(broken, setup, runner.header(), false, false);
        int[] slices = {0};
        assertThatThrownBy(() -> runner.run(0, new EnsembleSummary(16, 6), (rows, next, soFar) -> {
            first.write(rows, next, soFar);
            if (++slices[0] == EnsembleFiles.CHECKPOINT_EVERY + 2) {
                throw new IOException("killed");
            }
        }, null)).hasMessage("killed");
        first.close();
        assertThat(Files.size(broken.resolve(EnsembleFiles.ROWS))).isLessThan(Files.size(whole.resolve(
                EnsembleFiles.ROWS)));
        EnsembleSummary resumed = new EnsembleSummary(16, 6);
        try (EnsembleFiles files = EnsembleFiles.open(broken, setup, runner.header(), true, false)) {
            assertThat(files.nextRun()).isEqualTo((long) EnsembleRunner.SLICE * EnsembleFiles.CHECKPOINT_EVERY);
            files.restore(resumed);
            runner.run(files.nextRun(), resumed, files, null);
        }
        assertThat(Files.readAllBytes(broken.resolve(EnsembleFiles.ROWS)))
                .isEqualTo(Files.readAllBytes(whole.resolve(EnsembleFiles.ROWS)));
        assertThat(resumed.runs()).isEqualTo(spec.runs());
    }

    @Test
    void aFolderHoldingAnEnsemble_isNotOverwrittenWithoutBeingAsked(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = experiment(100, Sampling.MONTE_CARLO);
        EnsembleSetup setup = new EnsembleSetup(spec);
        EnsembleRunner runner = new EnsembleRunner(setup, 1);
        try (EnsembleFiles files = EnsembleFiles.open(dir, setup, runner.header(), false, false)) {
            runner.run(0, new EnsembleSummary(16, 6), files, null);
        }
        assertThatThrownBy(() -> EnsembleFiles.open(dir, setup, runner.header(), false, false))
                .isInstanceOf(EnsembleFiles.RefusedException.class)
                .hasMessage(dir + " already holds an ensemble; use --resume to continue it or --overwrite to start "
                        + "again");
        EnsembleSetup other = new EnsembleSetup(experiment(101, Sampling.MONTE_CARLO));
        assertThatThrownBy(() -> EnsembleFiles.open(dir, other, runner.header(), true, false))
                .hasMessage(dir + " holds an ensemble of a different experiment (or runs, seed, inputs or designs "
                        + "changed); use --overwrite to start again");
    }

    @Test
    void badExperiments_reportEveryProblemWithItsPlace(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("../examples/kyrgyzstan-2010.yaml"), dir.resolve("k.yaml"));
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, String.join("\n",
                "experiment: bad",
                "scenario: k.yaml",
                "runs: 10",
                "seed: 1",
                "uncertain:",
                "  - path: states.XXX.interests.costAversion",
                "    distribution: {uniform: {min: 0.5, max: 0.1}}",
                "  - path: episodes.june-2010.severity",
                "    distribution: {triangular: {min: 0, mode: 2, max: 1}}",
                "designs:",
                "  - factor: SCO.voting",
                "    levels: [a]",
                "  - factor: CSTO.decisionRule",
                "    levels: [consensus, unanimity]",
                "outcomes: [june-2010.NATO.decided>=1]",
                ""));
        assertThatThrownBy(() -> ExperimentLoader.load(file)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems().stream().map(Problem::toString).toList()).containsExactly(
                        file + ":6:11: uncertain[0].path: value 'states.XXX.interests.costAversion': no state 'XXX' "
                                + "in the scenario",
                        file + ":7:29: uncertain[0].distribution.uniform: expected min below max, got min 0.5 and "
                                + "max 0.1",
                        file + ":9:32: uncertain[1].distribution.triangular: expected min <= mode <= max and min "
                                + "below max, got 0.0, 2.0, 1.0",
                        file + ":11:13: designs[0].factor: value 'SCO.voting': unknown factor; expected "
                                + "ORG.decisionRule, ORG.bargaining, ORG.mandate, ORG.agenda.tabledBy, "
                                + "STATE.capitalOverrulesRegions or mechanism.ID",
                        file + ":13:13: designs[1].factor: value 'CSTO.decisionRule': level 'unanimity': expected "
                                + "one of: consensus, consensus-minus-one, majority, lead-state",
                        file + ":15:12: outcomes[0]: 'june-2010.NATO.decided>=1': no episode 'june-2010' with "
                                + "organization 'NATO' in the scenario"));
    }
}
