package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mandate.core.history.HistoryExperiment;
import org.mandate.core.scenario.HistoryExperimentLoader;
import org.junit.jupiter.api.Test;

/** Ensembles of histories: the same draws at any thread count, and the competition factor's effect on rents. */
class HistoryEnsembleTest {
    private static HistoryExperiment experiment() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("examples/central-asia-experiment.yaml");
            if (Files.isRegularFile(f)) {
                return HistoryExperimentLoader.load(f).withRuns(6);
            }
        }
        throw new IllegalStateException("example not found");
    }

    @Test
    void sameSeed_givesIdenticalOutcomes_onOneAndTwoThreads() throws Exception {
        HistoryEnsemble one = new HistoryEnsemble(experiment());
        HistoryEnsemble two = new HistoryEnsemble(experiment());
        double[][][] a = one.run(1, k -> { });
        double[][][] b = two.run(2, k -> { });
        assertThat(b).isDeepEqualTo(a);
        assertThat(one.values(3)).isEqualTo(two.values(3));
    }

    @Test
    void competitionOff_lowersKyrgyzstansRentInEveryDraw() throws Exception {
        HistoryEnsemble e = new HistoryEnsemble(experiment());
        double[][][] r = e.run(2, k -> { });
        for (double[][] draw : r) {
            assertThat(draw[1][0]).isLessThan(draw[0][0]);
        }
        HistoryEnsemble.Summary[][] s = e.summarise(r);
        assertThat(s[0][1].mean()).isGreaterThan(s[1][1].mean());
        assertThat(s[1][1].low()).isGreaterThanOrEqualTo(0);
    }
}
