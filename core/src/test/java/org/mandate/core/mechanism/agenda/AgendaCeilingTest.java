package org.mandate.core.mechanism.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Outcome;
import org.mandate.core.engine.Stage;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.AgendaRules.TabledBy;
import org.mandate.core.testkit.Examples;

class AgendaCeilingTest {
    private static final AgendaRules PLAIN = new AgendaRules(TabledBy.REQUEST, List.of(), 14);
    private static final AgendaRules STATEMENTS = new AgendaRules(TabledBy.REQUEST, List.of(), 14,
            TabledBy.ANY_MEMBER, 0);
    private static final AgendaRules QUICK = new AgendaRules(TabledBy.ANY_MEMBER, List.of(), 30, null, 2);

    @Test
    void aTabledCrisis_admitsEveryLevel_andAnExcludedOneNone() {
        assertThat(AgendaGate.ceiling(PLAIN, AgendaGate.Verdict.TABLED, false, false)).isEqualTo(4);
        assertThat(AgendaGate.ceiling(STATEMENTS, AgendaGate.Verdict.EXCLUDED, true, true)).isZero();
    }

    @Test
    void membersMayTableAStatementAlone_onlyWhereTheRulesSaySo_andOnlyIfOneWantsIt() {
        assertThat(AgendaGate.ceiling(PLAIN, AgendaGate.Verdict.NOT_TABLED, true, true)).isZero();
        assertThat(AgendaGate.ceiling(STATEMENTS, AgendaGate.Verdict.NOT_TABLED, true, false)).isEqualTo(1);
        assertThat(AgendaGate.ceiling(STATEMENTS, AgendaGate.Verdict.NOT_TABLED, false, true)).isZero();
    }

    @Test
    void aSlowBody_stillDecidesAtOnceWhatItsChairAndFieldOfficesCanDo() {
        assertThat(AgendaGate.ceiling(QUICK, AgendaGate.Verdict.TOO_SLOW, false, false)).isEqualTo(2);
        assertThat(AgendaGate.ceiling(PLAIN, AgendaGate.Verdict.TOO_SLOW, true, true)).isZero();
    }

    @Test
    void withStatementsOpenToMembers_theAprilSco_isBlockedByChinasWaitAndSee_notByItsAgenda() {
        List<Outcome> o = Engine.explain(CompiledScenario.compile(Examples.kyrgyzstanWith(
                "organizations:\n  SCO: {agenda: {statementsBy: any-member}}")));
        Outcome april = o.stream().filter(x -> x.episode().equals("april-2010") && x.organization().equals("SCO"))
                .findFirst().orElseThrow();
        assertThat(april.decided()).isZero();
        assertThat(april.stage()).isEqualTo(Stage.COLLECTIVE_CHOICE);
        assertThat(april.pivotal()).containsExactly("CHN");
        assertThat(april.reasons().get(0).text()).startsWith("tabled for a statement only: ");
    }

    @Test
    void theOsceDecidesItsAprilFacilitationAtOnce_notAfterThirtyDays() {
        Outcome april = Engine.explain(CompiledScenario.compile(Examples.kyrgyzstan())).stream()
                .filter(x -> x.episode().equals("april-2010") && x.organization().equals("OSCE"))
                .findFirst().orElseThrow();
        assertThat(april.decided()).isEqualTo(2);
        assertThat(april.deployment().decidedOn()).isEqualTo(java.time.LocalDate.of(2010, 4, 7));
    }
}
