package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import org.mandate.core.scenario.ExperimentLoader;

/** The sensitivity analysis of the bundled experiment: its result depends on the levels only, not on who made them. */
class ExperimentSensitivityTest {
    private static final Path EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml");

    @Test
    void levelsEvaluatedOnOneOrThreeThreads_giveTheSameResult_andAConstantOutcomeHasNoIndices() throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(EXPERIMENT);
        EnsembleSetup setup = new EnsembleSetup(spec.withRuns(1));
        ExperimentModel model = new ExperimentModel(setup);
        ExperimentSensitivity analysis = new ExperimentSensitivity(spec.id(), model.names(), spec.seed(), "both", 16,
                4, 10);
        OutcomeSelector varies = OutcomeSelector.parse("june-2010.OSCE.implemented>=3", setup.compiled(0));
        OutcomeSelector always = OutcomeSelector.parse("june-2010.OSCE.decided>=0", setup.compiled(0));
        Map<String, Object> one = analysis.json(List.of(
                analysis.outcome(varies, model.evaluate(analysis.saltelli(), 1), model.evaluate(analysis.morris(), 1)),
                analysis.outcome(always, model.evaluate(analysis.saltelli(), 1), null)));
        Map<String, Object> three = analysis.json(List.of(
                analysis.outcome(varies, model.evaluate(analysis.saltelli(), 3), model.evaluate(analysis.morris(), 3)),
                analysis.outcome(always, model.evaluate(analysis.saltelli(), 3), null)));
        assertThat(three).isEqualTo(one);
        assertThat(one.keySet()).containsExactly("experiment", "inputs", "outcomes", "samples", "trajectories",
                "bootstrap");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) one.get("outcomes");
        assertThat(outcomes.get(0).get("sobol")).isInstanceOf(List.class);
        assertThat(outcomes.get(0).keySet()).containsExactly("outcome", "probability", "sobol", "morris");
        assertThat(outcomes.get(1)).containsEntry("probability", 1.0)
                .containsEntry("sobol", "the outcome never varies in the sample: every index is 0");
    }

    @Test
    void aMethodOrSizeOutOfRange_isRefusedWithTheValue() {
        List<String> names = List.of("a", "b");
        assertThatThrownBy(() -> new ExperimentSensitivity("x", names, 1, "fast", 16, 4, 10))
                .hasMessage("method: expected sobol, morris or both, was 'fast'");
        assertThatThrownBy(() -> new ExperimentSensitivity("x", names, 1, "both", 1, 4, 10))
                .hasMessage("expected samples and trajectories from 2 to 1048576 and bootstrap at least 10, were 1, "
                        + "4 and 10");
        assertThatThrownBy(() -> new ExperimentSensitivity("x", List.of("a"), 1, "both", 16, 4, 10))
                .hasMessage("expected 2 to 500 inputs, was 1");
        assertThat(new ExperimentSensitivity("x", names, 1, "sobol", 16, 4, 10).morris()).isNull();
        assertThat(new ExperimentSensitivity("x", names, 1, "morris", 16, 4, 10).saltelli()).isNull();
    }
}
