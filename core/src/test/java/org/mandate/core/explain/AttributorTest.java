package org.mandate.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.RunResult;
import org.mandate.core.engine.Stage;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Scenario;
import org.mandate.core.testkit.Scenarios;

/**
 * Attribution on a tiny scenario made so that the answer can be worked out by hand: the three members care only for
 * their image (so each wants the strongest response, 4, which the host asked for), the crisis lies outside the
 * mandate (which then admits up to 2), and the body deliberates for longer than the crisis lasts, so only what it can
 * decide at once (up to 2) comes in time. The mandate gate and the agenda gate are interchangeable: either alone holds
 * the level at 2, and with both off it is 4. Without the image term no one wants anything, and the level is 0.
 */
class AttributorTest {
    private static Scenario capped() {
        return Scenarios.tiny().type(Scenarios.FEUD)
                .interest(Scenarios.A, Interest.IMAGE, 1.0)
                .interest(Scenarios.B, Interest.IMAGE, 1.0)
                .interest(Scenarios.C, Interest.IMAGE, 1.0)
                .request(Scenarios.HOST, 4, Scenarios.DATE, 0)
                .agenda(new AgendaRules(AgendaRules.TabledBy.ANY_MEMBER, List.of(), 400, null, 2))
                .build();
    }

    private static CellAttribution only(Scenario s) {
        List<CellAttribution> all = Attributor.attribute(CompiledScenario.compile(s));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void theScenario_behavesAsTheClassCommentSays() {
        assertThat(level(capped(), Mechanisms.all())).isEqualTo(2);
        assertThat(level(capped(), Mechanisms.without("mandate-gate"))).isEqualTo(2);
        assertThat(level(capped(), Mechanisms.without("agenda-gate"))).isEqualTo(2);
        assertThat(level(capped(), Mechanisms.without("mandate-gate", "agenda-gate"))).isEqualTo(4);
        assertThat(level(capped(), Mechanisms.without("image"))).isZero();
    }

    @Test
    void interchangeableGates_getTheSameShapleyValue_workedOutByHand() {
        Attribution a = only(capped()).decided();
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.allOff()).isZero();
        assertThat(a.shapley().get("mandate-gate")).isEqualTo(a.shapley().get("agenda-gate"))
                .isCloseTo(1.0 / 3, within(1e-6));
        assertThat(a.shapley().get("image")).isCloseTo(-8.0 / 3, within(1e-6));
        a.shapley().forEach((mechanism, value) -> {
            if (!List.of("mandate-gate", "agenda-gate", "image").contains(mechanism)) {
                assertThat(value).as(mechanism).isZero();
            }
        });
    }

    @Test
    void shapleyValues_sumToTheLevelWithEveryMechanismOff_lessTheLevel() {
        Attribution a = only(capped()).decided();
        double sum = a.shapley().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(a.allOff() - a.level(), within(1e-5));
        assertThat(a.shapley()).hasSize(15).containsOnlyKeys(Mechanisms.IDS);
    }

    @Test
    void aGateThatAloneCapsTheLevel_isSufficient_andTwoSuchMakeItOverdetermined() {
        CellAttribution cell = only(capped());
        Attribution a = cell.decided();
        assertThat(a.sufficient()).containsExactly(List.of("agenda-gate"), List.of("mandate-gate"));
        assertThat(a.overdetermined()).isTrue();
        assertThat(a.alone()).containsOnlyKeys("image");
        assertThat(a.sufficientText()).isEqualTo("overdetermined: agenda-gate and mandate-gate each alone keep it "
                + "from going above 2");
        assertThat(cell.note(Stage.MANDATE_GATE, false)).isEqualTo(a.sufficientText());
    }

    @Test
    void aGateThatIsTheOnlyCap_isTheOneSufficientSet_andNeedsNoNote() {
        Scenario s = Scenarios.tiny().type(Scenarios.FEUD)
                .interest(Scenarios.A, Interest.IMAGE, 1.0)
                .interest(Scenarios.B, Interest.IMAGE, 1.0)
                .interest(Scenarios.C, Interest.IMAGE, 1.0)
                .request(Scenarios.HOST, 4, Scenarios.DATE, 0)
                .build();
        CellAttribution cell = only(s);
        assertThat(cell.decided().level()).isEqualTo(2);
        assertThat(cell.decided().sufficient()).containsExactly(List.of("mandate-gate"));
        assertThat(cell.decided().alone()).containsEntry("mandate-gate", 4);
        assertThat(cell.note(Stage.MANDATE_GATE, false)).isNull();
    }

    @Test
    void aLevelNothingHoldsDown_hasTheEmptySetAsItsOnlySufficientSet() {
        Scenario s = Scenarios.tiny().type(Scenarios.RIOT)
                .interest(Scenarios.A, Interest.IMAGE, 1.0)
                .interest(Scenarios.B, Interest.IMAGE, 1.0)
                .interest(Scenarios.C, Interest.IMAGE, 1.0)
                .request(Scenarios.HOST, 4, Scenarios.DATE, 0)
                .build();
        Attribution a = only(s).decided();
        assertThat(a.level()).isEqualTo(4);
        assertThat(a.held()).isFalse();
        assertThat(a.sufficient()).containsExactly(List.of());
        assertThat(a.sufficientText()).isEqualTo("nothing holds it down: no set of mechanisms switched off raises it "
                + "above 4");
    }

    @Test
    void mechanismsTheScenarioSwitchesOff_takeNoPart() {
        CompiledScenario c = CompiledScenario.compile(capped(), Mechanisms.without("agenda-gate", "sovereignty"));
        LevelTable table = LevelTable.of(c);
        assertThat(table.players()).hasSize(13).doesNotContain("agenda-gate", "sovereignty");
        Attribution a = Attributor.attribute(c, table).get(0).decided();
        assertThat(a.sufficient()).containsExactly(List.of("mandate-gate"));
        assertThat(a.shapley().get("mandate-gate")).isCloseTo(1.0, within(1e-6));
    }

    private static int level(Scenario s, Mechanisms m) {
        RunResult r = Engine.run(CompiledScenario.compile(s, m));
        return r.decided(0);
    }
}
