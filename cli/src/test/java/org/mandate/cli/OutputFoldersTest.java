package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders: each says in manifest.json whether it is complete and what produced it; nothing in one is
 * replaced or deleted without --overwrite; a folder that cannot be written is the user's problem (exit 2, the path
 * and the reason), never an internal error.
 */
class OutputFoldersTest {
    private static final String EXPERIMENT = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml")
            .toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode manifest(Path dir) throws Exception {
        return JSON.readTree(dir.resolve("manifest.json").toFile());
    }

    @Test
    void anEnsemble_recordsWhatProducedIt_andThatItIsComplete(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("e");
        MainTest.Run r = MainTest.run("ensemble", EXPERIMENT, "--runs", "50", "--out", out.toString(),
                "--progress=false");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode m = manifest(out);
        assertThat(m.get("status").asText()).isEqualTo("complete");
        assertThat(m.get("command").asText()).isEqualTo("ensemble");
        assertThat(m.get("arguments").toString()).isEqualTo("[\"" + EXPERIMENT + "\",\"--runs\",\"50\",\"--out\",\""
                + out + "\",\"--progress=false\"]");
        assertThat(m.get("inputs").get(0).get("sha256").asText()).hasSize(64);
        assertThat(m.get("seed").asLong()).isEqualTo(20100611L);
        assertThat(m.get("version").asText()).isEqualTo("0.1.0");
        assertThat(m.get("files").toString()).isEqualTo("[\"runs.csv\",\"checkpoint.json\",\"summary.json\"]");
    }

    @Test
    void parquetRows_neverDeleteEarlierCsvRowsUnasked_andOverwriteLeavesNoStaleSummary(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("e");
        assertThat(MainTest.run("ensemble", EXPERIMENT, "--runs", "50", "--out", out.toString(), "--progress=false")
                .code()).isZero();
        Files.delete(out.resolve("checkpoint.json"));
        byte[] rows = Files.readAllBytes(out.resolve("runs.csv"));
        MainTest.Run refused = MainTest.run("ensemble", EXPERIMENT, "--runs", "50", "--out", out.toString(),
                "--rows", "parquet", "--progress=false");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("mandate: '" + out + "' already holds output (manifest.json, runs.csv, "
                + "summary.json); use --overwrite to replace it, or choose another folder\n");
        assertThat(Files.readAllBytes(out.resolve("runs.csv"))).isEqualTo(rows);

        MainTest.Run over = MainTest.run("ensemble", EXPERIMENT, "--runs", "50", "--out", out.toString(),
                "--rows", "parquet", "--progress=false", "--overwrite");
        assertThat(over.code()).as(over.err()).isZero();
        assertThat(out.resolve("runs.csv")).doesNotExist();
        try (Stream<Path> parts = Files.list(out.resolve("rows"))) {
            assertThat(parts.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
        }
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("rowsFile").asText())
                .isEqualTo(out.resolve("rows").toString());
        assertThat(manifest(out).get("files").toString()).isEqualTo("[\"rows\",\"checkpoint.json\",\"summary.json\"]");
    }

    @Test
    void sensitivityAndDiscover_refuseAFolderWithEarlierOutput_andRecordTheirOwn(@TempDir Path dir)
            throws Exception {
        Path s = dir.resolve("s");
        String[] sensitivity = {"sensitivity", EXPERIMENT, "--outcome", "june-2010.OSCE.implemented>=3", "--samples",
            "16", "--trajectories", "4", "--bootstrap", "10", "--format", "json", "--out", s.toString()};
        assertThat(MainTest.run(sensitivity).code()).isZero();
        assertThat(manifest(s).get("status").asText()).isEqualTo("complete");
        assertThat(manifest(s).get("files").toString()).isEqualTo("[\"sensitivity.json\"]");
        MainTest.Run again = MainTest.run(sensitivity);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("mandate: --out: '" + s + "' already holds output (manifest.json, "
                + "sensitivity.json); use --overwrite to replace it, or choose another folder\n");

        Path d = dir.resolve("d");
        String[] discover = {"discover", EXPERIMENT, "--outcome", "april-2010.SCO.decided>=1", "--runs", "200",
            "--format", "json", "--out", d.toString()};
        MainTest.Run first = MainTest.run(discover);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(manifest(d).get("files").toString()).isEqualTo("[\"discovery.json\"]");
        assertThat(MainTest.run(discover).code()).isEqualTo(2);
        String[] overwrite = java.util.Arrays.copyOf(discover, discover.length + 1);
        overwrite[discover.length] = "--overwrite";
        MainTest.Run second = MainTest.run(overwrite);
        assertThat(second.code()).isZero();
        assertThat(second.out()).as("the JSON's key order is the same in every invocation").isEqualTo(first.out());
    }

    @Test
    void anUnwritableOutput_isExitTwoWithThePathAndTheReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        MainTest.Run r = MainTest.run("sensitivity", EXPERIMENT, "--outcome", "june-2010.OSCE.implemented>=3",
                "--samples", "16", "--trajectories", "4", "--bootstrap", "10", "--out", file.resolve("s").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mandate: --out: cannot write '" + file.resolve("s") + "': ");
        MainTest.Run e = MainTest.run("ensemble", EXPERIMENT, "--runs", "10", "--out", file.resolve("e").toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).startsWith("mandate: cannot write '" + file.resolve("e") + "': ");
        Path ref = Path.of("../bargaining/src/test/resources/ktab/ref-05x1.csv");
        MainTest.Run b = MainTest.run("bargain", ref.toString(), "--trajectory", file.resolve("t.csv").toString());
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err()).isEqualTo("mandate: --trajectory: cannot write '" + file + "': is a file where a folder "
                + "is needed; the result follows\n");
        assertThat(b.out()).as("the result is still printed").contains("baseline: weighted mean");
    }

    @Test
    void sensitivity_withTooFewBootstrapResamples_isExitTwo() {
        MainTest.Run r = MainTest.run("sensitivity", EXPERIMENT, "--bootstrap", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: --samples and --trajectories must be at least 2, --bootstrap at "
                + "least 10, --threads at least 1\n");
    }
}
