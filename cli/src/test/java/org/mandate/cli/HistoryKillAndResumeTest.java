package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history ensemble killed (SIGKILL, in a separate process) at a random moment after it has checkpointed some draws
 * and resumed gives exactly the rows and summary of an uninterrupted one, in {@code runs.csv} and in the Parquet
 * dataset folder. A handful of trials keeps the test short; {@link KillAndResumeTest} kills crisis ensembles many
 * more times.
 */
class HistoryKillAndResumeTest {
    static final Path EXPERIMENT = MainTest.EXAMPLE.resolveSibling("central-asia-experiment.yaml");
    private static final String RUNS = "1000";
    private static final int TRIALS = 4;

    private static Process start(Path out, String rows) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ensemble", EXPERIMENT.toString(), "--runs", RUNS, "--threads", "2", "--out", out.toString(),
                "--rows", rows, "--progress=false", "--resume");
        return new ProcessBuilder(cmd).redirectOutput(new File("/dev/null")).redirectError(new File("/dev/null"))
                .start();
    }

    private static MainTest.Run whole(Path out, String rows) {
        return MainTest.run("ensemble", EXPERIMENT.toString(), "--runs", RUNS, "--out", out.toString(), "--rows",
                rows, "--progress=false");
    }

    @Test
    void historyEnsemblesKilledAtRandomMoments_resumeToExactlyTheRowsOfAnUninterruptedOne(@TempDir Path dir)
            throws Exception {
        Path csvWhole = dir.resolve("whole-csv");
        Path parquetWhole = dir.resolve("whole-parquet");
        MainTest.Run csvRun = whole(csvWhole, "csv");
        assertThat(csvRun.code()).as(csvRun.err()).isZero();
        assertThat(whole(parquetWhole, "parquet").code()).isZero();
        byte[] csv = Files.readAllBytes(csvWhole.resolve("runs.csv"));
        byte[] summary = Files.readAllBytes(csvWhole.resolve("summary.json"));
        List<String> parquet = KillAndResumeTest.parquetRows(parquetWhole.resolve("rows"));
        assertThat(parquet).hasSize(csv.length > 0 ? (int) csvLines(csv) - 1 : 0);
        SplittableRandom random = new SplittableRandom(1992);
        int killedMidway = 0;
        int resumedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            String rows = trial % 2 == 0 ? "csv" : "parquet";
            Path out = dir.resolve("t" + trial);
            int kills = 1 + random.nextInt(2);
            for (int k = 0; k < kills; k++) {
                // killed once the run has checkpointed draws beyond where it started, a random moment later
                long before = nextRun(out);
                Process p = start(out, rows);
                long give = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && System.nanoTime() < give) {
                    long now = nextRun(out);
                    if (now > before && now < Long.parseLong(RUNS)) {
                        boolean ended = p.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
                        if (!ended) {
                            p.destroyForcibly().waitFor();
                            killedMidway++;
                        }
                        break;
                    }
                    Thread.sleep(10);
                }
                p.destroyForcibly().waitFor();
            }
            Path checkpoint = out.resolve("checkpoint.json");
            if (Files.exists(checkpoint)) {
                long next = new ObjectMapper().readTree(checkpoint.toFile()).path("nextRun").asLong();
                if (next > 0 && next < Long.parseLong(RUNS)) {
                    resumedMidway++;
                }
            }
            MainTest.Run resumed = MainTest.run("ensemble", EXPERIMENT.toString(), "--runs", RUNS, "--out",
                    out.toString(), "--rows", rows, "--progress=false", "--resume");
            assertThat(resumed.code()).as("trial %d: %s", trial, resumed.err()).isZero();
            assertThat(resumed.out()).as("trial %d", trial).isEqualTo(csvRun.out());
            if (rows.equals("csv")) {
                assertThat(Files.readAllBytes(out.resolve("runs.csv"))).as("trial %d", trial).isEqualTo(csv);
            } else {
                assertThat(KillAndResumeTest.parquetRows(out.resolve("rows"))).as("trial %d", trial)
                        .isEqualTo(parquet);
            }
            assertThat(Files.readAllBytes(out.resolve("summary.json"))).as("trial %d", trial).isEqualTo(summary);
            assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("status").asText())
                    .isEqualTo("complete");
        }
        assertThat(killedMidway).as("kills that interrupted a run").isGreaterThanOrEqualTo(TRIALS / 2);
        assertThat(resumedMidway).as("trials resumed from a checkpoint between the first and the last draw")
                .isPositive();
    }

    /** The draw the folder's checkpoint would resume from, 0 when it has none (or it is being replaced). */
    private static long nextRun(Path out) {
        try {
            return new ObjectMapper().readTree(out.resolve("checkpoint.json").toFile()).path("nextRun").asLong();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long csvLines(byte[] csv) {
        long n = 0;
        for (byte b : csv) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
