package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ensemble killed (SIGKILL, in a separate process) at random moments and resumed gives exactly the rows of an
 * uninterrupted one: the same bytes of {@code runs.csv}, the same rows in the Parquet dataset folder.
 */
class KillAndResumeTest {
    private static final String RUNS = "60000";
    private static final int TRIALS = 20;

    /** The example experiment without its design factors, so each run is one row and a run lasts about a second. */
    private static Path experiment(Path dir) throws Exception {
        Path example = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml");
        String text = Files.readString(example);
        text = text.substring(0, text.indexOf("\ndesigns:")) + "\n" + text.substring(text.indexOf("\noutcomes:") + 1);
        text = text.replace("sampling: latin-hypercube", "sampling: monte-carlo");
        Files.copy(MainTest.EXAMPLE, dir.resolve(MainTest.EXAMPLE.getFileName()));
        Path file = dir.resolve("experiment.yaml");
        Files.writeString(file, text);
        return file;
    }

    private Path experiment;

    private Process start(Path out, String rows) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ensemble", experiment.toString(), "--runs", RUNS, "--threads", "2", "--out", out.toString(),
                "--rows", rows, "--progress=false", "--resume");
        return new ProcessBuilder(cmd).redirectOutput(new File("/dev/null")).redirectError(new File("/dev/null"))
                .start();
    }

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    /** The rows of a Parquet dataset folder, in part order, as text. */
    static List<String> parquetRows(Path rows) throws Exception {
        List<Path> parts;
        try (Stream<Path> files = Files.list(rows)) {
            parts = files.sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path part : parts) {
            assertThat(part.getFileName().toString()).matches("part-\\d{5}\\.parquet");
            try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(part)).build()) {
                for (Group g = r.read(); g != null; g = r.read()) {
                    MessageType t = (MessageType) g.getType();
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < t.getFieldCount(); c++) {
                        sb.append(c == 0 ? "" : ",").append(g.getValueToString(c, 0));
                    }
                    out.add(sb.toString());
                }
            }
        }
        return out;
    }

    @Test
    void ensemblesKilledAtRandomMoments_resumeToExactlyTheRowsOfAnUninterruptedOne(@TempDir Path dir)
            throws Exception {
        experiment = experiment(dir);
        Path csvWhole = dir.resolve("whole-csv");
        Path parquetWhole = dir.resolve("whole-parquet");
        assertThat(MainTest.run("ensemble", experiment.toString(), "--runs", RUNS, "--out", csvWhole.toString(),
                "--progress=false").code()).isZero();
        assertThat(MainTest.run("ensemble", experiment.toString(), "--runs", RUNS, "--out",
                parquetWhole.toString(), "--rows", "parquet", "--progress=false").code()).isZero();
        byte[] csv = Files.readAllBytes(csvWhole.resolve("runs.csv"));
        List<String> parquet = parquetRows(parquetWhole.resolve("rows"));
        SplittableRandom random = new SplittableRandom(2010);
        int killedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            String rows = trial % 2 == 0 ? "csv" : "parquet";
            Path out = dir.resolve("t" + trial);
            // one or two kills, each at a random moment from JVM start to past the end of the run
            int kills = 1 + random.nextInt(2);
            for (int k = 0; k < kills; k++) {
                Process p = start(out, rows);
                boolean ended = p.waitFor(200 + random.nextInt(1800), TimeUnit.MILLISECONDS);
                if (!ended) {
                    p.destroyForcibly().waitFor();
                    killedMidway++;
                }
            }
            if (Files.exists(out.resolve("manifest.json")) && !Files.exists(out.resolve("summary.json"))) {
                assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("status")
                        .asText()).isEqualTo("partial");
            }
            MainTest.Run resumed = MainTest.run("ensemble", experiment.toString(), "--runs", RUNS, "--out",
                    out.toString(), "--rows", rows, "--progress=false", "--resume");
            assertThat(resumed.code()).as("trial %d: %s", trial, resumed.err()).isZero();
            if (rows.equals("csv")) {
                assertThat(Files.readAllBytes(out.resolve("runs.csv"))).as("trial %d", trial).isEqualTo(csv);
            } else {
                assertThat(parquetRows(out.resolve("rows"))).as("trial %d", trial).isEqualTo(parquet);
            }
            assertThat(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("status").asText())
                    .isEqualTo("complete");
        }
        assertThat(killedMidway).as("kills that interrupted a run").isGreaterThanOrEqualTo(TRIALS / 2);
    }
}
