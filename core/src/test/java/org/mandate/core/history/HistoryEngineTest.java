package org.mandate.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Outcome;
import org.mandate.core.model.Membership;
import org.mandate.core.scenario.ScenarioLoader;
import org.mandate.core.testkit.Examples;
import org.junit.jupiter.api.Test;

/** The history as a whole: determinism, the 2010 table inside it, the record never read, the backtest. */
class HistoryEngineTest {

    @Test
    void sameSpec_givesTheSameTimelineAndRows() {
        HistoryResult a = HistoryEngine.run(Histories.centralAsia());
        HistoryResult b = HistoryEngine.run(Histories.centralAsia());
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.crises()).isEqualTo(b.crises());
        assertThat(a.orgs()).isEqualTo(b.orgs());
    }

    @Test
    void tracingOff_leavesOutTheEventsButChangesNoRowOrLevel() {
        HistoryResult traced = Histories.centralAsiaRun();
        HistoryResult quiet = HistoryEngine.run(Histories.centralAsia(), 0, true, false);
        assertThat(quiet.events()).isEmpty();
        assertThat(quiet.orgs()).isEqualTo(traced.orgs());
        assertThat(quiet.members()).isEqualTo(traced.members());
        assertThat(quiet.states()).usingRecursiveFieldByFieldElementComparator().isEqualTo(traced.states());
        assertThat(quiet.crises()).extracting(HistoryResult.CrisisCell::implemented)
                .isEqualTo(traced.crises().stream().map(HistoryResult.CrisisCell::implemented).toList());
    }

    @Test
    void the2010Table_comesOutInsideTheHistoryAsItDoesFromRun() throws Exception {
        List<Outcome> run = Engine.explain(CompiledScenario.compile(ScenarioLoader.load(
                Examples.file("examples/cases/kyrgyzstan-2010.yaml")).scenario()));
        List<String> expected = new ArrayList<>();
        for (Outcome o : run) {
            expected.add(o.episode() + " " + o.organization() + " " + o.decided() + "/" + o.implemented() + " "
                    + o.stage().id());
        }
        List<String> inside = new ArrayList<>();
        for (HistoryResult.CrisisCell c : Histories.centralAsiaRun().crises()) {
            if (c.file().equals("cases/kyrgyzstan-2010.yaml")) {
                inside.add(c.episode() + " " + c.organization() + " " + c.decided() + "/" + c.implemented() + " "
                        + c.stage());
            }
        }
        assertThat(inside).containsExactlyElementsOf(expected).contains("june-2010 OSCE 3/2 local-veto",
                "june-2010 CSTO 2/2 mandate-gate", "april-2010 SCO 0/0 agenda-gate");
    }

    @Test
    void theRecordAfterTheStart_isNeverRead_removingItChangesNothing() {
        HistorySpec spec = Histories.centralAsia();
        List<Institution> stripped = new ArrayList<>();
        for (Institution i : spec.institutions()) {
            List<Membership> kept = new ArrayList<>();
            for (Membership m : i.record()) {
                boolean simulated = spec.states().contains(m.state());
                if (!simulated || !m.joined().isAfter(spec.from())) {
                    // memberships of simulated states end at the start: what followed is the record
                    kept.add(simulated && m.left() != null && m.left().isAfter(spec.from())
                            ? new Membership(m.state(), m.joined(), null, List.of()) : m);
                }
            }
            stripped.add(i.withRecord(kept));
        }
        List<BaseAgreement> bases = spec.bases().stream().filter(b -> !b.opened().isAfter(spec.from())).toList();
        HistoryResult original = Histories.centralAsiaRun();
        HistoryResult blind = HistoryEngine.run(spec.withRecord(stripped, bases));
        assertThat(blind.events()).isEqualTo(original.events());
        assertThat(blind.crises()).isEqualTo(original.crises());
        assertThat(stripped.stream().mapToInt(i -> i.record().size()).sum())
                .isLessThan(spec.institutions().stream().mapToInt(i -> i.record().size()).sum());
    }

    @Test
    void backtest_beatsPersistenceAndTheBaseRate_predictingHalfTheDocumentedEventsWithFewerFalseEvents() {
        HistorySpec spec = Histories.centralAsia();
        HistoryBacktest.Report rep = HistoryBacktest.score(spec, Histories.centralAsiaRun(), HistoryBacktest.UNTIL,
                365);
        assertThat(rep.until()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(rep.recorded()).isGreaterThan(60);
        assertThat(2 * rep.hits()).isGreaterThanOrEqualTo(rep.recorded());
        assertThat(rep.falseEvents().size()).isLessThan(rep.hits());
        assertThat(rep.score()).isGreaterThan(0).isGreaterThan(rep.baseRateScore());
        assertThat(rep.matches()).anySatisfy(m -> {
            assertThat(m.recorded().slot()).isEqualTo("base-open KGZ USA");
            assertThat(m.predicted()).isNotNull();
        });
    }

    @Test
    void backtest_recordOnlyHoldsEventsUpTo2010_andAfterTheFirstDay() {
        List<RecordEvent> record = HistoryBacktest.record(Histories.centralAsia(), HistoryBacktest.UNTIL);
        assertThat(record).allSatisfy(e -> {
            assertThat(e.date()).isAfter(LocalDate.of(1992, 1, 1)).isBeforeOrEqualTo(HistoryBacktest.UNTIL);
        });
        assertThat(record).extracting(RecordEvent::slot).contains("exit UZB CSTO", "join UZB CSTO",
                "base-open UZB USA", "rent-rise KGZ USA", "eviction-reversed KGZ USA");
    }
}
