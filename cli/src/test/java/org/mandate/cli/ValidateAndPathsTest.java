package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate reads experiments as experiments and reports in JSON on request; paths may not leave their folder. */
class ValidateAndPathsTest {
    private static final Path EXPERIMENT = MainTest.EXAMPLE.resolveSibling("kyrgyzstan-2010-experiment.yaml");

    @Test
    void validate_onAnExperiment_checksItAsAnExperiment() {
        MainTest.Run r = MainTest.run("validate", EXPERIMENT.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("ok\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void validate_inJson_givesEachProblemsParts(@TempDir Path dir) throws Exception {
        Files.copy(MainTest.EXAMPLE, dir.resolve("kyrgyzstan-2010.yaml"));
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EXPERIMENT).replace("runs: 10000", "runs: 0"));
        MainTest.Run r = MainTest.run("validate", bad.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("kind").asText()).isEqualTo("experiment");
        assertThat(json.get("valid").asBoolean()).isFalse();
        JsonNode p = json.get("problems").get(0);
        assertThat(p.get("line").asInt()).isEqualTo(9);
        assertThat(p.get("column").asInt()).isEqualTo(7);
        assertThat(p.get("path").asText()).isEqualTo("runs");
        assertThat(p.get("value").asText()).isEqualTo("0");
        assertThat(p.get("message").asText()).isEqualTo(bad + ":9:7: runs: value 0: expected a number from 1 to "
                + "2000000000");
    }

    @Test
    void anExperimentsScenarioOutsideItsFolder_needsAllowOutside(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(MainTest.EXAMPLE, dir.resolve("kyrgyzstan-2010.yaml"));
        Path e = sub.resolve("e.yaml");
        Files.writeString(e, Files.readString(EXPERIMENT).replace("scenario: kyrgyzstan-2010.yaml",
                "scenario: ../kyrgyzstan-2010.yaml"));
        MainTest.Run refused = MainTest.run("validate", e.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo(e + ":8:11: scenario: value '../kyrgyzstan-2010.yaml': expected a "
                + "scenario file inside this experiment's folder; a path that leads out of it needs --allow-outside\n"
                + "1 problem found\n");
        assertThat(MainTest.run("validate", e.toString(), "--allow-outside").code()).isZero();
    }

    @Test
    void controlCharactersInAProblem_areEscaped(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(MainTest.EXAMPLE).replace("host: KGZ", "host: \"K\\e[2J\""));
        MainTest.Run r = MainTest.run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("value 'K\\u001b[2J'").doesNotContain("\u001b");
    }

    @Test
    void everyCommandsErrorReport_isJsonWithFormatJson(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(MainTest.EXAMPLE).replace("host: KGZ", "host: XYZ"));
        for (String command : java.util.List.of("run", "explain")) {
            MainTest.Run r = MainTest.run(command, bad.toString(), "--format", "json");
            assertThat(r.code()).isEqualTo(2);
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.get("valid").asBoolean()).isFalse();
            assertThat(json.get("problems").get(0).get("message").asText()).startsWith(bad + ":35:11: "
                    + "episodes[0].host: value 'XYZ': unknown state");
        }
        Files.copy(MainTest.EXAMPLE, dir.resolve("kyrgyzstan-2010.yaml"));
        Path experiment = dir.resolve("e.yaml");
        Files.writeString(experiment, Files.readString(EXPERIMENT).replace("runs: 10000", "runs: 0"));
        for (String command : java.util.List.of("ensemble", "sensitivity", "discover")) {
            MainTest.Run r = MainTest.run(command, experiment.toString(), "--format", "json");
            assertThat(r.code()).as(command).isEqualTo(2);
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.get("kind").asText()).isEqualTo("experiment");
            assertThat(json.get("problems").get(0).get("path").asText()).isEqualTo("runs");
        }
    }

    @Test
    void controlCharactersInATitle_neverReachTheTerminalFromATable(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(MainTest.EXAMPLE).replace("title: Kyrgyzstan 2010",
                "title: \"Kyrgyzstan\\r\\e[2J2010\""));
        MainTest.Run r = MainTest.run("run", bad.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Kyrgyzstan\\u000d\\u001b[2J2010\n").doesNotContain("\u001b", "\r");
    }
}
