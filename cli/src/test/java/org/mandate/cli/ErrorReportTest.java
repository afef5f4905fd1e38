package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's failure is an error report in JSON with {@code --format json}, valid against its schema. */
class ErrorReportTest {
    private static final Path HISTORY = MainTest.EXAMPLE.resolveSibling("central-asia.yaml");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(read(MainTest.EXAMPLE.getParent().resolveSibling("docs").resolve("error-report.schema.json")));

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode report(MainTest.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(SCHEMA.validate(json)).as(r.out()).isEmpty();
        assertThat(json.get("exit").asInt()).isEqualTo(2);
        assertThat(json.get("error").asText()).isEqualTo("bad input");
        return json;
    }

    @Test
    void aHistorysOptionProblem_isReportedInJson() throws Exception {
        JsonNode json = report(MainTest.run("history", HISTORY.toString(), "--to", "1980", "--format", "json"));
        assertThat(json.get("command").asText()).isEqualTo("mandate history");
        assertThat(json.get("problems").get(0).get("message").asText()).isEqualTo(
                "--to 1980-12-31 is before --from 1992-01-01");
        // without --format json nothing goes to standard output
        MainTest.Run plain = MainTest.run("history", HISTORY.toString(), "--to", "1980");
        assertThat(plain.out()).isEmpty();
        assertThat(plain.err()).isEqualTo("mandate: --to 1980-12-31 is before --from 1992-01-01\n");
    }

    @Test
    void aBadHistoryFile_givesEachProblemsParts(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("h.yaml");
        Files.writeString(bad, read(HISTORY).replaceFirst("\nto: ", "\nto: x"));
        MainTest.Run r = MainTest.run("history", bad.toString(), "--format", "json");
        JsonNode p = report(r).get("problems").get(0);
        assertThat(p.get("file").asText()).isEqualTo(bad.toString());
        assertThat(p.get("line").asInt()).isPositive();
        assertThat(p.get("path").asText()).isEqualTo("to");
        assertThat(r.err()).contains(p.get("message").asText());
    }

    @Test
    void aBadKtabFile_isReportedWithItsPlace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("k.csv");
        Files.writeString(bad, "only one cell\n");
        JsonNode p = report(MainTest.run("bargain", bad.toString(), "--format", "json")).get("problems").get(0);
        assertThat(p.get("line").asInt()).isEqualTo(1);
        assertThat(p.get("path").asText()).isEqualTo("header");
    }

    @Test
    void anUnknownOption_isReportedInJsonToo() throws Exception {
        JsonNode json = report(MainTest.run("backtest", "examples/cases", "--bogus", "--format", "json"));
        assertThat(json.get("problems").get(0).get("message").asText()).contains("--bogus");
        assertThat(json.get("problems").get(0).get("file").isNull()).isTrue();
    }

    @Test
    void backtestAndAblateOfAMissingFolder_areReportedInJson(@TempDir Path dir) throws Exception {
        for (String command : List.of("backtest", "ablate", "calibrate")) {
            List<String> args = new java.util.ArrayList<>(List.of(command, dir.resolve("none").toString(),
                    "--format", "json"));
            if (command.equals("calibrate")) {
                args.addAll(List.of("--parameters", dir.resolve("p.yaml").toString()));
            }
            JsonNode json = report(MainTest.run(args.toArray(String[]::new)));
            assertThat(json.get("command").asText()).isEqualTo("mandate " + command);
            assertThat(json.get("problems").get(0).get("message").asText()).contains("is not a folder");
        }
    }

    @Test
    void aScenarioCommandsReport_keepsValidatesFields(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, read(MainTest.EXAMPLE).replace("host: KGZ", "host: XYZ"));
        JsonNode json = report(MainTest.run("run", bad.toString(), "--format", "json"));
        assertThat(json.get("file").asText()).isEqualTo(bad.toString());
        assertThat(json.get("kind").asText()).isEqualTo("scenario");
        assertThat(json.get("problems").get(0).get("path").asText()).isEqualTo("episodes[0].host");
        assertThat(json.get("problems")).hasSize(2); // both episodes name the host
    }
}
