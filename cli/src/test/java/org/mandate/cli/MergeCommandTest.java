package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mandate ensemble --shard I/N} and {@code mandate merge}: the shards' folders, merged in any order, are the
 * folder of the ensemble run whole (the same rows byte for byte, the same checkpoint and summary); shards that do not
 * make one ensemble are refused with exit 2 and what is wrong.
 */
class MergeCommandTest {
    private static final String EXPERIMENT = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml")
            .toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void ensemble(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("ensemble", EXPERIMENT, "--runs", "300", "--out", out.toString(),
                "--progress=false"));
        args.addAll(List.of(more));
        if (!args.contains("--threads")) {
            args.addAll(List.of("--threads", "2"));
        }
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** summary.json without what differs from session to session: where the rows are, how many and how fast. */
    private static JsonNode summary(Path dir) throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(dir.resolve("summary.json").toFile());
        s.remove(List.of("rowsFile", "rowsThisSession", "seconds"));
        return s;
    }

    @Test
    void shardsMergedInAnyOrder_areTheWholeEnsemble_rowsCheckpointAndSummary(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        ensemble(whole);
        for (String i : List.of("3", "1", "2")) {
            ensemble(dir.resolve("s" + i), "--shard", i + "/3", "--threads", i);
        }
        JsonNode shard = JSON.readTree(dir.resolve("s2/manifest.json").toFile()).get("shard");
        assertThat(shard.toString()).isEqualTo("{\"index\":2,\"count\":3,\"firstRun\":100,\"endRun\":200}");
        assertThat(Files.readString(dir.resolve("s2/runs.csv")).lines().skip(1).findFirst().orElseThrow())
                .contains(",100,20100611,");

        Path merged = dir.resolve("merged");
        MainTest.Run r = MainTest.run("merge", dir.resolve("s2").toString(), dir.resolve("s3").toString(),
                dir.resolve("s1").toString(), "--out", merged.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("kyrgyzstan-2010-uncertainty: 3 folders merged, 300 runs per design point, 16 "
                + "design points, 4800 rows in " + merged.resolve("runs.csv") + "; summary in "
                + merged.resolve("summary.json") + "\n");
        assertThat(Files.readAllBytes(merged.resolve("runs.csv"))).isEqualTo(Files.readAllBytes(whole.resolve(
                "runs.csv")));
        assertThat(Files.readString(merged.resolve("checkpoint.json")))
                .isEqualTo(Files.readString(whole.resolve("checkpoint.json")));
        assertThat(summary(merged)).isEqualTo(summary(whole));
        JsonNode m = JSON.readTree(merged.resolve("manifest.json").toFile());
        assertThat(m.get("status").asText()).isEqualTo("complete");
        assertThat(m.get("command").asText()).isEqualTo("merge");
        assertThat(m.get("seed").asLong()).isEqualTo(20100611L);
        assertThat(m.get("inputs")).hasSize(3);
        assertThat(m.get("files").toString()).isEqualTo("[\"runs.csv\",\"checkpoint.json\",\"summary.json\"]");
        for (Path folder : List.of(dir.resolve("s2"), merged)) {
            assertThat(problems("manifest", folder.resolve("manifest.json"))).as("%s", folder).isEmpty();
            assertThat(problems("checkpoint", folder.resolve("checkpoint.json"))).as("%s", folder).isEmpty();
        }
        assertThat(JSON.readTree(dir.resolve("s2/checkpoint.json").toFile()).get("shard").asText()).isEqualTo("2/3");
    }

    /** What the JSON Schema {@code docs/NAME.schema.json} finds wrong with a file. */
    static java.util.Set<com.networknt.schema.ValidationMessage> problems(String name, Path file)
            throws Exception {
        Path schema = MainTest.EXAMPLE.getParent().resolveSibling("docs").resolve(name + ".schema.json");
        return com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(schema.toFile())).validate(JSON.readTree(file.toFile()));
    }

    @Test
    void parquetShardsMerged_holdTheWholeEnsemblesRowsInRunOrder(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        ensemble(whole, "--rows", "parquet");
        ensemble(dir.resolve("a"), "--rows", "parquet", "--shard", "1/2");
        ensemble(dir.resolve("b"), "--rows", "parquet", "--shard", "2/2");
        Path merged = dir.resolve("merged");
        MainTest.Run r = MainTest.run("merge", dir.resolve("b").toString(), dir.resolve("a").toString(), "--out",
                merged.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("runs").asLong()).isEqualTo(300);
        assertThat(KillAndResumeTest.parquetRows(merged.resolve("rows")))
                .isEqualTo(KillAndResumeTest.parquetRows(whole.resolve("rows")));
        assertThat(summary(merged)).isEqualTo(summary(whole));
    }

    @Test
    void wideAndSummaryOnlyShards_mergeIntoTheWholeEnsemblesFolder(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        ensemble(whole, "--layout", "wide");
        ensemble(dir.resolve("a"), "--layout", "wide", "--shard", "1/2");
        ensemble(dir.resolve("b"), "--layout", "wide", "--shard", "2/2");
        Path merged = dir.resolve("merged");
        MainTest.Run r = MainTest.run("merge", dir.resolve("b").toString(), dir.resolve("a").toString(), "--out",
                merged.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("300 rows (wide, one a run) in " + merged.resolve("runs.csv"));
        assertThat(Files.readAllBytes(merged.resolve("runs.csv"))).isEqualTo(Files.readAllBytes(whole.resolve(
                "runs.csv")));
        assertThat(JSON.readTree(merged.resolve("manifest.json").toFile()).get("rows").toString())
                .isEqualTo("{\"format\":\"csv\",\"layout\":\"wide\",\"rows\":300}");

        Path none = dir.resolve("none");
        ensemble(none, "--rows", "none");
        ensemble(dir.resolve("n1"), "--rows", "none", "--shard", "1/2");
        ensemble(dir.resolve("n2"), "--rows", "none", "--shard", "2/2");
        Path mergedNone = dir.resolve("merged-none");
        MainTest.Run n = MainTest.run("merge", dir.resolve("n1").toString(), dir.resolve("n2").toString(), "--out",
                mergedNone.toString());
        assertThat(n.code()).as(n.err()).isZero();
        assertThat(n.out()).contains("no rows kept");
        assertThat(mergedNone.resolve("runs.csv")).doesNotExist();
        assertThat(Files.readString(mergedNone.resolve("checkpoint.json")))
                .isEqualTo(Files.readString(none.resolve("checkpoint.json")));
        assertThat(summary(mergedNone)).isEqualTo(summary(none));
        assertThat(problems("manifest", mergedNone.resolve("manifest.json"))).isEmpty();

        MainTest.Run mixed = MainTest.run("merge", dir.resolve("n1").toString(), dir.resolve("b").toString(),
                "--out", dir.resolve("mixed").toString());
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("CSV rows (wide), but '" + dir.resolve("n1") + "' of no rows");
    }

    @Test
    void missingOverlappingOrForeignShards_areRefusedWithExitTwo_andNothingWritten(@TempDir Path dir)
            throws Exception {
        for (String i : List.of("1", "2", "3")) {
            ensemble(dir.resolve("s" + i), "--shard", i + "/3");
        }
        ensemble(dir.resolve("half"), "--shard", "1/2");
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, Files.readString(Path.of(EXPERIMENT)).replace("seed: 20100611", "seed: 7")
                .replace("scenario: kyrgyzstan-2010.yaml", "scenario: " + MainTest.EXAMPLE.toAbsolutePath()));
        MainTest.Run foreign = MainTest.run("ensemble", other.toString(), "--runs", "300", "--out",
                dir.resolve("foreign").toString(), "--progress=false", "--shard", "2/3", "--allow-outside");
        assertThat(foreign.code()).as(foreign.err()).isZero();
        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        Path s3 = dir.resolve("s3");
        Path out = dir.resolve("out");

        assertRefused("mandate: merge: runs 100 to 199 are in none of the folders given (missing shard 2/3); "
                + "expected every shard of the ensemble\n", s3.toString(), s1.toString(), "--out", out.toString());
        assertRefused("mandate: merge: runs 200 to 299 are in none of the folders given (missing shard 3/3); "
                + "expected every shard of the ensemble\n", s1.toString(), s2.toString(), "--out", out.toString());
        assertRefused("mandate: merge: '" + s1 + "' (shard 1/3, runs 0 to 99) and '" + dir.resolve("half")
                + "' (shard 1/2, runs 0 to 149) overlap; expected each run in exactly one folder\n",
                s1.toString(), dir.resolve("half").toString(), s2.toString(), s3.toString(), "--out",
                out.toString());
        assertRefused("mandate: merge: '" + dir.resolve("foreign") + "' is a shard of seed 7, but '" + s1
                + "' of seed 20100611; expected shards of one ensemble\n", s1.toString(),
                dir.resolve("foreign").toString(), s3.toString(), "--out", out.toString());
        assertRefused("mandate: '" + dir.resolve("nothing") + "': no such folder; expected the output folder of "
                + "'mandate ensemble --shard'\n", s1.toString(), dir.resolve("nothing").toString(), "--out",
                out.toString());

        MainTest.Run shorter = MainTest.run("ensemble", EXPERIMENT, "--runs", "200", "--out",
                dir.resolve("shorter").toString(), "--progress=false", "--shard", "3/3");
        assertThat(shorter.code()).as(shorter.err()).isZero();
        assertRefused("mandate: merge: '" + dir.resolve("shorter") + "' is a shard of 200 runs, but '" + s1
                + "' of 300 runs; expected shards of one ensemble\n", s1.toString(), s2.toString(),
                dir.resolve("shorter").toString(), "--out", out.toString());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertRefused("mandate: merge: '" + empty + "' holds no ensemble (no checkpoint.json); expected the output "
                + "folder of 'mandate ensemble --shard'\n", s1.toString(), empty.toString(), "--out", out.toString());

        ObjectNode cp = (ObjectNode) JSON.readTree(s2.resolve("checkpoint.json").toFile());
        cp.put("complete", false);
        cp.put("nextRun", 150);
        Files.writeString(s2.resolve("checkpoint.json"), cp.toString());
        assertRefused("mandate: merge: '" + s2 + "' holds an incomplete ensemble (shard 2/3, runs 100 to 149 done); "
                + "finish it with --resume before merging\n", s1.toString(), s2.toString(), s3.toString(), "--out",
                out.toString());
        assertThat(out).doesNotExist();
    }

    private static void assertRefused(String message, String... args) {
        List<String> all = new ArrayList<>(List.of("merge"));
        all.addAll(List.of(args));
        MainTest.Run r = MainTest.run(all.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(message);
    }

    @Test
    void aShardThatIsNotIOfN_orMoreShardsThanRuns_isExitTwoWithTheValue(@TempDir Path dir) {
        MainTest.Run bad = MainTest.run("ensemble", EXPERIMENT, "--runs", "10", "--out", dir.toString(),
                "--progress=false", "--shard", "4/3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("mandate: --shard: expected i/n with 1 <= i <= n, e.g. 2/4, was '4/3'\n");
        MainTest.Run many = MainTest.run("ensemble", EXPERIMENT, "--runs", "10", "--out", dir.toString(),
                "--progress=false", "--shard", "1/11");
        assertThat(many.code()).isEqualTo(2);
        assertThat(many.err()).isEqualTo("mandate: --shard 1/11: expected at most 10 shards, as many as the runs\n");
    }
}
