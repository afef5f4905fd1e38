package org.mandate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.model.Interest;
import org.mandate.core.testkit.Examples;

/** Library overlays, calibration files, and the period a state profile describes. */
class LibraryOverlayTest {
    @TempDir
    Path dir;

    @Test
    void anOverlay_changesTheLibrary_butAScenarioThatSetsTheValueKeepsItsOwn() throws Exception {
        Path file = dir.resolve("o.yaml");
        Files.writeString(file, "overlay: test\nvalues:\n  states.RUS.interests.costAversion: 0.1\n"
                + "  states.CHN.interests.waitAndSee: 0.3\n  crisisTypes.civil-war.precedent: 0.2\n"
                + "provenance: {seed: 7, cases: [a, b]}\n");
        LibraryOverlay overlay = LibraryOverlay.load(file);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Examples.kyrgyzstanText() + "\nstates:\n  CHN: {interests: {waitAndSee: 0.9}}\n",
                StandardCharsets.UTF_8);

        LoadedScenario plain = ScenarioLoader.load(scenario);
        LoadedScenario laid = ScenarioLoader.load(scenario, overlay);

        assertThat(plain.scenario().states().get("RUS").interests().get(Interest.COST_AVERSION)).isEqualTo(0.6);
        assertThat(laid.scenario().states().get("RUS").interests().get(Interest.COST_AVERSION)).isEqualTo(0.1);
        assertThat(laid.scenario().states().get("CHN").interests().get(Interest.WAIT_AND_SEE)).isEqualTo(0.9);
        assertThat(laid.scenario().crisisTypes().get("civil-war").precedent()).isEqualTo(0.2);
        assertThat(overlay.name()).isEqualTo("test");
        assertThat(overlay.provenance()).containsKey("cases").containsEntry("seed", "7");
    }

    @Test
    void anOverlayPathThatNamesNothing_orAValueOutOfRange_isReportedAtItsLine() throws Exception {
        Path file = dir.resolve("o.yaml");
        Files.writeString(file, "overlay: bad\nvalues:\n  states.XYZ.capability: 0.5\n"
                + "  states.RUS.interests.bogus: 0.5\n  crisisTypes.civil-war.precedent: 1.0\n"
                + "  states.RUS.interests.image: -0.5\n");
        LibraryOverlay overlay = LibraryOverlay.load(file);

        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(Examples.file(Examples.KYRGYZSTAN_2010),
                overlay), ScenarioException.class);

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":3:3: values.states.XYZ.capability: value 'states.XYZ.capability': no state 'XYZ' in the "
                        + "library (value 0.5)",
                file + ":4:3: values.states.RUS.interests.bogus: value 'states.RUS.interests.bogus': no interest "
                        + "'bogus'; expected one of: regimeSecurity, sovereignty, zoneOfInterest, costAversion, "
                        + "rivalry, separatismFear, rents, image, waitAndSee, humanDimension (value 0.5)",
                file + ":6:3: values.states.RUS.interests.image: value 'states.RUS.interests.image': expected a "
                        + "weight from 0 to 1 (value -0.5)");
    }

    @Test
    void anOverlayFileThatBreaksTheSchema_isRefusedWithTheKeyNamed() throws Exception {
        Path file = dir.resolve("o.yaml");
        Files.writeString(file, "overlay: bad\nvalue: {}\n");

        ScenarioException e = catchThrowableOfType(() -> LibraryOverlay.load(file), ScenarioException.class);

        assertThat(e.problems().toString()).contains("unknown key; expected one of: overlay, values, provenance")
                .contains("missing required key 'values'");
    }

    @Test
    void aCalibrationFile_isReadWithItsDefaults_andItsPathsCheckedAgainstTheLibrary() throws Exception {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "calibration: c\nparameters:\n"
                + "  - {path: states.RUS.interests.costAversion, min: 0.2, max: 0.9}\n"
                + "  - {path: states.RUS.interests.costAversion, min: 0.2, max: 0.9}\n"
                + "  - {path: states.NOPE.capability, min: 0.1, max: 0.9}\n"
                + "  - {path: crisisTypes.civil-war.precedent, min: 0.8, max: 0.3}\n"
                + "  - {path: states.RUS.interests.image, min: -0.5, max: 0.5}\n");

        ScenarioException e = catchThrowableOfType(() -> CalibrationLoader.load(file, LibraryLoader.bundled()),
                ScenarioException.class);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":4:12: parameters[1].path: value 'states.RUS.interests.costAversion': a path not already "
                        + "fitted",
                file + ":5:12: parameters[2].path: value 'states.NOPE.capability': no state 'NOPE' in the library",
                file + ":6:60: parameters[3].max: value 0.3: a value above min (0.8)",
                file + ":7:5: parameters[4]: bounds within the parameter's range, 0 to 1; were -0.5 to 0.5");
        Files.writeString(file, "calibration: c\nparameters:\n"
                + "  - {path: states.RUS.interests.costAversion, min: 0.2, max: 0.9}\n");
        var spec = CalibrationLoader.load(file, LibraryLoader.bundled());
        assertThat(spec.runs()).isEqualTo(100);
        assertThat(spec.evaluations()).isEqualTo(300);
        assertThat(spec.splitAt()).isEqualTo(CalibrationLoader.DEFAULT_SPLIT);
        assertThat(spec.objective().id()).isEqualTo("rps");
    }

    @Test
    void theHeldOutFlag_isReadWithoutLoadingTheRestOfTheFile() throws Exception {
        Path file = dir.resolve("h.yaml");
        Files.writeString(file, "setsLibrary: false\nepisodes: 42\nobserved: not a list\n");
        assertThat(CalibrationLoader.setsLibrary(file)).isFalse();
        Files.writeString(file, "scenario: x\n");
        assertThat(CalibrationLoader.setsLibrary(file)).isNull();
    }

    @Test
    void everyLibraryProfile_saysItDescribes1992To2010_andACrisisAfterItIsWarned() throws Exception {
        Library lib = LibraryLoader.bundled();
        assertThat(lib.periods().keySet()).containsAll(lib.states().keySet());
        assertThat(lib.periods().values()).allMatch(p -> p.equals(new Library.Period(
                java.time.LocalDate.of(1992, 1, 1), java.time.LocalDate.of(2010, 12, 31))));
        assertThat(ScenarioLoader.load(Examples.file(Examples.KYRGYZSTAN_2010)).warnings()).isEmpty();

        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, Examples.kyrgyzstanText().replace("2010-", "2014-").replace("2011-", "2015-"),
                StandardCharsets.UTF_8);
        List<String> warnings = ScenarioLoader.load(scenario).warnings();

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).isEqualTo("episode 'april-2010' (2014-04-07) lies outside the period the "
                + "library's profiles of KGZ, ARM, KAZ, RUS, TJK, BLR and 52 more describe (1992-01-01 to "
                + "2010-12-31); their weights may not hold then");
    }

    @Test
    void aProfilePeriodThatEndsBeforeItStarts_isReportedAtItsLine() throws Exception {
        Path data = Examples.file("data/states.yaml").getParent();
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.copy(f, lib.resolve(f.getFileName()));
            }
        }
        Path states = lib.resolve("states.yaml");
        String text = Files.readString(states, StandardCharsets.UTF_8);
        Files.writeString(states, text.replaceFirst("period: \\{from: '1992-01-01', to: '2010-12-31'}",
                "period: {from: '1992-01-01', to: '1991-12-31'}"), StandardCharsets.UTF_8);

        ScenarioException e = catchThrowableOfType(() -> LibraryLoader.fromFolder(lib), ScenarioException.class);

        assertThat(e).isNotNull();
        assertThat(e.problems().toString()).contains("defaults.period.to: value '1991-12-31': a date on or after "
                + "from (1992-01-01)");
    }

    @Test
    void aPipeGivenAsAnOverlayOrCalibrationFile_isRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        ScenarioException overlay = catchThrowableOfType(() -> LibraryOverlay.load(fifo), ScenarioException.class);
        assertThat(overlay.problems().get(0).toString()).startsWith(fifo + ": ").contains("expected a library overlay file");
        ScenarioException calibration = catchThrowableOfType(() -> CalibrationLoader.load(fifo, null),
                ScenarioException.class);
        assertThat(calibration.problems().get(0).toString()).startsWith(fifo + ": ").contains("expected a calibration file");
    }
}
