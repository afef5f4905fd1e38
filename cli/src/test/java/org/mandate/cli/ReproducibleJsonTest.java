package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON output is byte for byte the same in two separate invocations: each JVM salts the iteration order of
 * {@code Map.of}, so only a second process shows a key order that depends on it.
 */
class ReproducibleJsonTest {
    private static String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args)).isIn(0, 2);
        return out;
    }

    @Test
    void discoverAndBacktestJson_areTheSameBytesInTwoProcesses() throws Exception {
        Path examples = MainTest.EXAMPLE.getParent();
        String[] discover = {"discover", examples.resolve("kyrgyzstan-2010-experiment.yaml").toString(), "--outcome",
            "april-2010.SCO.decided>=1", "--runs", "300", "--format", "json"};
        String[] backtest = {"backtest", examples.resolve("cases").toString(), "--ensemble", "5", "--format",
            "json"};
        for (String[] args : List.of(discover, backtest)) {
            String a = run(args);
            assertThat(a).as(args[0]).startsWith("{");
            assertThat(run(args)).as(args[0]).isEqualTo(a);
        }
    }
}
