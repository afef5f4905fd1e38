package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import org.mandate.core.scenario.ExperimentLoader;

/** Scenario discovery on the bundled experiment: its result depends on the levels only, not on who made them. */
class ExperimentDiscoveryTest {
    private static final Path EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml");

    private static ExperimentDiscovery discovery(String outcome, int runs) throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(EXPERIMENT);
        EnsembleSetup setup = new EnsembleSetup(spec.withRuns(1));
        ExperimentModel model = new ExperimentModel(setup);
        return new ExperimentDiscovery(spec.id(), model.columns(), model::values, spec.seed(),
                OutcomeSelector.parse(outcome, setup.compiled(0)), runs, 0.8);
    }

    private static ExperimentModel model() throws Exception {
        return new ExperimentModel(new EnsembleSetup(ExperimentLoader.load(EXPERIMENT).withRuns(1)));
    }

    @Test
    void levelsEvaluatedOnOneOrThreeThreads_giveTheSameBox() throws Exception {
        ExperimentDiscovery d = discovery("april-2010.SCO.decided>=1", 300);
        ExperimentDiscovery.Result one = d.analyse(model().evaluate(d.design(), 1));
        ExperimentDiscovery.Result three = d.analyse(model().evaluate(d.design(), 3));
        assertThat(three.json()).isEqualTo(one.json());
        assertThat(one.note()).isNull();
        assertThat(one.hits()).isBetween(1, 299);
        assertThat(one.json()).containsEntry("runs", 300).containsEntry("densityTarget", 0.8)
                .containsKey("trajectory");
    }

    @Test
    void anOutcomeThatAlwaysHappens_hasNoBox_andSaysWhy() throws Exception {
        ExperimentDiscovery d = discovery("june-2010.OSCE.decided>=0", 20);
        ExperimentDiscovery.Result r = d.analyse(model().evaluate(d.design(), 1));
        assertThat(r.note()).isEqualTo("the outcome happens in every one of 20 runs");
        assertThat(r.json()).containsEntry("note", "the outcome happens in every one of 20 runs; there is no box to "
                + "find").doesNotContainKey("box");
    }

    @Test
    void levelsOfAnotherNumberOfRows_orBadSizes_areRefused() throws Exception {
        ExperimentDiscovery d = discovery("april-2010.SCO.decided>=1", 20);
        assertThatThrownBy(() -> d.analyse(new byte[19][])).hasMessage("expected the levels of 20 rows, got 19");
        assertThatThrownBy(() -> discovery("april-2010.SCO.decided>=1", 0)).hasMessage("runs: expected 1 to 1000000, "
                + "was 0");
        assertThat(ExperimentDiscovery.runs(null, 50_000)).isEqualTo(20_000);
        assertThat(ExperimentDiscovery.runs(null, 300)).isEqualTo(300);
        assertThat(ExperimentDiscovery.runs(40, 300)).isEqualTo(40);
    }
}
