package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.scenario.LibraryOverlay;

class CalibrateCommandTest {
    private static final Path CASES = Path.of("../examples/cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path folder(String... cases) throws Exception {
        Path f = dir.resolve("cases");
        Files.createDirectories(f);
        for (String c : cases) {
            Files.copy(CASES.resolve(c + ".yaml"), f.resolve(c + ".yaml"));
        }
        return f;
    }

    private Path calibration() throws Exception {
        Path c = dir.resolve("calibration.yaml");
        Files.writeString(c, "calibration: test\nruns: 5\nevaluations: 6\nsplitAt: 2006-01-01\nparameters:\n"
                + "  - {path: states.RUS.interests.costAversion, min: 0.2, max: 1.0}\n"
                + "  - {path: crisisTypes.repression.precedent, min: 0.3, max: 1.0}\n");
        return c;
    }

    @Test
    void calibrate_leavesAHeldOutFileUnread_andFitsTheSameWithOrWithoutIt() throws Exception {
        Path cases = folder("belarus-post-election-2010", "georgia-november-2007", "armenia-april-2004");
        Path c = calibration();
        BacktestCommandTest.Result without = BacktestCommandTest.mandate("calibrate", cases.toString(),
                "--parameters", c.toString(), "--no-folds", "--format", "json", "--threads", "1");
        // A held-out file that would not even load: a calibration that read it would fail.
        Files.writeString(cases.resolve("held-out.yaml"), "scenario: held-out\nsetsLibrary: false\nepisodes: 42\n"
                + "observed: [{episode: nowhere, organization: CSTO, decided: 4, implemented: 4}]\n");
        BacktestCommandTest.Result with = BacktestCommandTest.mandate("calibrate", cases.toString(),
                "--parameters", c.toString(), "--no-folds", "--format", "json", "--threads", "2");

        assertThat(with.code()).as(with.err()).isZero();
        JsonNode a = JSON.readTree(without.out());
        JsonNode b = JSON.readTree(with.out());
        assertThat(b.get("parameters")).isEqualTo(a.get("parameters"));
        assertThat(b.get("cases")).hasSize(3);
        assertThat(b.get("heldOutNotRead").toString()).isEqualTo("[\"held-out.yaml\"]");
        assertThat(a.get("heldOutNotRead")).isEmpty();
    }

    @Test
    void calibrate_writesAnOverlayWithProvenance_thatRunAndBacktestTake() throws Exception {
        Path cases = folder("belarus-post-election-2010", "georgia-november-2007", "armenia-april-2004",
                "kyrgyzstan-tulip-2005");
        Path out = dir.resolve("out");
        BacktestCommandTest.Result r = BacktestCommandTest.mandate("calibrate", cases.toString(), "--parameters",
                calibration().toString(), "--out", out.toString(), "--resamples", "50", "--progress");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("in sample (fitted and scored on all 4 cases)",
                "out of fold, leaving each case out in turn", "by period: fitted on the 2 crises before 2006-01-01",
                "fitted minus hand-set, RPS:", "Held out, not read: none");
        assertThat(r.err()).contains("calibrate: fit 6/6 [", "(crises before 2006-01-01)");
        LibraryOverlay overlay = LibraryOverlay.load(out.resolve("overlay.yaml"));
        assertThat(overlay.values().keySet()).containsExactly("states.RUS.interests.costAversion",
                "crisisTypes.repression.precedent");
        assertThat(overlay.provenance()).containsKeys("written", "command", "seed", "cases", "heldOutNotRead");
        assertThat(Files.exists(out.resolve("calibration.json"))).isTrue();

        BacktestCommandTest.Result run = BacktestCommandTest.mandate("run", "../examples/kyrgyzstan-2010.yaml",
                "--library-overlay", out.resolve("overlay.yaml").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("library overlay 'test' (");
        BacktestCommandTest.Result bt = BacktestCommandTest.mandate("backtest", cases.toString(), "--ensemble", "0",
                "--library-overlay", out.resolve("overlay.yaml").toString());
        assertThat(bt.code()).as(bt.err()).isZero();
        assertThat(bt.out()).startsWith("Library overlay test (");
    }

    @Test
    void calibrate_userMistakes_exitTwoWithOneLineEach() throws Exception {
        BacktestCommandTest.Result r = BacktestCommandTest.mandate("calibrate", dir.resolve("nope").toString(),
                "--parameters", "x.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: calibrate: '" + dir.resolve("nope")
                + "' is not a folder; expected a folder of case files\n");

        Path cases = folder("armenia-april-2004");
        r = BacktestCommandTest.mandate("calibrate", cases.toString(), "--parameters", calibration().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: calibrate: 1 case in '" + cases + "' set the library; a calibration"
                + " needs at least 2\n");

        Files.writeString(cases.resolve("unsaid.yaml"), "scenario: unsaid\nepisodes: []\n");
        r = BacktestCommandTest.mandate("calibrate", cases.toString(), "--parameters", calibration().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unsaid.yaml: setsLibrary: missing; a case file must say whether it set the "
                + "library (true) or was held out (false)", "1 problem found; nothing fitted");

        r = BacktestCommandTest.mandate("calibrate", cases.toString(), "--parameters", "missing.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("missing.yaml: no such file\n");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingOverlay_isOneLineAndExitTwo_forRunAndBacktest() {
        BacktestCommandTest.Result r = BacktestCommandTest.mandate("run", "../examples/kyrgyzstan-2010.yaml",
                "--library-overlay", "none.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("none.yaml: no such file\n1 problem found\n");
        r = BacktestCommandTest.mandate("backtest", CASES.toString(), "--library-overlay", "none.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("none.yaml: no such file\n1 problem found\n");
    }

    @Test
    void theExperimentCommands_takeTheOverlayOption_andRefuseAMissingFile() {
        for (String command : new String[] {"ensemble", "sensitivity", "discover"}) {
            BacktestCommandTest.Result r = BacktestCommandTest.mandate(command,
                    "../examples/kyrgyzstan-2010-experiment.yaml", "--library-overlay", "none.yaml");
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).isEqualTo("none.yaml: no such file\n1 problem found\n");
        }
    }

    @Test
    void backtest_reportsTheCodersAgreement_onTheDoubleCodedCases() throws Exception {
        BacktestCommandTest.Result r = BacktestCommandTest.mandate("backtest", CASES.toString(), "--ensemble", "0",
                "--format", "json");
        JsonNode coders = JSON.readTree(r.out()).get("coders");
        assertThat(coders.get("cases").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(coders.get("comparisons").get("first-coder-vs-second-coder").get("kappa").asDouble())
                .isBetween(0.0, 1.0);
        BacktestCommandTest.Result table = BacktestCommandTest.mandate("backtest", CASES.toString(), "--ensemble",
                "0");
        assertThat(table.out()).contains("Coding reliability: ", "first coder vs second coder", "model vs second coder");
    }

    @Test
    void run_warnsOfACrisisOutsideTheProfilesPeriod_onStandardErrorAndInTheJson() throws Exception {
        Path later = dir.resolve("later.yaml");
        Files.writeString(later, Files.readString(Path.of("../examples/kyrgyzstan-2010.yaml"))
                .replace("2010-", "2014-").replace("2011-", "2015-"));
        BacktestCommandTest.Result r = BacktestCommandTest.mandate("run", later.toString(), "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("mandate: warning: episode 'april-2010' (2014-04-07) lies outside the period "
                + "the library's profiles of ");
        assertThat(JSON.readTree(r.out()).get("warnings")).hasSize(2);
        BacktestCommandTest.Result within = BacktestCommandTest.mandate("run", "../examples/kyrgyzstan-2010.yaml",
                "--format", "json");
        assertThat(within.err()).isEmpty();
        assertThat(JSON.readTree(within.out()).has("warnings")).isFalse();
    }
}
