package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** Loading history files: the bundled one, and every kind of bad input refused with a located problem. */
class HistoryLoaderTest {
    private static final String TINY = """
            history: tiny
            from: 1995-01-01
            to: 2000-12-31
            states: [RUS, USA, KAZ, KGZ]
            powers: [RUS, USA]
            organizations:
              - {id: CIS}
            """;

    private static List<String> problems(String yaml) {
        try {
            Histories.load(yaml);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void bundledHistory_loads_withItsStatesPowersOrganizationsAndCrises() {
        HistorySpec h = Histories.centralAsia();
        assertThat(h.states()).hasSize(20).contains("KGZ", "UZB", "TKM");
        assertThat(h.powers()).containsExactly("RUS", "USA", "CHN");
        assertThat(h.institutions()).extracting(Institution::id)
                .containsExactly("CSTO", "SCO", "OSCE", "CIS", "GUAM", "EurAsEC", "EAEU", "PFP");
        assertThat(h.crises()).extracting(ScheduledCrisis::file).contains("cases/kyrgyzstan-2010.yaml");
        assertThat(h.stepMonths()).isEqualTo(3);
    }

    @Test
    void tinyHistory_loads_withDefaults() throws Exception {
        HistorySpec h = Histories.load(TINY);
        assertThat(h.parameter(Parameter.JOIN_THRESHOLD)).isEqualTo(Parameter.JOIN_THRESHOLD.defaultValue());
        assertThat(h.crises()).isEmpty();
        assertThat(h.seed()).isEqualTo(1L);
    }

    @Test
    void missingRequiredKey_isLocated() {
        assertThat(problems("history: x\nfrom: 1995-01-01\nstates: [RUS]\npowers: [RUS]\norganizations: [{id: CIS}]\n"))
                .containsExactly("test.yaml:1:1: missing required key 'to' (the last day simulated)");
    }

    @Test
    void unknownStatePowerAndOrganization_areEachLocated() {
        String yaml = TINY.replace("[RUS, USA, KAZ, KGZ]", "[RUS, USA, KAZ, XYZ]").replace("[RUS, USA]", "[RUS, CHN]")
                .replace("{id: CIS}", "{id: NATO}");
        assertThat(problems(yaml)).containsExactly(
                "test.yaml:4:25: states[3]: value 'XYZ': unknown state",
                "test.yaml:5:15: powers[1]: value 'CHN': expected a power among the history's states",
                "test.yaml:7:10: organizations[0].id: value 'NATO': unknown organization; expected one of: CSTO, SCO,"
                        + " OSCE, CIS, GUAM, EurAsEC, EAEU, PFP, CACO, UNION-STATE");
    }

    @Test
    void endBeforeStart_isRefused() {
        assertThat(problems(TINY.replace("to: 2000-12-31", "to: 1990-12-31")))
                .containsExactly("test.yaml:3:5: to: value '1990-12-31': expected a day on or after from (1995-01-01)");
    }

    @Test
    void aHistoryOfCenturies_isRefused() {
        assertThat(problems(TINY.replace("to: 2000-12-31", "to: 9999-12-31")))
                .containsExactly("test.yaml:3:5: to: value '9999-12-31': expected a history of at most 200 years (to"
                        + " on or before 2195-01-01)");
    }

    @Test
    void budgetDatedAfterTheHistory_unknownParameterAndMechanism_areRefused() {
        String yaml = TINY + """
                donors:
                  - {id: USA, budgets: [{from: 2005-01-01, usdMillion: 10}]}
                parameters: {joinThresold: 0.3}
                disable: [forum-shoping]
                """;
        assertThat(problems(yaml)).containsExactly(
                "test.yaml:9:32: donors[0].budgets[0].from: value '2005-01-01': expected a day within the history (on"
                        + " or before 2000-12-31)",
                "test.yaml:10:14: parameters.joinThresold: value 'joinThresold': unknown parameter; see"
                        + " docs/history.md for the list",
                "test.yaml:11:11: disable[0]: value 'forum-shoping': unknown mechanism; expected one of:"
                        + " great-power-competition, capacity-building, forum-shopping, human-dimension-rollback,"
                        + " credibility, institutional-change, membership-choice, agenda-gate, mandate-gate,"
                        + " regime-solidarity, lead-state-reluctance, neighbour-veto, wait-and-see, legitimacy-brokerage,"
                        + " sovereignty, government-alignment, separatism-fear, image, human-dimension, host-consent,"
                        + " local-veto, implementation");
    }

    @Test
    void donorThatIsNeitherPowerNorOrganization_andForcedEpisodeOutsideTheHistory_areRefused() {
        String yaml = TINY + """
                donors:
                  - {id: KAZ, budgets: [{from: 1995-01-01, usdMillion: 1}]}
                whatIf:
                  forced: [{episode: june-2010, organization: CSTO, level: 4}]
                """;
        assertThat(problems(yaml)).containsExactly(
                "test.yaml:9:10: donors[0].id: value 'KAZ': expected a power or an organization of the history",
                "test.yaml:11:22: whatIf.forced[0].episode: value 'june-2010': expected an episode of a crisis"
                        + " scheduled in the history");
    }

    @Test
    void schemaProblem_namesTheValueAndWhatWasExpected() {
        assertThatThrownBy(() -> Histories.load(TINY.replace("from: 1995-01-01", "from: someday")))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(((ScenarioException) e).problems().get(0).toString())
                        .startsWith("test.yaml:2:7: from: value 'someday': "));
    }
}
