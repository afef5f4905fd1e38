package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A case folder holding things that are not case files: each is reported and skipped, and the exit is 2. */
class BacktestFolderTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @EnabledOnOs(OS.LINUX)
    void foldersPipesAndLinkLoopsNamedLikeCases_areReportedNotSilentlySkipped(@TempDir Path dir) throws Exception {
        Path cases = MainTest.EXAMPLE.getParent().resolve("cases");
        Files.copy(cases.resolve("kyrgyzstan-tulip-2005.yaml"), dir.resolve("a-tulip.yaml"));
        Files.createDirectory(dir.resolve("b-folder.yaml"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("c-pipe.yaml").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(dir.resolve("d-loop.yaml"), dir.resolve("d-loop.yaml"));
        MainTest.Run r = MainTest.run("backtest", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(
                dir.resolve("b-folder.yaml") + ": is a folder; expected a scenario file\n"
                        + dir.resolve("b-folder.yaml") + ": skipped (1 problem)\n",
                dir.resolve("c-pipe.yaml") + ": is not a regular file (a pipe, a device or a socket); expected a "
                        + "scenario file\n" + dir.resolve("c-pipe.yaml") + ": skipped (1 problem)\n",
                dir.resolve("d-loop.yaml") + ": is a symbolic link that leads nowhere (broken, or a loop); expected "
                        + "a scenario file\n" + dir.resolve("d-loop.yaml") + ": skipped (1 problem)\n");
        assertThat(r.out()).contains("kyrgyzstan-tulip-2005");
    }

    @Test
    void backtestOut_keepsAManifest_refusesEarlierOutput_andWritesTheSameBytesEachTime(@TempDir Path dir)
            throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        for (String c : java.util.List.of("armenia-post-election-2008.yaml", "belarus-post-election-2010.yaml")) {
            Files.copy(MainTest.EXAMPLE.getParent().resolve("cases").resolve(c), cases.resolve(c));
        }
        Path out = dir.resolve("out");
        MainTest.Run first = MainTest.run("backtest", cases.toString(), "--ensemble", "20", "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        byte[] json = Files.readAllBytes(out.resolve("backtest.json"));
        assertThat(Files.readAllLines(out.resolve("scores.csv")).get(0)).isEqualTo("group,predictor,n,brier,rps");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"status\" : \"complete\"",
                "\"scores.csv\"");
        MainTest.Run again = MainTest.run("backtest", cases.toString(), "--ensemble", "20", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).startsWith("mandate: backtest: --out: '" + out + "' already holds output "
                + "(manifest.json, cells.csv,");
        MainTest.Run over = MainTest.run("backtest", cases.toString(), "--ensemble", "20", "--out", out.toString(),
                "--overwrite");
        assertThat(over.code()).isZero();
        assertThat(Files.readAllBytes(out.resolve("backtest.json"))).isEqualTo(json);
    }
}
