package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mandate ensemble --shard I/N} and {@code mandate merge} on an experiment on a history: the shards' folders,
 * merged in any order, are byte for byte the folder of the ensemble run whole (rows, checkpoint and summary), also
 * when a shard was killed and resumed; shards that do not make one history ensemble are refused with exit 2.
 */
class HistoryMergeCommandTest {
    private static final String EXPERIMENT = HistoryKillAndResumeTest.EXPERIMENT.toString();
    private static final String CRISIS = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml")
            .toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MainTest.Run ensemble(String runs, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("ensemble", EXPERIMENT, "--runs", runs, "--out", out.toString(),
                "--progress=false", "--threads", "2"));
        args.addAll(List.of(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    private static void ok(MainTest.Run r) {
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static MainTest.Run merge(Path out, Path... dirs) {
        List<String> args = new ArrayList<>(List.of("merge"));
        for (Path d : dirs) {
            args.add(d.toString());
        }
        args.addAll(List.of("--out", out.toString()));
        return MainTest.run(args.toArray(String[]::new));
    }

    private static void sameFolder(Path merged, Path whole, String rows) throws Exception {
        if (rows.equals("csv")) {
            assertThat(Files.readAllBytes(merged.resolve("runs.csv")))
                    .isEqualTo(Files.readAllBytes(whole.resolve("runs.csv")));
        } else {
            assertThat(KillAndResumeTest.parquetRows(merged.resolve("rows")))
                    .isEqualTo(KillAndResumeTest.parquetRows(whole.resolve("rows")));
        }
        assertThat(Files.readString(merged.resolve("summary.json")))
                .isEqualTo(Files.readString(whole.resolve("summary.json")));
        if (rows.equals("csv")) {
            assertThat(Files.readString(merged.resolve("checkpoint.json")))
                    .isEqualTo(Files.readString(whole.resolve("checkpoint.json")));
        } else {
            // the same checkpoint but for the number of parts: one a shard here, where the whole run wrote one
            com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode)
                    JSON.readTree(merged.resolve("checkpoint.json").toFile());
            com.fasterxml.jackson.databind.node.ObjectNode w = (com.fasterxml.jackson.databind.node.ObjectNode)
                    JSON.readTree(whole.resolve("checkpoint.json").toFile());
            try (var parts = Files.list(merged.resolve("rows"))) {
                assertThat(m.remove("parts").asLong()).isEqualTo(parts.count());
            }
            w.remove("parts");
            assertThat(m).isEqualTo(w);
        }
    }

    @Test
    void twoAndThreeShardsMergedInAnyOrder_areByteForByteTheWholeEnsemblesRowsSummaryAndCheckpoint(@TempDir Path dir)
            throws Exception {
        Path whole = dir.resolve("whole");
        ok(ensemble("40", whole));
        for (String s : List.of("2/3", "3/3", "1/3", "2/2", "1/2")) {
            ok(ensemble("40", dir.resolve("s" + s.replace("/", "of")), "--shard", s));
        }
        JsonNode shard = JSON.readTree(dir.resolve("s2of3/manifest.json").toFile()).get("shard");
        assertThat(shard.toString()).isEqualTo("{\"index\":2,\"count\":3,\"firstRun\":13,\"endRun\":26}");
        JsonNode checkpoint = JSON.readTree(dir.resolve("s2of3/checkpoint.json").toFile());
        assertThat(checkpoint.get("shard").asText()).isEqualTo("2/3");
        assertThat(checkpoint.get("firstRun").asLong()).isEqualTo(13);
        assertThat(checkpoint.get("nextRun").asLong()).isEqualTo(26);
        assertThat(Files.readAllLines(dir.resolve("s2of3/runs.csv"))).hasSize(1 + 13 * 2);
        assertThat(Files.readAllLines(dir.resolve("s2of3/runs.csv")).get(1)).startsWith("central-asia-uncertainty,13,");

        Path three = dir.resolve("three");
        MainTest.Run r = merge(three, dir.resolve("s3of3"), dir.resolve("s1of3"), dir.resolve("s2of3"));
        ok(r);
        assertThat(r.out()).isEqualTo("central-asia-uncertainty: 3 folders merged, 40 draws at 2 design points, 80 "
                + "rows in " + three.resolve("runs.csv") + "; summary in " + three.resolve("summary.json") + "\n");
        sameFolder(three, whole, "csv");
        Path two = dir.resolve("two");
        ok(merge(two, dir.resolve("s2of2"), dir.resolve("s1of2")));
        sameFolder(two, whole, "csv");

        JsonNode manifest = JSON.readTree(two.resolve("manifest.json").toFile());
        assertThat(manifest.get("status").asText()).isEqualTo("complete");
        assertThat(manifest.get("command").asText()).isEqualTo("merge");
        assertThat(manifest.get("rows").toString()).isEqualTo("{\"format\":\"csv\",\"layout\":\"long\",\"rows\":80}");
        for (Path folder : List.of(dir.resolve("s2of3"), two, whole)) {
            assertThat(MergeCommandTest.problems("manifest", folder.resolve("manifest.json"))).as("%s", folder)
                    .isEmpty();
            assertThat(MergeCommandTest.problems("checkpoint", folder.resolve("checkpoint.json"))).as("%s", folder)
                    .isEmpty();
        }
    }

    @Test
    void parquetShards_mergeIntoTheWholeEnsemblesRowsInDrawOrderAndItsSummary(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        ok(ensemble("30", whole, "--rows", "parquet"));
        ok(ensemble("30", dir.resolve("b"), "--rows", "parquet", "--shard", "2/2"));
        ok(ensemble("30", dir.resolve("a"), "--rows", "parquet", "--shard", "1/2"));
        Path merged = dir.resolve("merged");
        MainTest.Run r = MainTest.run("merge", dir.resolve("b").toString(), dir.resolve("a").toString(), "--out",
                merged.toString(), "--format", "json");
        ok(r);
        assertThat(r.out()).isEqualTo(Files.readString(whole.resolve("summary.json")));
        assertThat(merged.resolve("rows/part-00001.parquet")).exists();
        sameFolder(merged, whole, "parquet");
    }

    @Test
    void aShardKilledAndResumed_stillMergesIntoTheWholeEnsemble(@TempDir Path dir) throws Exception {
        String runs = "2000";
        Path whole = dir.resolve("whole");
        ok(ensemble(runs, whole));
        ok(ensemble(runs, dir.resolve("a"), "--shard", "1/2"));
        Path b = dir.resolve("b");
        // killed once a checkpoint counts some of the shard's draws (from 1000) but not all
        boolean killedMidway = false;
        for (int attempt = 0; attempt < 3 && !killedMidway; attempt++) {
            Process p = start(b, runs, "--overwrite");
            long give = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && System.nanoTime() < give) {
                long next = nextRun(b);
                if (next > 1000 && next < 2000) {
                    p.destroyForcibly().waitFor();
                    killedMidway = nextRun(b) < 2000;
                    break;
                }
                Thread.sleep(2);
            }
            p.destroyForcibly().waitFor();
        }
        assertThat(killedMidway).as("the shard was killed between its first and its last draw").isTrue();
        assertThat(JSON.readTree(b.resolve("manifest.json").toFile()).get("status").asText()).isEqualTo("partial");
        MainTest.Run other = ensemble(runs, b, "--shard", "1/2", "--resume");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).isEqualTo("mandate: " + b + " holds shard 2/2 of this ensemble, not shard 1/2; use "
                + "--overwrite to start again\n");
        MainTest.Run early = merge(dir.resolve("early"), dir.resolve("a"), b);
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.err()).startsWith("mandate: merge: '" + b + "' holds an incomplete ensemble (shard 2/2, "
                + "runs 1000 to ");
        ok(ensemble(runs, b, "--shard", "2/2", "--resume"));
        Path merged = dir.resolve("merged");
        ok(merge(merged, b, dir.resolve("a")));
        sameFolder(merged, whole, "csv");
    }

    private static Process start(Path out, String runs, String more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ensemble", EXPERIMENT, "--runs", runs, "--threads", "2", "--out", out.toString(), "--shard", "2/2",
                "--progress=false", more);
        return new ProcessBuilder(cmd).redirectOutput(new File("/dev/null")).redirectError(new File("/dev/null"))
                .start();
    }

    private static long nextRun(Path out) {
        try {
            return JSON.readTree(out.resolve("checkpoint.json").toFile()).path("nextRun").asLong();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void aMissingHistoryShard_andACrisisShardAmongHistoryShards_areRefused(@TempDir Path dir) {
        Path h1 = dir.resolve("h1");
        Path h2 = dir.resolve("h2");
        ok(ensemble("12", h1, "--shard", "1/3"));
        ok(ensemble("12", h2, "--shard", "2/3"));
        MainTest.Run missing = merge(dir.resolve("m"), h2, h1);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("mandate: merge: runs 8 to 11 are in none of the folders given (missing "
                + "shard 3/3); expected every shard of the ensemble\n");
        assertThat(dir.resolve("m/summary.json")).doesNotExist();

        Path crisis = dir.resolve("crisis");
        ok(MainTest.run("ensemble", CRISIS, "--runs", "12", "--shard", "3/3", "--out", crisis.toString(),
                "--progress=false", "--threads", "2"));
        MainTest.Run mixed = merge(dir.resolve("m"), h1, h2, crisis);
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).isEqualTo("mandate: merge: '" + crisis + "' is a shard of an experiment on a crisis "
                + "('kyrgyzstan-2010-uncertainty'), but '" + h1 + "' of an experiment on a history "
                + "('central-asia-uncertainty'); expected shards of one ensemble\n");
        MainTest.Run crisisFirst = merge(dir.resolve("m"), crisis, h1, h2);
        assertThat(crisisFirst.code()).isEqualTo(2);
        assertThat(crisisFirst.err()).contains("'" + h1 + "' is a shard of an experiment on a history");
    }

    @Test
    void aShardWithoutAFolder_orOfMoreShardsThanDraws_isRefused() {
        MainTest.Run noFolder = MainTest.run("ensemble", EXPERIMENT, "--runs", "12", "--shard", "1/2",
                "--progress=false");
        assertThat(noFolder.code()).isEqualTo(2);
        assertThat(noFolder.err()).isEqualTo("mandate: --shard: a history experiment writes rows only with --out DIR;"
                + " give the folder\n");
        MainTest.Run tooMany = MainTest.run("ensemble", EXPERIMENT, "--runs", "3", "--shard", "1/4",
                "--progress=false", "--out", "unused");
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.err()).isEqualTo("mandate: --shard 1/4: expected at most 3 shards, as many as the draws\n");
        MainTest.Run bad = MainTest.run("ensemble", EXPERIMENT, "--shard", "0/2", "--progress=false");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("mandate: --shard: expected i/n with 1 <= i <= n, e.g. 2/4, was '0/2'\n");
    }
}
