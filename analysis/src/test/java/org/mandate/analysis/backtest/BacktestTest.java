package org.mandate.analysis.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.analysis.backtest.Cases.cell;
import static org.mandate.analysis.backtest.Cases.held;
import static org.mandate.analysis.backtest.Cases.library;
import static org.mandate.analysis.backtest.Cases.notMemberInModel;
import static org.mandate.analysis.backtest.Cases.score;
import static org.mandate.analysis.backtest.Cases.withStances;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
    @Test
    void model_exactOnEveryCell_scoresAccuracyOneAndNoError() {
        BacktestReport r = score(held("a", cell("CSTO", 1, 1, 1), cell("OSCE", 2, 2, 2)));

        Tally t = r.tally(Predictor.MODEL, null);
        assertThat(t.decided()).isEqualTo(new Score(2, 2, 0));
        assertThat(t.implemented()).isEqualTo(new Score(2, 2, 0));
        assertThat(t.pooled().accuracy()).isEqualTo(1.0);
        assertThat(t.pooled().mae()).isEqualTo(0.0);
    }

    @Test
    void model_decidedAndImplementedAreScoredSeparately() {
        // observed 3 decided, 2 implemented; model says 3 decided, 3 implemented
        BacktestReport r = score(held("a", cell("OSCE", Observed.level(3), Observed.level(2), 3, 3)));

        Tally t = r.tally(Predictor.MODEL, null);
        assertThat(t.decided()).isEqualTo(new Score(1, 1, 0));
        assertThat(t.implemented()).isEqualTo(new Score(1, 0, 1));
        assertThat(t.pooled()).isEqualTo(new Score(2, 1, 1));
        assertThat(r.cells(null).get(0).error(Predictor.MODEL, Measure.IMPLEMENTED)).isEqualTo(1);
    }

    @Test
    void notMemberCells_areLeftOutOfEveryError_andOnlyCheckMembership() {
        BacktestReport r = score(held("a",
                notMemberInModel("SCO", Observed.notMember(), Observed.notMember()),
                cell("OSCE", 2, 2, 2)));

        assertThat(r.tally(Predictor.MODEL, null).pooled().n()).isEqualTo(2);
        assertThat(r.tally(Predictor.MAJORITY, null).pooled().n()).isEqualTo(2);
        assertThat(r.notMemberCells()).hasSize(1);
        assertThat(r.membershipDisagreements()).isEmpty();
        assertThat(r.cells(null).get(0).error(Predictor.MODEL, Measure.DECIDED)).isNull();
    }

    @Test
    void notMemberObserved_butModelSaysMember_isAMembershipDisagreement() {
        BacktestReport r = score(held("a", cell("SCO", Observed.notMember(), Observed.notMember(), 1, 1)));

        assertThat(r.membershipDisagreements()).hasSize(1);
        assertThat(r.tally(Predictor.MODEL, null).pooled().n()).isZero();
    }

    @Test
    void levelObserved_butModelSaysNotMember_isScoredAsZero_andReported() {
        BacktestReport r = score(held("a", notMemberInModel("CSTO", Observed.level(4), Observed.level(4))));

        assertThat(r.tally(Predictor.MODEL, null).pooled()).isEqualTo(new Score(2, 0, 8));
        assertThat(r.membershipDisagreements()).extracting(c -> c.cell().organization()).containsExactly("CSTO");
    }

    @Test
    void notRecordedMeasures_areNotScored() {
        BacktestReport r = score(held("a", cell("OSCE", Observed.level(2), Observed.notRecorded(), 2, 0)));

        assertThat(r.tally(Predictor.MODEL, null).decided().n()).isEqualTo(1);
        assertThat(r.tally(Predictor.MODEL, null).implemented().n()).isZero();
        assertThat(r.tally(Predictor.MODEL, null).implemented().mae()).isNaN();
    }

    @Test
    void majority_neverUsesTheCaseItPredicts() {
        // Case a is the only one observed at 4; the others at 1. Leave-one-case-out predicts 1 for a.
        BacktestReport r = score(
                held("a", cell("CSTO", 4, 0, 0)),
                held("b", cell("CSTO", 1, 0, 0)),
                held("c", cell("CSTO", 1, 0, 0)));

        assertThat(r.cases().get(0).cells().get(0).guess(Predictor.MAJORITY)).isEqualTo(new Guess(1, 1));
        assertThat(r.cases().get(1).cells().get(0).guess(Predictor.MAJORITY)).isEqualTo(new Guess(1, 1));
    }

    @Test
    void majority_leavesOutEveryEpisodeOfTheSameCase() {
        // Case a has two CSTO episodes at 3; another case has one at 1: a is predicted from b alone.
        CaseCell first = new CaseCell("april", "CSTO", Observed.level(3), Observed.level(3),
                new Prediction(true, 0, 0, List.of(), null));
        CaseCell second = new CaseCell("june", "CSTO", Observed.level(3), Observed.level(3),
                new Prediction(true, 0, 0, List.of(), null));
        BacktestReport r = score(held("a", first, second), held("b", cell("CSTO", 1, 0, 0)));

        assertThat(r.cases().get(0).cells()).extracting(c -> c.guess(Predictor.MAJORITY))
                .containsOnly(new Guess(1, 1));
        assertThat(r.cases().get(1).cells().get(0).guess(Predictor.MAJORITY)).isEqualTo(new Guess(3, 3));
    }

    @Test
    void majority_isPerOrganizationAndMeasure_andTiesGoToTheLowerLevel() {
        BacktestReport r = score(
                held("a", cell("OSCE", 0, 0, 0), cell("SCO", 0, 0, 0)),
                held("b", cell("OSCE", Observed.level(3), Observed.level(2), 0, 0), cell("SCO", 1, 0, 0)),
                held("c", cell("OSCE", Observed.level(3), Observed.level(1), 0, 0), cell("SCO", 1, 0, 0)));

        // for a: OSCE decided {3, 3} -> 3; implemented {2, 1} tie -> 1; SCO {1, 1} -> 1
        assertThat(r.cases().get(0).cells().get(0).guess(Predictor.MAJORITY)).isEqualTo(new Guess(3, 1));
        assertThat(r.cases().get(0).cells().get(1).guess(Predictor.MAJORITY)).isEqualTo(new Guess(1, 1));
    }

    @Test
    void majority_withNoOtherObservation_predictsNothing() {
        BacktestReport r = score(held("a", cell("OSCE", 2, 0, 0)));

        assertThat(r.cases().get(0).cells().get(0).guess(Predictor.MAJORITY)).isEqualTo(new Guess(0, 0));
    }

    @Test
    void leadState_takesTheLeadsIdeal() {
        BacktestReport r = score(held("a", withStances("CSTO", 2, "RUS",
                new Stance("KAZ", 0.015, 0), new Stance("RUS", 0.2, 3), new Stance("BLR", 0.01, 1))));

        assertThat(r.cells(null).get(0).guess(Predictor.LEAD_STATE)).isEqualTo(new Guess(3, 3));
    }

    @Test
    void leadState_withoutALead_takesTheMostCapableVotingMember() {
        BacktestReport r = score(held("a", withStances("OSCE", 2, null,
                new Stance("RUS", 0.2, 1), new Stance("USA", 0.72, 2), new Stance("DEU", 0.09, 0))));

        assertThat(r.cells(null).get(0).guess(Predictor.LEAD_STATE)).isEqualTo(new Guess(2, 2));
    }

    @Test
    void leadState_whenTheLeadDoesNotVote_takesTheMostCapableVotingMember() {
        BacktestReport r = score(held("a", withStances("SCO", 0, "CHN",
                new Stance("RUS", 0.2, 1), new Stance("KAZ", 0.015, 2))));

        assertThat(r.cells(null).get(0).guess(Predictor.LEAD_STATE)).isEqualTo(new Guess(1, 1));
    }

    @Test
    void weightedMean_weighsIdealsByCapability_andRoundsHalfUp() {
        // (0.5 * 1 + 0.5 * 2) / 1 = 1.5 -> 2
        BacktestReport half = score(held("a", withStances("OSCE", 2, null,
                new Stance("A", 0.5, 1), new Stance("B", 0.5, 2))));
        // (0.9 * 0 + 0.1 * 4) / 1 = 0.4 -> 0
        BacktestReport low = score(held("a", withStances("OSCE", 2, null,
                new Stance("A", 0.9, 0), new Stance("B", 0.1, 4))));

        assertThat(half.cells(null).get(0).guess(Predictor.WEIGHTED_MEAN)).isEqualTo(new Guess(2, 2));
        assertThat(low.cells(null).get(0).guess(Predictor.WEIGHTED_MEAN)).isEqualTo(new Guess(0, 0));
    }

    @Test
    void stanceBaselines_withNoVotingMember_predictNothing() {
        BacktestReport r = score(held("a", notMemberInModel("CSTO", Observed.level(2), Observed.level(2))));

        assertThat(r.cells(null).get(0).guess(Predictor.LEAD_STATE)).isEqualTo(new Guess(0, 0));
        assertThat(r.cells(null).get(0).guess(Predictor.WEIGHTED_MEAN)).isEqualTo(new Guess(0, 0));
    }

    @Test
    void groups_areTalliedApart_andTogether() {
        BacktestReport r = score(
                library("k", cell("OSCE", 2, 2, 2)),
                held("a", cell("OSCE", 2, 0, 0)),
                held("b", cell("OSCE", 1, 1, 1)));

        assertThat(r.tally(Predictor.MODEL, Group.SETS_LIBRARY).pooled()).isEqualTo(new Score(2, 2, 0));
        assertThat(r.tally(Predictor.MODEL, Group.HELD_OUT).pooled()).isEqualTo(new Score(4, 2, 4));
        assertThat(r.tally(Predictor.MODEL, null).pooled()).isEqualTo(new Score(6, 4, 4));
        assertThat(r.tally(Predictor.MODEL, Group.HELD_OUT).pooled().mae()).isCloseTo(1.0, within(1e-12));
        assertThat(r.cases(Group.HELD_OUT)).extracting(c -> c.run().id()).containsExactly("a", "b");
    }

    @Test
    void tallies_canBeTakenPerOrganization() {
        BacktestReport r = score(
                held("a", cell("OSCE", 2, 0, 0), cell("SCO", 1, 1, 1)),
                held("b", cell("OSCE", 2, 2, 2)));

        assertThat(r.organizations()).containsExactly("OSCE", "SCO");
        assertThat(r.tally(Predictor.MODEL, Group.HELD_OUT, "OSCE").pooled()).isEqualTo(new Score(4, 2, 4));
        assertThat(r.tally(Predictor.MODEL, null, "SCO").pooled()).isEqualTo(new Score(2, 2, 0));
        assertThat(r.tally(Predictor.MODEL, Group.SETS_LIBRARY, "SCO")).isEqualTo(Tally.EMPTY);
    }

    @Test
    void confusion_countsObservedAgainstPredictedPerOrganizationAndMeasure() {
        BacktestReport r = score(
                held("a", cell("OSCE", Observed.level(3), Observed.level(2), 3, 2), cell("SCO", 1, 0, 0)),
                held("b", cell("OSCE", 3, 2, 2)));

        List<Confusion> tables = r.confusions(null);
        assertThat(tables).extracting(Confusion::organization).containsExactly("OSCE", "OSCE", "SCO", "SCO");
        Confusion osceDecided = tables.get(0);
        assertThat(osceDecided.measure()).isEqualTo(Measure.DECIDED);
        assertThat(osceDecided.count(3, 3)).isEqualTo(1);
        assertThat(osceDecided.count(3, 2)).isEqualTo(1);
        assertThat(osceDecided.total()).isEqualTo(2);
        assertThat(tables.get(1).count(2, 2)).isEqualTo(1);
        assertThat(tables.get(1).count(3, 2)).isEqualTo(1);
        assertThat(tables.get(2).count(1, 0)).isEqualTo(1);
    }

    @Test
    void score_rejectsTwoCasesWithOneId() {
        assertThatThrownBy(() -> score(held("a", cell("OSCE", 2, 2, 2)), held("a", cell("OSCE", 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case ids must be distinct, 'a' came twice");
    }

    @Test
    void records_rejectBadValues_withMessagesThatQuoteThem() {
        assertThatThrownBy(() -> Observed.level(5)).hasMessage("observed level must be a level from 0 to 4, was 5");
        assertThatThrownBy(() -> new Prediction(true, 1, 2, List.of(), null))
                .hasMessage("implemented must not exceed decided (1), was 2");
        assertThatThrownBy(() -> new Stance("RUS", 0.0, 1)).hasMessage("capability of RUS must be above 0, was 0.0");
        assertThatThrownBy(() -> new Stance("RUS", 0.2, -1)).hasMessage("ideal of RUS must be a level from 0 to 4,"
                + " was -1");
        assertThatThrownBy(() -> new Score(1, 2, 0)).hasMessage("a score needs 0 <= exact <= n and 0 <= "
                + "absoluteError <= 4n, was n=1, exact=2, absoluteError=0");
        assertThatThrownBy(() -> new CaseRun(" ", "f", Group.HELD_OUT, List.of()))
                .hasMessage("case id must not be blank, was ' '");
        assertThatThrownBy(() -> new Skipped("f.yaml", List.of()))
                .hasMessage("a skipped file needs at least one problem: f.yaml");
    }

    @Test
    void score_isTheSameWhateverTimesItRuns() {
        CaseRun a = held("a", cell("OSCE", 2, 1, 1), cell("SCO", 1, 0, 0));
        CaseRun b = library("b", cell("OSCE", 3, 3, 2));

        assertThat(score(a, b)).isEqualTo(score(a, b));
    }
}
