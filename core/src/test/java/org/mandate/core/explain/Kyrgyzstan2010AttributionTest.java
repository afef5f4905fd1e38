package org.mandate.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.RunResult;
import org.mandate.core.engine.Stage;
import org.mandate.core.model.Scenario;
import org.mandate.core.testkit.Examples;

/** Attribution of the 2010 case: what holds each cell down, checked against runs compiled from scratch. */
class Kyrgyzstan2010AttributionTest {
    private static Scenario scenario;
    private static CompiledScenario compiled;
    private static LevelTable table;
    private static List<CellAttribution> cells;

    @BeforeAll
    static void attribute() {
        scenario = Examples.kyrgyzstan();
        compiled = CompiledScenario.compile(scenario);
        table = LevelTable.of(compiled);
        cells = Attributor.attribute(compiled, table);
    }

    private static CellAttribution cell(String episode, String org) {
        return cells.stream().filter(c -> c.episode().equals(episode) && c.organization().equals(org)).findFirst()
                .orElseThrow();
    }

    @Test
    void juneCsto_isHeldAtTwo_byTheMandateGate_leadStateReluctance_andTheNeighbourVeto_eachAlone() {
        CellAttribution c = cell("june-2010", "CSTO");
        assertThat(c.decided().level()).isEqualTo(2);
        assertThat(c.decided().sufficient()).containsExactly(List.of("mandate-gate"),
                List.of("lead-state-reluctance"), List.of("neighbour-veto"));
        assertThat(c.decided().alone()).isEmpty();
        assertThat(c.note(Stage.MANDATE_GATE, false)).isEqualTo("overdetermined: mandate-gate, lead-state-reluctance "
                + "and neighbour-veto each alone keep it from going above 2");
    }

    @Test
    void juneOsce_theLocalVetoAloneKeepsTheImplementedLevelAtTwo_whileNothingHoldsTheDecidedThreeDown() {
        CellAttribution c = cell("june-2010", "OSCE");
        assertThat(c.decided().held()).isFalse();
        assertThat(c.implemented().level()).isEqualTo(2);
        assertThat(c.implemented().sufficient()).containsExactly(List.of("local-veto"));
        assertThat(c.implemented().alone()).containsEntry("local-veto", 3);
        assertThat(c.note(Stage.LOCAL_VETO, true)).isNull();
    }

    @Test
    void everyCell_shapleyValuesSumToTheLevelWithEveryMechanismOff_lessTheLevel() {
        for (CellAttribution c : cells) {
            for (Attribution a : List.of(c.decided(), c.implemented())) {
                double sum = a.shapley().values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).as(c.episode() + "/" + c.organization()).isCloseTo(a.allOff() - a.level(),
                        within(1e-5));
            }
        }
    }

    @Test
    void theTable_agreesWithRunsCompiledFromScratch_onEverySingleAndPairAndASpreadOfLargerSets() {
        List<String> players = table.players();
        assertThat(players).isEqualTo(Mechanisms.IDS);
        List<Integer> sets = new java.util.ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            sets.add(1 << i);
            for (int j = i + 1; j < players.size(); j++) {
                sets.add(1 << i | 1 << j);
            }
        }
        for (int off = 0; off < 1 << players.size(); off += 257) {
            sets.add(off);
        }
        sets.add((1 << players.size()) - 1);
        for (int off : sets) {
            Set<String> disabled = new TreeSet<>();
            for (int i = 0; i < players.size(); i++) {
                if ((off & 1 << i) != 0) {
                    disabled.add(players.get(i));
                }
            }
            RunResult r = Engine.run(CompiledScenario.compile(scenario, new Mechanisms(disabled)));
            for (int k = 0; k < r.cells(); k++) {
                assertThat(table.decided(k, off)).as("decided, cell %d, off %s", k, disabled).isEqualTo(r.decided(k));
                assertThat(table.implemented(k, off)).as("implemented, cell %d, off %s", k, disabled)
                        .isEqualTo(r.implemented(k));
            }
        }
    }

    @Test
    void attributingTwice_givesTheSameAnswer() {
        assertThat(Attributor.attribute(CompiledScenario.compile(Examples.kyrgyzstan()))).isEqualTo(cells);
    }
}
