package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.cli.Main;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.server.jobs.JobResource;

/** Every endpoint of the API, in-process on port 0, with its error codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchApiTest {
    static final String EXAMPLE = "examples/kyrgyzstan-2010.yaml";
    static final String EXAMPLE_BODY = "{\"path\":\"" + EXAMPLE + "\"}";

    Path workspace;

    TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        workspace = dir;
        server = new TestServer(workspace);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The command line's output for the same arguments, as JSON. */
    static JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.commandLine(o, e).execute(args);
        }
        assertThat(code).as(err.toString()).isZero();
        return Json.MAPPER.readTree(out.toString());
    }

    @Nested
    class OpenApi {
        @Test
        void openApiDocument_namesEveryRouteTheServerHas() {
            JsonNode doc = server.get("/openapi.json").json();
            List<String> missing = new ArrayList<>();
            for (Routes.Route r : server.workbench.routes()) {
                JsonNode path = doc.path("paths").path(r.path());
                if (path.path(r.method().toLowerCase(java.util.Locale.ROOT)).isMissingNode()) {
                    missing.add(r.method() + " " + r.path());
                }
            }
            assertThat(server.workbench.routes()).hasSizeGreaterThanOrEqualTo(13);
            assertThat(missing).isEmpty();
        }

        @Test
        void theApiBrowser_isServedWithItsScriptsFromTheServerItself() {
            TestServer.Answer page = server.get("/api");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("/vendor/swagger-ui/swagger-ui-bundle.js", "url: \"/openapi.json\"")
                    .doesNotContain("https://", "http://");
            assertThat(server.get("/vendor/swagger-ui/swagger-ui-bundle.js").body().length()).isGreaterThan(100_000);
            assertThat(server.get("/vendor/swagger-ui/swagger-ui.css").status()).isEqualTo(200);
        }

        @Test
        void openApiDocument_namesNoRouteTheServerLacks() {
            JsonNode doc = server.get("/openapi.json").json();
            List<String> extra = new ArrayList<>();
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
                if (server.workbench.routes().stream().noneMatch(r -> r.path().equals(p.getKey())
                        && r.method().equalsIgnoreCase(m))) {
                    extra.add(m + " " + p.getKey());
                }
            }));
            assertThat(extra).isEmpty();
        }
    }

    @Nested
    class Scenarios {
        @Test
        void listing_namesTheExamplesTheCaseLibraryAndTheWorkspace() throws Exception {
            Files.writeString(workspace.resolve("mine.yaml"), "scenario: mine\ntitle: Mine\nepisodes: []\n");
            JsonNode list = server.get("/api/scenarios").json().path("scenarios");
            List<String> paths = new ArrayList<>();
            list.forEach(e -> paths.add(e.path("kind").asText() + " " + e.path("path").asText()));
            assertThat(paths).contains("example " + EXAMPLE, "case examples/cases/kyrgyzstan-2010.yaml",
                    "case examples/cases/tibet-unrest-2008.yaml", "workspace workspace/mine.yaml");
            JsonNode example = list.get(paths.indexOf("example " + EXAMPLE));
            assertThat(example.path("title").asText()).isEqualTo("Kyrgyzstan 2010");
            assertThat(example.path("type").asText()).isEqualTo("scenario");
        }

        @Test
        void file_returnsAnExamplesTextAsReadOnly() throws Exception {
            TestServer.Answer a = server.get("/api/scenarios/file?path=" + EXAMPLE);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().path("text").asText()).isEqualTo(Files.readString(TestServer.EXAMPLES
                    .resolve("kyrgyzstan-2010.yaml")));
            assertThat(a.json().path("readOnly").asBoolean()).isTrue();
        }

        @Test
        void file_outsideTheWorkspace_isRefusedWith403() {
            TestServer.Answer a = server.get("/api/scenarios/file?path=examples/../pom.xml");
            assertThat(a.status()).isEqualTo(403);
            assertThat(a.json().path("error").asText()).isEqualTo("path 'examples/../pom.xml' is outside the "
                    + "workspace; expected examples/NAME.yaml or workspace/NAME.yaml");
            assertThat(server.get("/api/scenarios/file?path=/etc/passwd").status()).isEqualTo(403);
        }

        @Test
        void file_thatDoesNotExist_is404() {
            TestServer.Answer a = server.get("/api/scenarios/file?path=workspace/none.yaml");
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.json().path("error").asText()).isEqualTo("no file 'workspace/none.yaml'");
        }

        @Test
        void save_writesIntoTheWorkspace_andTheFileReadsBack() throws Exception {
            TestServer.Answer a = server.put("/api/scenarios/file?path=workspace/sub/draft.yaml", "scenario: d\n");
            assertThat(a.status()).isEqualTo(200);
            assertThat(Files.readString(workspace.resolve("sub/draft.yaml"))).isEqualTo("scenario: d\n");
            assertThat(server.get("/api/scenarios/file?path=workspace/sub/draft.yaml").json().path("text")
                    .asText()).isEqualTo("scenario: d\n");
        }

        @Test
        void save_intoTheExamples_isRefusedWith403() {
            TestServer.Answer a = server.put("/api/scenarios/file?path=" + EXAMPLE, "scenario: x\n");
            assertThat(a.status()).isEqualTo(403);
            assertThat(a.json().path("error").asText()).isEqualTo("path '" + EXAMPLE + "' is in the bundled "
                    + "examples, which are read-only; save into the workspace (workspace/NAME.yaml)");
        }

        @Test
        void save_outsideTheWorkspace_isRefusedWith403_andWritesNothing() {
            TestServer.Answer a = server.put("/api/scenarios/file?path=workspace/../escaped.yaml", "x: 1\n");
            assertThat(a.status()).isEqualTo(403);
            assertThat(workspace.resolveSibling("escaped.yaml")).doesNotExist();
            assertThat(server.put("/api/scenarios/file?path=elsewhere/x.yaml", "x: 1\n").status()).isEqualTo(403);
        }

        @Test
        void save_ofAFileThatIsNotYaml_is400() {
            TestServer.Answer a = server.put("/api/scenarios/file?path=workspace/notes.txt", "x\n");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("path 'workspace/notes.txt' is not a YAML file; "
                    + "expected a name ending in .yaml");
        }

        @Test
        void validate_ofAGoodScenario_isOk() {
            TestServer.Answer a = server.post("/api/validate", EXAMPLE_BODY);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().path("ok").asBoolean()).isTrue();
        }

        @Test
        void validate_ofBadText_is400_withTheLoadersLocatedProblems() {
            String yaml = "scenario: x\nepisodes:\n  - id: e\n    type: invasion-by-aliens\n";
            TestServer.Answer a = server.post("/api/validate", "{\"path\":\"workspace/x.yaml\",\"yaml\":"
                    + TestServer.quote(yaml) + "}");
            assertThat(a.status()).isEqualTo(400);
            JsonNode p = a.json().path("problems").get(0);
            assertThat(p.path("file").asText()).isEqualTo("workspace/x.yaml");
            assertThat(p.path("line").asInt()).isEqualTo(3);
            assertThat(p.path("field").asText()).isEqualTo("episodes[0]");
            assertThat(p.path("message").asText()).startsWith("workspace/x.yaml:3:5: episodes[0]: ");
            assertThat(a.json().path("error").asText()).matches("\\d+ problems? found in workspace/x.yaml");
        }

        @Test
        void validate_withNoScenario_is400() {
            TestServer.Answer a = server.post("/api/validate", "{}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("no scenario given; expected a field 'path' "
                    + "(examples/NAME.yaml or workspace/NAME.yaml) or 'yaml' (the scenario text)");
        }
    }

    @Nested
    class Outcomes {
        @Test
        void run_answersExactlyWhatTheCommandLinePrints() throws Exception {
            TestServer.Answer a = server.post("/api/run", EXAMPLE_BODY);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json()).isEqualTo(cli("run", TestServer.EXAMPLES.resolve("kyrgyzstan-2010.yaml")
                    .toString(), "--format", "json"));
        }

        @Test
        void run_withAMechanismOff_answersWhatTheCommandLinePrintsWithDisable() throws Exception {
            TestServer.Answer a = server.post("/api/run", "{\"path\":\"" + EXAMPLE + "\",\"disable\":[\"local-veto\"]}");
            assertThat(a.json()).isEqualTo(cli("run", TestServer.EXAMPLES.resolve("kyrgyzstan-2010.yaml")
                    .toString(), "--format", "json", "--disable", "local-veto"));
        }

        @Test
        void explain_ofOneCell_answersWhatTheCommandLinePrints_plusTwoCharts() throws Exception {
            TestServer.Answer a = server.post("/api/explain", "{\"path\":\"" + EXAMPLE + "\",\"episode\":"
                    + "\"june-2010\",\"organization\":\"OSCE\"}");
            assertThat(a.status()).isEqualTo(200);
            JsonNode json = a.json();
            JsonNode chart = ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("chart");
            JsonNode shapley = ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("attributionChart");
            assertThat(json).isEqualTo(cli("explain", TestServer.EXAMPLES.resolve("kyrgyzstan-2010.yaml")
                    .toString(), "--episode", "june-2010", "--org", "OSCE", "--format", "json"));
            assertThat(chart.path("$schema").asText()).contains("vega-lite");
            assertThat(chart.path("data").path("values").size())
                    .isEqualTo(5 * Math.min(org.mandate.server.charts.VegaLite.MAX_MEMBERS,
                            json.path("outcomes").get(0).path("stances").size()));
            // local-veto is what holds the June OSCE mission at 2: its Shapley value for the level implemented
            JsonNode attribution = json.path("outcomes").get(0).path("attribution");
            List<String> rows = new ArrayList<>();
            shapley.path("data").path("values").forEach(v -> rows.add(v.path("mechanism").asText() + " "
                    + v.path("level").asText() + " " + v.path("value").asDouble()));
            assertThat(rows).contains("local-veto implemented "
                    + attribution.path("implemented").path("shapley").path("local-veto").asDouble());
            assertThat(rows).noneMatch(r -> r.startsWith("agenda-gate "));
        }

        @Test
        void explain_ofAnUnknownEpisode_is400_sayingWhichThereAre() {
            TestServer.Answer a = server.post("/api/explain", "{\"path\":\"" + EXAMPLE + "\",\"episode\":\"may\"}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("episode: no episode 'may' in " + EXAMPLE
                    + "; expected one of: april-2010, june-2010");
        }

        @Test
        void explain_ofAnUnknownOrganization_is400() {
            TestServer.Answer a = server.post("/api/explain", "{\"path\":\"" + EXAMPLE + "\",\"organization\":"
                    + "\"NATO\"}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).startsWith("organization: no organization 'NATO'; "
                    + "expected one of: ");
        }

        @Test
        void mechanisms_listsTheSameIdsAsDisable_andTheDecisionRules() {
            JsonNode m = server.get("/api/mechanisms").json();
            assertThat(m.path("mechanisms").toString()).contains("\"local-veto\"", "\"mandate-gate\"");
            assertThat(m.path("decisionRules").toString()).isEqualTo("[\"consensus\",\"consensus-minus-one\","
                    + "\"majority\",\"lead-state\"]");
        }

        @Test
        void whatIf_withLocalVetoOff_makesJuneOsce33_andMarksOnlyThatCell() {
            TestServer.Answer a = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"disable\":"
                    + "[\"local-veto\"]}");
            assertThat(a.status()).isEqualTo(200);
            JsonNode changed = a.json().path("changed");
            assertThat(changed.size()).isEqualTo(1);
            assertThat(changed.get(0).toString()).isEqualTo("{\"episode\":\"june-2010\",\"organization\":\"OSCE\","
                    + "\"baseline\":{\"decided\":3,\"implemented\":2},\"variant\":{\"decided\":3,\"implemented\":3}}");
            assertThat(a.json().path("baseline").path("outcomes").size()).isEqualTo(6);
        }

        @Test
        void whatIf_withADecisionRule_appliesTheDesignFactor() {
            TestServer.Answer a = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"changes\":"
                    + "{\"SCO.decisionRule\":\"majority\",\"SCO.agenda.tabledBy\":\"any-member\"}}");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().path("changes").toString()).contains("majority");
        }

        @Test
        void whatIf_withAnUnknownMechanism_is400_quotingIt() {
            TestServer.Answer a = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"disable\":[\"luck\"]}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).startsWith("disable: unknown mechanism 'luck'; expected "
                    + "one of agenda-gate, mandate-gate, ");
        }

        @Test
        void whatIf_withAnUnknownRule_is400_quotingIt() {
            TestServer.Answer a = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"changes\":"
                    + "{\"SCO.decisionRule\":\"lottery\"}}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("changes: 'SCO.decisionRule': level 'lottery': "
                    + "expected one of: consensus, consensus-minus-one, majority, lead-state");
        }

        @Test
        void whatIfSave_writesAnExperimentFile_thatTheExperimentLoaderReads() throws Exception {
            TestServer.Answer a = server.post("/api/whatif/save", "{\"path\":\"" + EXAMPLE + "\",\"name\":"
                    + "\"workspace/osce.yaml\",\"disable\":[\"local-veto\"],\"changes\":{\"SCO.decisionRule\":"
                    + "\"majority\"}}");
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            var spec = ExperimentLoader.load(workspace.resolve("osce.yaml"), true);
            assertThat(spec.factors()).extracting(f -> f.name() + " " + f.levels())
                    .containsExactly("mechanism.local-veto [on, off]", "SCO.decisionRule [consensus, majority]");
            assertThat(spec.scenario().id()).isEqualTo("kyrgyzstan-2010");
        }

        @Test
        void whatIfSave_ofNoChange_is400() {
            TestServer.Answer a = server.post("/api/whatif/save", "{\"path\":\"" + EXAMPLE + "\",\"name\":"
                    + "\"workspace/same.yaml\"}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("the what-if changes nothing; switch a mechanism "
                    + "off, change a rule or move a slider first");
        }

        @Test
        void run_ofABadScenario_is400_withTheSameProblemsAsTheCommandLine() throws Exception {
            String yaml = "scenario: x\nepisodes: 3\n";
            Path file = workspace.resolve("bad.yaml");
            Files.writeString(file, yaml);
            TestServer.Answer a = server.post("/api/run", "{\"path\":\"workspace/bad.yaml\"}");
            assertThat(a.status()).isEqualTo(400);
            StringWriter err = new StringWriter();
            try (PrintWriter e = new PrintWriter(err); PrintWriter o = new PrintWriter(new StringWriter())) {
                Main.commandLine(o, e).execute("validate", file.toString());
            }
            String cliLine = err.toString().lines().findFirst().orElseThrow();
            assertThat(a.json().path("problems").get(0).path("message").asText())
                    .isEqualTo(cliLine.replace(file.toString(), "workspace/bad.yaml"));
        }
    }

    @Nested
    class Errors {
        @Test
        void aBodyOverTheLimit_is413() {
            String big = "{\"yaml\":\"" + "x".repeat((int) Workbench.MAX_BODY_BYTES) + "\"}";
            TestServer.Answer a = server.post("/api/run", big);
            assertThat(a.status()).isEqualTo(413);
            assertThat(a.json().path("error").asText()).isEqualTo("request body too large; the limit is 2097152 "
                    + "bytes");
        }

        @Test
        void aBodyThatIsNotJson_is400() {
            TestServer.Answer a = server.post("/api/run", "path=examples");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).startsWith("request body is not JSON: ");
        }

        @Test
        void aBodyThatIsAList_is400() {
            TestServer.Answer a = server.post("/api/run", "[1]");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("request body is array; expected a JSON object");
        }

        @Test
        void anUnknownRoute_is404_inJson() {
            TestServer.Answer a = server.get("/api/nothing");
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.json().path("error").asText()).contains("/api/nothing");
        }
    }

    @Nested
    class Jobs {
        @Test
        void aJob_runsTheEnsemble_andEndsWithProbabilitiesAndIntervals() throws Exception {
            TestServer.Answer a = server.post("/api/jobs", "{\"path\":\"examples/kyrgyzstan-2010-experiment.yaml\","
                    + "\"runs\":64}");
            assertThat(a.status()).as(a.body()).isEqualTo(202);
            String id = a.json().path("id").asText();
            JsonNode job = waitFor(id, "done");
            assertThat(job.path("done").asLong()).isEqualTo(64);
            JsonNode cell = job.path("result").path("designPoints").get(0).path("cells").get(0);
            assertThat(cell.path("episode").asText()).isEqualTo("april-2010");
            double total = 0;
            for (JsonNode l : cell.path("implemented")) {
                total += l.path("p").asDouble();
                assertThat(l.path("low").asDouble()).isLessThanOrEqualTo(l.path("p").asDouble());
                assertThat(l.path("high").asDouble()).isGreaterThanOrEqualTo(l.path("p").asDouble());
            }
            assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(job.path("result").path("chart").path("$schema").asText()).contains("vega-lite");
        }

        @Test
        void aJob_canBeCancelled_andAFullQueueIsRefusedWith429() throws Exception {
            List<String> ids = new ArrayList<>();
            int refused = 0;
            for (int i = 0; i < JobResource.QUEUE + 2; i++) {
                TestServer.Answer a = server.post("/api/jobs", "{\"path\":\"examples/kyrgyzstan-2010-experiment"
                        + ".yaml\",\"runs\":1000000}");
                if (a.status() == 429) {
                    refused++;
                    assertThat(a.json().path("error").asText()).isEqualTo("too many jobs: one runs and 4 wait; try "
                            + "again when one ends or cancel one");
                } else {
                    assertThat(a.status()).isEqualTo(202);
                    ids.add(a.json().path("id").asText());
                }
            }
            assertThat(refused).isGreaterThanOrEqualTo(1);
            for (String id : ids) {
                assertThat(server.delete("/api/jobs/" + id).json().path("state").asText()).isEqualTo("cancelled");
            }
            assertThat(waitFor(ids.get(0), "cancelled").path("state").asText()).isEqualTo("cancelled");
        }

        @Test
        void anUnknownJob_is404() {
            assertThat(server.get("/api/jobs/j999").status()).isEqualTo(404);
            assertThat(server.delete("/api/jobs/j999").status()).isEqualTo(404);
        }

        @Test
        void aJobWithoutAnExperiment_is400_andOneWithABadRunCountToo() {
            assertThat(server.post("/api/jobs", "{}").status()).isEqualTo(400);
            TestServer.Answer a = server.post("/api/jobs", "{\"path\":\"examples/kyrgyzstan-2010-experiment.yaml\","
                    + "\"runs\":0}");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().path("error").asText()).isEqualTo("runs: 0; expected a whole number from 1 to 1000000");
        }

        private JsonNode waitFor(String id, String state) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            JsonNode job = server.get("/api/jobs/" + id).json();
            while (!job.path("state").asText().equals(state) && System.nanoTime() < end) {
                Thread.sleep(50);
                job = server.get("/api/jobs/" + id).json();
            }
            assertThat(job.path("state").asText()).as(job.toString()).isEqualTo(state);
            return job;
        }
    }
}
