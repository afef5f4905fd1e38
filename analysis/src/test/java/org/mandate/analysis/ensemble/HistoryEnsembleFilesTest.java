package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mandate.core.history.HistoryExperiment;
import org.mandate.core.scenario.HistoryExperimentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history ensemble's folder: resuming continues from the last checkpoint, with the rows and tally it counted. */
class HistoryEnsembleFilesTest {
    private static final int RUNS = 300;

    private static HistoryExperiment experiment() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("examples/central-asia-experiment.yaml");
            if (Files.isRegularFile(f)) {
                return HistoryExperimentLoader.load(f).withRuns(RUNS);
            }
        }
        throw new IllegalStateException("example not found");
    }

    /** Runs the ensemble into the folder from its checkpoint; stops with an exception at draw {@code stop}. */
    private static HistoryEnsemble.Tally run(HistoryEnsemble ens, Path dir, boolean resume, long stop)
            throws Exception {
        HistoryEnsemble.Tally tally = ens.tally();
        try (HistoryEnsembleFiles files = HistoryEnsembleFiles.open(dir, ens, resume, false)) {
            files.restore(tally);
            ens.run(files.nextRun(), 2, true, (from, slice, text) -> {
                if (from >= stop) {
                    throw new IllegalStateException("stopped at draw " + from);
                }
                for (double[][] row : slice) {
                    tally.add(row);
                }
                files.write(from, slice, text, tally);
            });
        }
        return tally;
    }

    @Test
    void anEnsembleStoppedAfterItsFirstCheckpoint_resumesFromThatDraw_toTheRowsAndTallyOfAWholeOne(@TempDir Path dir)
            throws Exception {
        HistoryEnsemble ens = new HistoryEnsemble(experiment());
        HistoryEnsemble.Tally whole = run(ens, dir.resolve("whole"), false, Long.MAX_VALUE);
        // the first checkpoint counts 16 slices of 16 draws; the rows written after it are dropped on resuming
        long checkpointed = 16L * HistoryEnsemble.SLICE;
        assertThatThrownBy(() -> run(ens, dir.resolve("part"), false, checkpointed + 2 * HistoryEnsemble.SLICE))
                .hasMessageContaining("stopped at draw");
        try (HistoryEnsembleFiles files = HistoryEnsembleFiles.open(dir.resolve("part"), ens, true, false)) {
            assertThat(files.nextRun()).isEqualTo(checkpointed);
        }
        HistoryEnsemble.Tally resumed = run(ens, dir.resolve("part"), true, Long.MAX_VALUE);
        assertThat(Files.readAllBytes(dir.resolve("part/runs.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("whole/runs.csv")));
        assertThat(resumed.state()).isEqualTo(whole.state());
        assertThat(ens.summarise(resumed)).isDeepEqualTo(ens.summarise(whole));
    }

    @Test
    void aCheckpointOfTheEarlierVersion_whoseTallyHeldRoundedSums_isNotResumed(@TempDir Path dir) throws Exception {
        HistoryEnsemble ens = new HistoryEnsemble(experiment());
        assertThatThrownBy(() -> run(ens, dir, false, 16L * HistoryEnsemble.SLICE + HistoryEnsemble.SLICE))
                .hasMessageContaining("stopped at draw");
        // what the earlier version wrote: its fingerprint (no version) and the tally as plain numbers
        Path checkpoint = dir.resolve(EnsembleFiles.CHECKPOINT);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var cp = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(checkpoint.toFile());
        cp.put("fingerprint", HistoryEnsembleFiles.fingerprint(ens, ens.header(), ""));
        var tally = cp.putArray("tally");
        for (int i = 0; i < ens.tally().state().size(); i++) {
            tally.add(0.5);
        }
        Files.write(checkpoint, json.writeValueAsBytes(cp));
        assertThatThrownBy(() -> HistoryEnsembleFiles.open(dir, ens, true, false))
                .isInstanceOf(EnsembleFiles.RefusedException.class)
                .hasMessageContaining("earlier version of mandate").hasMessageContaining("--overwrite");
        // --overwrite starts again
        try (HistoryEnsembleFiles files = HistoryEnsembleFiles.open(dir, ens, false, true)) {
            assertThat(files.nextRun()).isZero();
        }
    }
}
