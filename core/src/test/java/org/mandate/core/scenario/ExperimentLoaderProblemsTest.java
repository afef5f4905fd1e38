package org.mandate.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.experiment.ExperimentSpec;

/**
 * Bad experiment files found by fuzzing: each is refused with file, line:column, field path, the bad value and what
 * was expected, pinned word for word.
 */
class ExperimentLoaderProblemsTest {
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path dir;

    private String example;

    @BeforeEach
    void copyTheScenario() throws Exception {
        Files.copy(EXAMPLES.resolve("kyrgyzstan-2010.yaml"), dir.resolve("kyrgyzstan-2010.yaml"));
        example = Files.readString(EXAMPLES.resolve("kyrgyzstan-2010-experiment.yaml"));
    }

    private Path write(String from, String to) throws Exception {
        assertThat(example).contains(from);
        Path file = dir.resolve("x.yaml");
        Files.writeString(file, example.replace(from, to));
        return file;
    }

    private List<String> problems(Path file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ExperimentLoader.load(file));
        assertThat(e).as("expected %s to be refused", file).isNotNull();
        return e.problems().stream().map(p -> p.toString().replace(file.toString(), "x.yaml")).toList();
    }

    @Test
    void aNumberTooLargeForADouble_isRefusedWhereItIsWritten() throws Exception {
        assertThat(problems(write("values: [0.2, 0.5, 0.8]", "values: [0.2, 1e309, 0.8]"))).containsExactly(
                "x.yaml:34:43: uncertain[5].distribution.choice.values[1]: value '1e309': a finite number, at most "
                        + "1.7976931348623157E308 in size");
        assertThat(problems(write("min: 0.2, mode: 0.6", "min: -1e309, mode: 0.6"))).containsExactly(
                "x.yaml:20:38: uncertain[0].distribution.triangular.min: value '-1e309': a finite number, at most "
                        + "1.7976931348623157E308 in size");
        assertThat(problems(write("seed: 20100611", "seed: 99999999999999999999"))).containsExactly(
                "x.yaml:10:7: seed: value '99999999999999999999': an integer from -9223372036854775808 to "
                        + "9223372036854775807");
    }

    @Test
    void choiceWeightsThatOverflow_areRefused() throws Exception {
        assertThat(problems(write("weights: [1, 2, 1]", "weights: [1e308, 1e308, 1e308]"))).containsExactly(
                "x.yaml:34:28: uncertain[5].distribution.choice: expected weights whose sum is a finite number; "
                        + "they sum to more than 1.7976931348623157E308");
    }

    @Test
    void aTruncatedNormalWindowWithNoMass_isRefused() throws Exception {
        assertThat(problems(write("mean: 0.8, sd: 0.15, min: 0, max: 1", "mean: 50, sd: 0.01, min: 0, max: 1")))
                .containsExactly("x.yaml:38:37: uncertain[7].distribution.truncatedNormal: expected a window "
                        + "[min, max] that holds probability; [0.0, 1.0] lies more than 37 standard deviations "
                        + "(sd 0.01) from the mean 50.0");
    }

    @Test
    void aRangeOutsideTheInputsDomain_isRefusedRatherThanClamped() throws Exception {
        assertThat(problems(write("min: 0.1, max: 0.9", "min: -1e308, max: 1e308"))).containsExactly(
                "x.yaml:29:29: uncertain[3].distribution.uniform: expected min and max within [0.0, 1.0], the "
                        + "range of states.KAZ.interests.waitAndSee; got min -1.0E308 and max 1.0E308");
        assertThat(problems(write("values: [0.2, 0.5, 0.8]", "values: [0.2, 0.5, 1.8]"))).containsExactly(
                "x.yaml:34:28: uncertain[5].distribution.choice: expected values within [-1.0, 1.0], the range "
                        + "of episodes.june-2010.alignments.RUS; values[2] is 1.8");
    }

    @Test
    void aRepeatedDesignLevel_isRefused() throws Exception {
        assertThat(problems(write("levels: [consensus, majority]", "levels: [consensus, consensus]")))
                .containsExactly("x.yaml:45:25: designs[1].levels[1]: value 'consensus': expected a level not already "
                        + "listed for this factor");
    }

    @Test
    void aLatinHypercubeOfTwoBillionRuns_isAccepted_asItsPermutationsAreComputedNotStored() throws Exception {
        assertThat(ExperimentLoader.load(write("runs: 10000", "runs: 2000000000")).runs()).isEqualTo(2_000_000_000L);
        assertThat(problems(write("runs: 10000", "runs: 2000000001"))).containsExactly(
                "x.yaml:9:7: runs: value 2000000001: expected a number from 1 to 2000000000");
    }

    @Test
    void theDocumentedOnAndOff_areMechanismLevels() throws Exception {
        ExperimentSpec e = ExperimentLoader.load(write("  - factor: KGZ.capitalOverrulesRegions\n"
                + "    levels: [false, true]", "  - factor: mechanism.local-veto\n    levels: [on, off]"));
        assertThat(e.factors().get(3).levels()).containsExactly("on", "off");
    }

    @Test
    void aFolder_isRefused() {
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ExperimentLoader.load(dir)).problems()
                .get(0).toString()).isEqualTo(dir + ": is a folder; expected an experiment file");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @EnabledOnOs(OS.LINUX)
    void aDeviceOrAPipe_isRefusedWithoutReadingIt() throws Exception {
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ExperimentLoader.load(Path.of("/dev/zero")))
                .problems().get(0).toString()).isEqualTo("/dev/zero: is not a regular file (a pipe, a device or a "
                + "socket); expected an experiment file");
        Path fifo = dir.resolve("fifo.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(fifo)).problems()
                .get(0).toString()).isEqualTo(fifo + ": is not a regular file (a pipe, a device or a socket); "
                + "expected a scenario file");
    }
}
