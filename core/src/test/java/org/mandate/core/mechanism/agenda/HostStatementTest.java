package org.mandate.core.mechanism.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.Outcome;
import org.mandate.core.engine.Stage;
import org.mandate.core.model.AgendaRules;
import org.mandate.core.model.AgendaRules.TabledBy;
import org.mandate.core.scenario.ScenarioLoader;
import org.mandate.core.testkit.Examples;

/**
 * Statements tabled by the host (revision 3): a member government that presents its crisis as a threat from outside
 * asks its partners to speak; the body decides at its next regular session, or at once where a secretariat can.
 * Checked on the Tashkent bombings of March 2004, where the SCO Secretariat spoke within days.
 */
class HostStatementTest {
    private static final String CASE = "examples/cases/uzbekistan-bombings-2004.yaml";
    private static final List<LocalDate> SESSIONS = List.of(LocalDate.of(2003, 5, 29), LocalDate.of(2004, 6, 17));
    private static final AgendaRules HOST = new AgendaRules(TabledBy.REQUEST, List.of(), 14, TabledBy.HOST, 1, null,
            SESSIONS, LocalDate.of(2004, 1, 15));

    @Test
    void theBodyDecidesAtItsNextSession_orAfterItsDeliberationWhenNoneIsListed() {
        assertThat(HOST.decisionDay(LocalDate.of(2003, 3, 28))).isEqualTo(LocalDate.of(2003, 5, 29));
        assertThat(HOST.decisionDay(LocalDate.of(2003, 5, 29))).isEqualTo(LocalDate.of(2003, 5, 29));
        assertThat(HOST.decisionDay(LocalDate.of(2004, 3, 28))).isEqualTo(LocalDate.of(2004, 6, 17));
        assertThat(HOST.decisionDay(LocalDate.of(2004, 7, 1))).isEqualTo(LocalDate.of(2004, 7, 15));
        assertThat(HOST.quickUpToOn(LocalDate.of(2004, 1, 14))).isZero();
        assertThat(HOST.quickUpToOn(LocalDate.of(2004, 1, 15))).isEqualTo(1);
    }

    @Test
    void onlyTheHostsOwnWish_inTime_tablesAStatement() {
        var notTabled = AgendaGate.Verdict.NOT_TABLED;
        assertThat(AgendaGate.ceiling(HOST, notTabled, false, false, true, true, 0)).isEqualTo(1);
        assertThat(AgendaGate.ceiling(HOST, notTabled, false, false, true, false, 1)).isEqualTo(1);
        assertThat(AgendaGate.ceiling(HOST, notTabled, false, false, true, false, 0)).isZero();
        assertThat(AgendaGate.ceiling(HOST, notTabled, true, true, false, true, 1)).isZero();
    }

    @Test
    void tashkent2004_getsAStatementAtOnce_becauseUzbekistanCallsTheBombingsAnOutsideThreat() throws IOException {
        Outcome sco = sco(text(), Mechanisms.all());
        assertThat(sco.decided()).isEqualTo(1);
        assertThat(sco.implemented()).isEqualTo(1);
        assertThat(sco.stage()).isEqualTo(Stage.AGENDA_GATE);
        assertThat(sco.deployment().decidedOn()).isEqualTo(LocalDate.of(2004, 3, 28));
        assertThat(sco.reasons().get(0).actor()).isEqualTo("UZB");
        assertThat(sco.reasons().get(0).text()).isEqualTo("tabled for a statement only: UZB presents the crisis as a "
                + "threat from outside and wants its partners to speak, but no request was addressed to SCO, and under "
                + "its rules only a formal request can table a crisis; it can be issued at once (possible since "
                + "2004-01-15)");
    }

    @Test
    void calledDomestic_theSameCrisisGetsNothing() throws IOException {
        Outcome sco = sco(text().replace("UZB: foreign ", "UZB: domestic "), Mechanisms.all());
        assertThat(sco.decided()).isZero();
        assertThat(sco.stage()).isEqualTo(Stage.AGENDA_GATE);
        assertThat(sco.reasons().get(0).text()).endsWith("UZB presents the crisis as domestic, so it asks for no "
                + "statement either");
    }

    @Test
    void aYearEarlier_beforeTheSecretariat_itWaitsForTheSummit() throws IOException {
        String before = text().replace("date: 2004-03-28", "date: 2003-03-28");
        // judged on 30 April 2003: the summit of 29 May 2003 comes too late
        Outcome late = sco(before.replace("assessOn: 2004-04-30", "assessOn: 2003-04-30"), Mechanisms.all());
        assertThat(late.decided()).isZero();
        assertThat(late.reasons().get(0).text()).endsWith("a statement UZB might ask for could come only at the "
                + "body's next session (2003-05-29), after the crisis is judged on 2003-04-30, and nothing could be "
                + "issued at once before 2004-01-15");
        // judged on 30 June 2003: the summit takes it up
        Outcome summit = sco(before.replace("assessOn: 2004-04-30", "assessOn: 2003-06-30"), Mechanisms.all());
        assertThat(summit.decided()).isEqualTo(1);
        assertThat(summit.deployment().decidedOn()).isEqualTo(LocalDate.of(2003, 5, 29));
    }

    @Test
    void withoutTheAgendaGate_theStatementIsNoLongerTheLimit() throws IOException {
        Outcome sco = sco(text().replace("UZB: foreign ", "UZB: domestic "), Mechanisms.without("agenda-gate"));
        assertThat(sco.stage()).isNotEqualTo(Stage.AGENDA_GATE);
    }

    private static String text() throws IOException {
        return Files.readString(Examples.file(CASE), StandardCharsets.UTF_8);
    }

    private static Outcome sco(String yaml, Mechanisms mechanisms) {
        Path file = Examples.file(CASE);
        try {
            var scenario = ScenarioLoader.load(file.getFileName().toString(), yaml.getBytes(StandardCharsets.UTF_8),
                    file.getParent()).scenario();
            return Engine.explain(CompiledScenario.compile(scenario, mechanisms)).stream()
                    .filter(o -> o.organization().equals("SCO")).findFirst().orElseThrow();
        } catch (org.mandate.core.scenario.ScenarioException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }
}
