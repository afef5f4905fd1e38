package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/backtest} and {@code /api/bargain}: the command line's JSON, their charts, their errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisApiTest {
    TestServer server;
    Path workspace;

    @BeforeAll
    void start(@TempDir Path dir) {
        workspace = dir;
        server = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void backtest_ofTheLibrary_answersWhatTheCommandLinePrints_withFilesNamedAsTheApiNamesThem() throws Exception {
        TestServer.Answer a = server.post("/api/backtest", "{\"ensemble\":20,\"seed\":7}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        ObjectNode json = (ObjectNode) a.json();
        JsonNode charts = json.remove("charts");
        assertThat(json.remove("exitCode").asInt()).isZero();
        ObjectNode cli = (ObjectNode) WorkbenchApiTest.cli("backtest", TestServer.EXAMPLES.resolve("cases").toString(),
                "--format", "json", "--ensemble", "20", "--seed", "7");
        for (JsonNode c : cli.path("cases")) {
            String file = Path.of(c.path("file").asText()).getFileName().toString();
            ((ObjectNode) c).put("file", "examples/cases/" + file);
        }
        assertThat(json).isEqualTo(cli);
        assertThat(json.path("cases").size()).isEqualTo(51);
        // every case's file opens through the API, so that each cell can be explained
        JsonNode first = json.path("cases").get(0);
        JsonNode cell = first.path("cells").get(0);
        TestServer.Answer explained = server.post("/api/explain", "{\"path\":\"" + first.path("file").asText()
                + "\",\"episode\":\"" + cell.path("episode").asText() + "\",\"organization\":\""
                + cell.path("organization").asText() + "\"}");
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);

        List<String> scores = new ArrayList<>();
        charts.path("scores").path("data").path("values").forEach(v -> scores.add(v.path("group").asText() + " "
                + v.path("predictor").asText() + " " + v.path("measure").asText() + " " + v.path("value").asDouble()));
        assertThat(scores).contains("all cases model accuracy " + json.path("model").path("accuracy").asDouble(),
                "all cases model MAE " + json.path("model").path("mae").asDouble(),
                "all cases majority MAE " + json.path("baselines").path("majority").path("mae").asDouble());
        int csto = 0;
        for (JsonNode v : charts.path("confusion").path("data").path("values")) {
            if (v.path("organization").asText().equals("CSTO") && v.path("levelOf").asText().equals("implemented")) {
                assertThat(v.path("count").asInt()).isEqualTo(json.path("confusion").path("all").path("CSTO")
                        .path("implemented").get(v.path("observed").asInt()).get(v.path("predicted").asInt()).asInt());
                csto++;
            }
        }
        assertThat(csto).isEqualTo(25);
    }

    @Test
    void backtest_withAnEnsembleOutOfRange_is400() {
        TestServer.Answer a = server.post("/api/backtest", "{\"ensemble\":5000}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").asText()).isEqualTo("ensemble: 5000; expected a whole number from 0 to 2000");
    }

    @Test
    void backtest_ofAFolderWithoutCases_is400_inTheCommandsWords() throws Exception {
        Files.createDirectories(workspace.resolve("empty"));
        TestServer.Answer a = server.post("/api/backtest", "{\"path\":\"workspace/empty\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").asText())
                .isEqualTo("backtest: no case files (*.yaml, *.yml) in 'workspace/empty'");
        assertThat(server.post("/api/backtest", "{\"path\":\"workspace/none\"}").status()).isEqualTo(404);
    }

    @Test
    void backtest_ofAFolderWithABadFile_scoresTheRest_andNamesTheSkippedFileAsTheApiDoes() throws Exception {
        Path cases = Files.createDirectories(workspace.resolve("mixed"));
        Files.copy(TestServer.EXAMPLES.resolve("cases/kyrgyzstan-2010.yaml"), cases.resolve("kyrgyzstan-2010.yaml"));
        Files.writeString(cases.resolve("bad.yaml"), "scenario: bad\ncolour: blue\n");
        TestServer.Answer a = server.post("/api/backtest", "{\"path\":\"workspace/mixed\",\"ensemble\":0}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("exitCode").asInt()).isEqualTo(2);
        assertThat(json.path("cases").size()).isEqualTo(1);
        assertThat(json.path("cases").get(0).path("file").asText()).isEqualTo("workspace/mixed/kyrgyzstan-2010.yaml");
        JsonNode skipped = json.path("skipped").get(0);
        assertThat(skipped.path("file").asText()).isEqualTo("workspace/mixed/bad.yaml");
        assertThat(skipped.path("problems").get(0).asText()).startsWith("workspace/mixed/bad.yaml:");
        assertThat(a.body()).doesNotContain(workspace.toString());
    }

    @Test
    void bargain_answersWhatTheCommandLinePrints_plusItsTrajectory() throws Exception {
        TestServer.Answer a = server.post("/api/bargain", "{\"path\":\"examples/bargaining/ref-10x2.csv\","
                + "\"profile\":\"mandate\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        ObjectNode json = (ObjectNode) a.json();
        JsonNode charts = json.remove("charts");
        JsonNode trajectory = json.remove("trajectory");
        Path csv = TestServer.EXAMPLES.resolve("bargaining/ref-10x2.csv");
        Path written = Files.createTempDirectory("bargain-test-").resolve("trajectory.csv");
        assertThat(json).isEqualTo(WorkbenchApiTest.cli("bargain", csv.toString(), "--profile", "mandate",
                "--format", "json", "--trajectory", written.toString()));
        List<String> lines = Files.readAllLines(written);
        Files.delete(written);
        Files.delete(written.getParent());
        assertThat(trajectory.size()).isEqualTo(lines.size() - 1);
        JsonNode last = trajectory.get(trajectory.size() - 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(last.path("turn").asInt() + "," + last.path("actor")
                .asText() + "," + last.path("dimension").asText() + "," + last.path("position").asDouble());
        assertThat(last.path("turn").asInt()).isEqualTo(json.path("turns").asInt());
        assertThat(charts.path("positions").path("data").path("values")).isEqualTo(trajectory);
        assertThat(charts.path("final").path("data").path("values").size())
                .isEqualTo(json.path("actors").size() * 2 + 2 * 2);
    }

    @Test
    void bargain_ofABadCsv_is400_withTheReadersProblemAtItsLine() {
        TestServer.Answer a = server.post("/api/bargain", "{\"csv\":\"x,y\\n1,2\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").asText()).isEqualTo("draft.csv:1:0: header: got \"x,y\", expected 4 "
                + "cells: scenario name, description, N, K (the line has 2)\n1 problem found");
    }

    @Test
    void bargain_ofAYamlFileOrAnUnknownProfile_is400_andOfAMissingFile404() {
        TestServer.Answer yaml = server.post("/api/bargain", "{\"path\":\"examples/kyrgyzstan-2010.yaml\"}");
        assertThat(yaml.status()).isEqualTo(400);
        assertThat(yaml.json().path("error").asText()).isEqualTo("path 'examples/kyrgyzstan-2010.yaml' is not a CSV "
                + "file; expected a KTAB scenario ending in .csv");
        TestServer.Answer profile = server.post("/api/bargain", "{\"path\":\"examples/bargaining/ref-10x2.csv\","
                + "\"profile\":\"fast\"}");
        assertThat(profile.json().path("error").asText()).isEqualTo("profile: 'fast'; expected ktab or mandate");
        assertThat(server.post("/api/bargain", "{\"path\":\"workspace/none.csv\"}").status()).isEqualTo(404);
        assertThat(server.post("/api/bargain", "{\"path\":\"../x.csv\"}").status()).isEqualTo(403);
    }

    @Test
    void theListing_namesTheBargainingExamples() {
        List<String> found = new ArrayList<>();
        server.get("/api/scenarios").json().path("scenarios").forEach(s -> {
            if (s.path("type").asText().equals("bargaining")) {
                found.add(s.path("path").asText() + " " + s.path("id").asText());
            }
        });
        assertThat(found).containsExactly("examples/bargaining/ref-10x2.csv ref-10x2",
                "examples/bargaining/ref-cap-08x2.csv ref-cap-08x2");
    }
}
