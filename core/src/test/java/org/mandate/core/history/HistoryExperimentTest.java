package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.mandate.core.scenario.HistoryExperimentLoader;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.testkit.Examples;
import org.junit.jupiter.api.Test;

/** Experiments on histories: inputs by path, design factors, outcomes, and the loader's problems. */
class HistoryExperimentTest {

    @Test
    void bundledExperiment_loads_withItsInputsFactorAndOutcomes() throws Exception {
        HistoryExperiment x = HistoryExperimentLoader.load(Examples.file("examples/central-asia-experiment.yaml"));
        assertThat(x.paths()).contains("parameters.forumShopping", "initial.UZB.alignment.USA");
        assertThat(x.designPoints()).containsExactly(List.of("on"), List.of("off"));
        assertThat(x.outcomes()).extracting(HistoryOutcome::text).contains("KGZ.rents.USA@2009>10");
        assertThat(x.history().to()).isEqualTo(java.time.LocalDate.of(2012, 12, 31));
    }

    @Test
    void inputs_setTheNamedParameterInitialConditionAndDonor() {
        HistorySpec spec = Histories.centralAsia();
        HistorySpec changed = HistoryInputs.apply(spec, List.of("parameters.forumShopping",
                "initial.UZB.alignment.USA", "donors.OSCE.conditionality", "donors.USA.budgetScale"),
                new double[] {0.4, 0.5, 0.7, 2.0});
        assertThat(changed.parameter(Parameter.FORUM_SHOPPING)).isEqualTo(0.4);
        assertThat(changed.initial().get("UZB").alignment().get("USA")).isEqualTo(0.5);
        assertThat(changed.donors().get("OSCE").conditionality()).isEqualTo(0.7);
        assertThat(changed.donors().get("USA").budgets().get(0).usdMillion())
                .isEqualTo(2 * spec.donors().get("USA").budgets().get(0).usdMillion());
        assertThat(spec.parameter(Parameter.FORUM_SHOPPING)).isEqualTo(Parameter.FORUM_SHOPPING.defaultValue());
    }

    @Test
    void badPaths_sayWhatWasExpected() {
        HistorySpec spec = Histories.centralAsia();
        assertThatThrownBy(() -> HistoryInputs.check(spec, "parameters.nope"))
                .hasMessage("expected parameters.KEY with a key of docs/history.md");
        assertThatThrownBy(() -> HistoryInputs.check(spec, "initial.RUS.alignment.RUS"))
                .hasMessage("expected initial.STATE.threat, .coercive, .institutional or .alignment.POWER (another"
                        + " power of the history)");
        assertThatThrownBy(() -> HistoryInputs.check(spec, "capability.KGZ"))
                .hasMessage("expected a path starting parameters., initial., donors. or states.");
    }

    @Test
    void outcomes_readTheRunAtTheStepThatHoldsTheDay() {
        HistorySpec spec = Histories.centralAsia();
        HistoryResult r = Histories.centralAsiaRun();
        assertThat(HistoryOutcome.parse("UZB.CSTO.member@2010-06-01", spec).value(r)).isEqualTo(1.0);
        assertThat(HistoryOutcome.parse("TKM.CSTO.member@2010", spec).value(r)).isEqualTo(0.0);
        assertThat(HistoryOutcome.parse("KGZ.rents.USA@2009", spec).value(r))
                .isEqualTo(Histories.state(r, "KGZ", 2009).rents()[1]);
        assertThat(HistoryOutcome.parse("KGZ.rents.USA@2009>10", spec).value(r)).isEqualTo(1.0);
        assertThat(HistoryOutcome.parse("june-2010.OSCE.implemented", spec).value(r)).isEqualTo(2.0);
        assertThat(HistoryOutcome.parse("OSCE.reach@2000", spec).value(r)).isEqualTo(1.0);
        assertThat(HistoryOutcome.parse("KGZ.overrules@2010", spec).binary()).isTrue();
    }

    @Test
    void outcomesReadDuringTheRun_equalThoseReadFromItsRows() {
        HistorySpec spec = Histories.centralAsia();
        List<HistoryOutcome> outcomes = java.util.stream.Stream.of("UZB.CSTO.member@2010-06-01", "TKM.CSTO.member@2010",
                "KGZ.rents.USA@2009", "KGZ.rents.USA@2006>10", "KGZ.control@2010", "KGZ.overrules@2010",
                "UZB.alignment.RUS@2005-08-01", "OSCE.reach@2011", "CSTO.credibility@2011", "CSTO.members@1999",
                "june-2010.OSCE.implemented", "april-2010.CSTO.decided").map(t -> HistoryOutcome.parse(t, spec))
                .toList();
        HistoryResult rows = Histories.centralAsiaRun();
        double[] direct = HistoryEngine.outcomes(spec, outcomes);
        for (int j = 0; j < outcomes.size(); j++) {
            assertThat(direct[j]).as(outcomes.get(j).text()).isEqualTo(outcomes.get(j).value(rows));
        }
    }

    @Test
    void badOutcomes_areRefused() {
        HistorySpec spec = Histories.centralAsia();
        assertThatThrownBy(() -> HistoryOutcome.parse("KGZ.rents.USA@2040", spec))
                .hasMessage("'2040' is outside the history (1992-01-01 to 2012-12-31)");
        assertThatThrownBy(() -> HistoryOutcome.parse("KGZ.rents.USA", spec))
                .hasMessage("expected @YEAR or @DAY after KGZ.rents.USA");
        assertThatThrownBy(() -> HistoryOutcome.parse("KGZ.happiness@2009", spec))
                .hasMessageStartingWith("expected STATE.ORG.member@WHEN");
    }

    @Test
    void factors_applyTheirLevels_andCheckThem() {
        HistorySpec spec = Histories.centralAsia();
        HistoryFactor off = new HistoryFactor("mechanism:great-power-competition", List.of("on", "off"));
        assertThat(off.check(spec)).isNull();
        assertThat(off.apply(spec, "off").disabled()).contains("great-power-competition");
        HistoryFactor force = new HistoryFactor("force:june-2010:CSTO", List.of("none", "4"));
        assertThat(force.apply(spec, "4").forced()).containsExactly(new ForcedOutcome("june-2010", "CSTO", 4));
        assertThat(new HistoryFactor("conditionality:OSCE", List.of("0", "2")).check(spec))
                .isEqualTo("expected shares from 0 to 1 as levels, got '2'");
        assertThat(new HistoryFactor("mechanism:great-power-competition", List.of("on", "on")).check(spec))
                .isEqualTo("expected distinct levels");
    }

    @Test
    void loader_collectsEveryProblemWithItsPlace() throws Exception {
        java.nio.file.Path file = experimentFile("""
                experiment: x
                history: central-asia.yaml
                runs: 5
                seed: 1
                uncertain:
                  - {path: parameters.nope, distribution: {uniform: {min: 0, max: 1}}}
                designs:
                  - {factor: "mechanism:nothing", levels: [on, off]}
                outcomes: [KGZ.rents.USA@2050]
                """);
        assertThatThrownBy(() -> HistoryExperimentLoader.load(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString)
                        .containsExactly(
                                file + ":6:12: uncertain[0].path: value 'parameters.nope': expected parameters.KEY"
                                        + " with a key of docs/history.md",
                                file + ":8:14: designs[0].factor: value 'mechanism:nothing': expected mechanism:ID with"
                                        + " a mechanism of the history or the crisis engine",
                                file + ":9:12: outcomes[0]: value 'KGZ.rents.USA@2050': '2050' is outside the history"
                                        + " (1992-01-01 to 2030-12-31)"));
    }

    @Test
    void aRepeatedLevel_isRefusedAtItsPlace() throws Exception {
        java.nio.file.Path file = experimentFile("""
                experiment: x
                history: central-asia.yaml
                runs: 5
                seed: 1
                designs:
                  - {factor: "mechanism:great-power-competition", levels: [on, off, on]}
                outcomes: [KGZ.rents.USA@2009]
                """);
        assertThatThrownBy(() -> HistoryExperimentLoader.load(file)).isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems()).extracting(Problem::toString)
                        .contains(file + ":6:69: designs[0].levels[2]: value 'on': expected a level not already listed"
                                + " for this factor"));
    }

    /** An experiment file {@code x.yaml} with the given text, beside a copy of the bundled history and its cases. */
    private static java.nio.file.Path experimentFile(String text) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hx");
        java.nio.file.Files.copy(Examples.file("examples/central-asia.yaml"), dir.resolve("central-asia.yaml"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("cases"), Examples.file("examples/cases/kyrgyzstan-2010.yaml")
                .getParent());
        return java.nio.file.Files.writeString(dir.resolve("x.yaml"), text);
    }
}
