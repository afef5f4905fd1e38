package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.ScenarioLoader;

class BacktestCommandTest {
    private static final Path CASES = Path.of("../examples/cases");
    private static final Path EXAMPLE = Path.of("../examples/kyrgyzstan-2010.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The result of one in-process command. */
    record Result(int code, String out, String err) {
    }

    static Result mandate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void backtest_caseLibrary_scoresEveryCaseAndExitsZero() {
        Result r = mandate("backtest", CASES.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Backtest of 51 cases (41 set the library, 10 held out); 0 files skipped\n");
        assertThat(r.out()).contains("Held out cases: model MAE", "Sets library cases: model MAE",
                "Confusion tables of the model");
    }

    @Test
    void backtest_scoresTheModelsEnsembleForecastWithBrierAndRps_reproduciblyFromTheSeed() throws Exception {
        Result a = mandate("backtest", CASES.toString(), "--ensemble", "50", "--format", "json");
        Result b = mandate("backtest", CASES.toString(), "--ensemble", "50", "--format", "json");
        assertThat(a.out()).isEqualTo(b.out());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(a.out());
        com.fasterxml.jackson.databind.JsonNode model = json.get("probabilistic").get("held-out").get("model");
        assertThat(model.get("n").asInt()).isEqualTo(34);
        assertThat(model.get("brier").asDouble()).isBetween(0.0, 2.0);
        assertThat(model.get("rps").asDouble()).isBetween(0.0, 1.0);
        // with its single prediction the model's Brier score is twice its error rate
        com.fasterxml.jackson.databind.JsonNode single = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(mandate("backtest", CASES.toString(), "--ensemble", "0", "--format", "json").out());
        double accuracy = single.get("groups").get("held-out").get("model").get("accuracy").asDouble();
        assertThat(single.get("probabilistic").get("held-out").get("model").get("brier").asDouble())
                .isCloseTo(2 * (1 - accuracy), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(mandate("backtest", CASES.toString()).out()).contains("Probabilistic scores (lower is better)");
    }

    @Test
    void caseLibrary_everyFileValidates_theFirstSetSetsTheLibrary_andNoCrisisStartsAfter2010()
            throws Exception {
        List<Path> files = BacktestCommand.caseFiles(CASES);
        assertThat(files).hasSize(51);
        List<String> setting = new ArrayList<>();
        List<String> heldOut = new ArrayList<>();
        for (Path f : files) {
            Result v = mandate("validate", f.toString());
            assertThat(v.code()).as(f + ": " + v.err()).isZero();
            LoadedScenario loaded = ScenarioLoader.load(f);
            assertThat(loaded.setsLibrary()).as(f + " says setsLibrary").isNotNull();
            (loaded.setsLibrary() ? setting : heldOut).add(loaded.scenario().id());
            assertThat(loaded.observed()).as(f + " observed").isNotEmpty();
            loaded.scenario().episodes().forEach(e -> assertThat(e.date()).as(f + " " + e.id())
                    .isBefore(LocalDate.of(2011, 1, 1)));
        }
        // Kyrgyzstan 2010 and the cases of rounds 1 to 4 set the library (revision 3 was set on all of them);
        // the round-5 cases, scored once against revision 3, are held out
        assertThat(setting).hasSize(41).contains("kyrgyzstan-2010", "abkhazia-war-1992", "russia-beslan-2004",
                "xinjiang-ghulja-1997", "uzbekistan-bombings-2004");
        assertThat(heldOut).containsExactlyInAnyOrder("abkhazia-gali-1998", "armenia-parliament-shooting-1999",
                "armenia-post-election-1996", "georgia-pankisi-2002", "karabakh-mardakert-2008",
                "kyrgyzstan-april-2007", "moldova-transnistria-referendum-2006", "russia-moscow-theatre-2002",
                "tibet-unrest-2008", "ukraine-dissolution-2007");
    }

    @Test
    void kyrgyzstanCase_mirrorsTheExample_exceptItsObservedOutcomes() throws IOException {
        ObjectNode example = (ObjectNode) YAML.readTree(EXAMPLE.toFile());
        ObjectNode kase = (ObjectNode) YAML.readTree(CASES.resolve("kyrgyzstan-2010.yaml").toFile());

        assertThat(kase.remove("observed")).isNotNull();
        assertThat(example.has("observed")).isFalse();
        assertThat(kase).isEqualTo(example);
    }

    @Test
    void shufflingTheObservedOutcomesOfEveryCase_leavesEveryPredictionUnchanged(@TempDir Path dir)
            throws IOException {
        List<Path> files = BacktestCommand.caseFiles(CASES);
        List<ObjectNode> docs = new ArrayList<>();
        List<ObjectNode> slots = new ArrayList<>();
        List<JsonNode[]> values = new ArrayList<>();
        for (Path f : files) {
            ObjectNode doc = (ObjectNode) YAML.readTree(f.toFile());
            docs.add(doc);
            for (JsonNode o : doc.get("observed")) {
                slots.add((ObjectNode) o);
                values.add(new JsonNode[] {o.get("decided"), o.get("implemented")});
            }
        }
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20100611L);
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            JsonNode[] t = values.get(i);
            values.set(i, values.get(j));
            values.set(j, t);
        }
        int changed = 0;
        for (int i = 0; i < slots.size(); i++) {
            changed += slots.get(i).get("decided").equals(values.get(i)[0]) ? 0 : 1;
            slots.get(i).set("decided", values.get(i)[0]);
            slots.get(i).set("implemented", values.get(i)[1]);
        }
        for (int i = 0; i < files.size(); i++) {
            YAML.writeValue(dir.resolve(files.get(i).getFileName().toString()).toFile(), docs.get(i));
        }

        Result original = mandate("backtest", CASES.toString(), "--format", "json");
        Result shuffled = mandate("backtest", dir.toString(), "--format", "json");

        assertThat(original.code()).as(original.err()).isZero();
        assertThat(shuffled.code()).as(shuffled.err()).isZero();
        assertThat(changed).as("observed levels moved by the shuffle").isGreaterThan(slots.size() / 3);
        JsonNode a = JSON.readTree(original.out()).get("cases");
        JsonNode b = JSON.readTree(shuffled.out()).get("cases");
        assertThat(b.size()).isEqualTo(a.size()).isEqualTo(51);
        int cells = 0;
        int observedDiffers = 0;
        for (int k = 0; k < a.size(); k++) {
            assertThat(b.get(k).get("id")).isEqualTo(a.get(k).get("id"));
            for (int c = 0; c < a.get(k).get("cells").size(); c++) {
                JsonNode x = a.get(k).get("cells").get(c);
                JsonNode y = b.get(k).get("cells").get(c);
                assertThat(y.get("predicted")).as(x.toString()).isEqualTo(x.get("predicted"));
                for (String stanceBaseline : List.of("lead-state", "weighted-mean")) {
                    assertThat(y.get("baselines").get(stanceBaseline).get("decided"))
                            .isEqualTo(x.get("baselines").get(stanceBaseline).get("decided"));
                }
                observedDiffers += x.get("observed").equals(y.get("observed")) ? 0 : 1;
                cells++;
            }
        }
        assertThat(cells).isEqualTo(slots.size());
        assertThat(observedDiffers).isGreaterThan(cells / 3);
    }

    @Test
    void brokenCase_isReportedAndSkipped_theRestAreScoredPrintedAndWritten_exitTwo(@TempDir Path dir)
            throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.copy(CASES.resolve("armenia-post-election-2008.yaml"), cases.resolve("armenia.yaml"));
        Files.copy(CASES.resolve("belarus-post-election-2010.yaml"), cases.resolve("belarus.yaml"));
        String broken = Files.readString(CASES.resolve("tashkent-bombings-1999.yaml"))
                .replace("severity: 0.15", "severity: 1.5");
        Files.writeString(cases.resolve("broken.yaml"), broken);
        Files.writeString(cases.resolve("notes.txt"), "not a case file");
        Path out = dir.resolve("out");

        Result r = mandate("backtest", cases.toString(), "--out", out.toString());

        String file = cases.resolve("broken.yaml").toString();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":18:15: episodes[0].severity: value 1.5: expected a number from 0 to 1\n"
                + file + ": skipped (1 problem)\n");
        assertThat(r.out()).startsWith("Backtest of 2 cases (2 set the library, 0 held out); 1 file skipped\n"
                + "  skipped " + file + ": " + file + ":18:15: episodes[0].severity: value 1.5: expected a number "
                + "from 0 to 1\n");
        assertThat(r.out()).contains("armenia-post-election-2008", "belarus-post-election-2010")
                .doesNotContain("tashkent-bombings-1999");
        assertThat(out.resolve("backtest.json")).exists();
        assertThat(Files.readAllLines(out.resolve("skipped.csv"))).containsExactly("file,problem",
                file + "," + file + ":18:15: episodes[0].severity: value 1.5: expected a number from 0 to 1");
        assertThat(Files.readAllLines(out.resolve("cells.csv"))).hasSize(1 + 6);
        JsonNode json = JSON.readTree(out.resolve("backtest.json").toFile());
        assertThat(json.get("cases")).hasSize(2);
        assertThat(json.get("skipped").get(0).get("file")).isEqualTo(new TextNode(file));
    }

    @Test
    void scenarioWithoutObservedOutcomesOrGroup_isNotACase(@TempDir Path dir) throws IOException {
        Files.copy(CASES.resolve("armenia-post-election-2008.yaml"), dir.resolve("armenia.yaml"));
        ObjectNode scenario = (ObjectNode) YAML.readTree(CASES.resolve("belarus-post-election-2010.yaml").toFile());
        scenario.remove("observed");
        scenario.remove("setsLibrary");
        YAML.writeValue(dir.resolve("plain.yaml").toFile(), scenario);
        Files.copy(CASES.resolve("armenia-post-election-2008.yaml"), dir.resolve("twin.yaml"));

        Result r = mandate("backtest", dir.toString());

        String plain = dir.resolve("plain.yaml").toString();
        String twin = dir.resolve("twin.yaml").toString();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(plain + ": setsLibrary: missing; a case file must say whether it set the "
                        + "library (true) or was held out (false)\n"
                        + plain + ": observed: missing or empty; a case file needs an observed: list of what each "
                        + "organization did\n" + plain + ": skipped (2 problems)\n",
                twin + ": scenario: value 'armenia-post-election-2008': a case id not used before; "
                        + dir.resolve("armenia.yaml") + " has it\n");
        assertThat(r.out()).startsWith("Backtest of 1 case (1 sets the library, 0 held out); 2 files skipped\n");
    }

    @Test
    void backtest_json_printsOneObjectWithCasesModelBaselinesAndGroups() throws IOException {
        Result r = mandate("backtest", CASES.toString(), "--format", "json");

        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("cases")).hasSize(51);
        JsonNode cell = json.get("cases").get(0).get("cells").get(2);
        assertThat(cell.fieldNames()).toIterable().contains("episode", "organization", "observed", "predicted",
                "error", "baselines");
        for (JsonNode score : List.of(json.get("model"), json.get("baselines").get("majority"),
                json.get("baselines").get("lead-state"), json.get("baselines").get("weighted-mean"),
                json.get("groups").get("held-out").get("model"), json.get("groups").get("sets-library").get("model"))) {
            assertThat(score.fieldNames()).toIterable().contains("accuracy", "mae", "n");
        }
        assertThat(json.get("groups").get("held-out").get("cases").asInt()).isEqualTo(10);
        assertThat(json.get("groups").get("sets-library").get("cases").asInt()).isEqualTo(41);
    }

    @Test
    void backtest_ofSomethingThatIsNotAFolder_exitsTwo() {
        Result r = mandate("backtest", EXAMPLE.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: backtest: '" + EXAMPLE + "' is not a folder; expected a folder of "
                + "case files\n");
    }

    @Test
    void backtest_ofAFolderWithoutCaseFiles_exitsTwo(@TempDir Path dir) {
        Result r = mandate("backtest", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: backtest: no case files (*.yaml, *.yml) in '" + dir + "'\n");
    }
}
