package org.mandate.analysis.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.calibration.CalibrationSpec;
import org.mandate.core.calibration.FittedParameter;
import org.mandate.core.scenario.LibraryLoader;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.ScenarioLoader;

class CalibrationTest {
    private static final String COST = "states.RUS.interests.costAversion";
    private static final String NEED = "crisisTypes.inter-ethnic-violence.humanitarianNeed";

    @TempDir
    Path dir;

    private List<CalibrationCase> cases(List<Path> files) throws Exception {
        List<CalibrationCase> out = new ArrayList<>();
        for (Path f : files) {
            out.add(CalibrationCase.of(ScenarioLoader.prepare(f)));
        }
        return out;
    }

    private static CalibrationSpec spec(int runs, int evaluations) {
        return spec(runs, evaluations, LocalDate.of(2006, 1, 1));
    }

    private static CalibrationSpec spec(int runs, int evaluations, LocalDate splitAt) {
        return new CalibrationSpec("synthetic", CalibrationSpec.Objective.RPS, runs, evaluations,
                splitAt, List.of(new FittedParameter(COST, 0, 1), new FittedParameter(NEED, 0, 1)));
    }

    @Test
    void fitToOutcomesTheModelGenerated_recoversTheKnownValues_farFromTheHandSetOnes() throws Exception {
        Map<String, Double> truth = Map.of(COST, 0.3, NEED, 0.5);
        var library = LibraryLoader.bundled();
        // The hand-set start (0.6 and 0.9) lies outside the tolerance, so a fit that does not move fails.
        assertThat(LibraryOverlay.valueOf(COST, library)).isNotCloseTo(0.3, within(0.15));
        assertThat(LibraryOverlay.valueOf(NEED, library)).isNotCloseTo(0.5, within(0.15));
        List<Path> files = SyntheticCases.write(dir, 150, LibraryOverlay.of("truth", truth), 7);

        CalibrationReport report = Calibration.run(cases(files), spec(40, 80),
                new Calibration.Options(11, 2, 200, false), (f, fs, l, e, es) -> { });

        assertThat(report.fit().values().get(COST)).isCloseTo(0.3, within(0.1));
        assertThat(report.fit().values().get(NEED)).isCloseTo(0.5, within(0.1));
        assertThat(report.fit().objective()).isLessThan(report.fit().handSet());
        Scheme.Summary fitted = report.scheme("in-sample").summaries(200, 1).get("fitted");
        Scheme.Summary handSet = report.scheme("in-sample").summaries(200, 1).get("hand-set");
        assertThat(fitted.rps()).isLessThan(handSet.rps());
    }

    @Test
    void calibration_isTheSameAtOneAndTwoThreads_withEveryFold() throws Exception {
        List<Path> files = SyntheticCases.write(dir, 8, LibraryOverlay.of("truth", Map.of(COST, 0.3, NEED, 0.5)),
                3);
        List<CalibrationCase> cases = cases(files);
        List<LocalDate> starts = cases.stream().map(CalibrationCase::start).sorted().toList();
        LocalDate split = starts.get(starts.size() / 2);
        assertThat(starts.get(0)).isBefore(split);
        CalibrationReport one = Calibration.run(cases, spec(10, 8, split), new Calibration.Options(5, 1, 50, true),
                (f, fs, l, e, es) -> { });
        CalibrationReport two = Calibration.run(cases, spec(10, 8, split), new Calibration.Options(5, 2, 50, true),
                (f, fs, l, e, es) -> { });

        Map<String, Double> handSet = Map.of(COST, 0.6, NEED, 0.9);
        assertThat(two.tree(handSet)).isEqualTo(one.tree(handSet));
        assertThat(one.folds()).hasSize(8);
        assertThat(one.schemes()).extracting(Scheme::id)
                .containsExactly("in-sample", "leave-one-case-out", "by-period");
        // The period fold scores only the crises from the split date on, fitted on the earlier ones.
        for (String id : one.scheme("by-period").cases()) {
            assertThat(cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().start())
                    .isAfterOrEqualTo(split);
        }
    }

    @Test
    void aHeldOutCase_isRefused() throws Exception {
        Path file = dir.resolve("held.yaml");
        Files.writeString(file, SyntheticCases.text("held", false, "  - id: e\n    date: 2005-03-01\n"
                + "    assessOn: 2005-05-01\n    host: KGZ\n    regions: [capital]\n    type: repression\n"
                + "    severity: 0.5\n    government: {status: incumbent}\n", new int[][] {{0, 0}, {1, 1}}));

        assertThatThrownBy(() -> CalibrationCase.of(ScenarioLoader.prepare(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case held does not say setsLibrary: true; a calibration reads only the cases that set "
                        + "the library");
    }

    @Test
    void theFittedValues_neverScoreWorseInSampleThanTheHandSetStart() throws Exception {
        List<Path> files = SyntheticCases.write(dir, 10, LibraryOverlay.of("truth", Map.of(COST, 0.9)), 5);
        CalibrationReport report = Calibration.run(cases(files), spec(10, 6), new Calibration.Options(1, 1, 20,
                false), (f, fs, l, e, es) -> { });

        assertThat(report.fit().objective()).isLessThanOrEqualTo(report.fit().handSet());
        assertThat(report.fit().evaluations()).isEqualTo(6);
    }
}
