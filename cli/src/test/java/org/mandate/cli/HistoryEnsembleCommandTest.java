package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ensemble} on a history experiment: its folder, its Parquet rows and its refusals. */
class HistoryEnsembleCommandTest {
    private static final String EXPERIMENT = HistoryKillAndResumeTest.EXPERIMENT.toString();

    private static MainTest.Run ensemble(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("ensemble", EXPERIMENT, "--runs", "12",
                "--progress=false"));
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        args.addAll(Arrays.asList(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    @Test
    void rows_areTheSameOnOneAndTwoThreads_andTheFolderIsCompleteWithItsCheckpoint(@TempDir Path dir)
            throws Exception {
        assertThat(ensemble(dir.resolve("one"), "--threads", "1").code()).isZero();
        assertThat(ensemble(dir.resolve("two"), "--threads", "2").code()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("two/runs.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("one/runs.csv")));
        assertThat(Files.readAllLines(dir.resolve("one/runs.csv"))).hasSize(1 + 12 * 2);
        var manifest = new ObjectMapper().readTree(dir.resolve("one/manifest.json").toFile());
        assertThat(manifest.get("status").asText()).isEqualTo("complete");
        assertThat(manifest.get("files").toString()).isEqualTo("[\"runs.csv\",\"checkpoint.json\",\"summary.json\"]");
        var checkpoint = new ObjectMapper().readTree(dir.resolve("one/checkpoint.json").toFile());
        assertThat(checkpoint.get("nextRun").asLong()).isEqualTo(12);
        assertThat(checkpoint.get("complete").asBoolean()).isTrue();
    }

    @Test
    void parquetRows_holdTheValuesOfTheCsvRows(@TempDir Path dir) throws Exception {
        assertThat(ensemble(dir.resolve("csv")).code()).isZero();
        assertThat(ensemble(dir.resolve("pq"), "--rows", "parquet").code()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("csv/runs.csv"));
        List<String> parquet = KillAndResumeTest.parquetRows(dir.resolve("pq/rows"));
        assertThat(parquet).hasSize(csv.size() - 1);
        for (int i = 0; i < parquet.size(); i++) {
            String[] c = csv.get(i + 1).split(",", -1);
            String[] p = parquet.get(i).split(",", -1);
            assertThat(p).hasSameSizeAs(c);
            assertThat(p[0]).isEqualTo(c[0]);
            for (int f = 1; f < c.length; f++) {
                double expected = c[f].isEmpty() ? Double.NaN : Double.parseDouble(c[f]);
                assertThat(Double.parseDouble(p[f])).as("row %d column %d", i, f).isCloseTo(expected,
                        org.assertj.core.data.Offset.offset(5e-7));
            }
        }
        assertThat(Files.readString(dir.resolve("pq/summary.json")))
                .isEqualTo(Files.readString(dir.resolve("csv/summary.json")));
    }

    @Test
    void aFolderHoldingAnEnsemble_isRefusedWithoutResumeOrOverwrite(@TempDir Path dir) {
        Path out = dir.resolve("e");
        assertThat(ensemble(out).code()).isZero();
        MainTest.Run again = ensemble(out);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("mandate: '" + out + "' already holds output (manifest.json, runs.csv, "
                + "checkpoint.json, summary.json); use --overwrite to replace it, or choose another folder\n");
        assertThat(ensemble(out, "--overwrite").code()).isZero();
    }

    @Test
    void resumingAFolderOfAnotherExperiment_isRefused(@TempDir Path dir) {
        Path out = dir.resolve("e");
        MainTest.Run partial = MainTest.run("ensemble", EXPERIMENT, "--runs", "12", "--progress=false", "--out",
                out.toString());
        assertThat(partial.code()).isZero();
        MainTest.Run other = MainTest.run("ensemble", EXPERIMENT, "--runs", "13", "--progress=false", "--out",
                out.toString(), "--resume");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).isEqualTo("mandate: " + out + " holds an ensemble of a different experiment (or "
                + "runs, seed, inputs, designs or outcomes changed); use --overwrite to start again\n");
    }

    @Test
    void resumeOrParquetWithoutAFolder_andAnUnknownRowFormat_areRefused() {
        MainTest.Run resume = ensemble(null, "--resume");
        assertThat(resume.code()).isEqualTo(2);
        assertThat(resume.err()).isEqualTo("mandate: --resume: a history experiment writes rows only with --out DIR;"
                + " give the folder\n");
        MainTest.Run rows = ensemble(null, "--rows", "xlsx");
        assertThat(rows.code()).isEqualTo(2);
        assertThat(rows.err()).isEqualTo("mandate: --rows: expected csv or parquet, was 'xlsx'\n");
    }
}
