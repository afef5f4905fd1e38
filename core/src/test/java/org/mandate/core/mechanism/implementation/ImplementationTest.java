package org.mandate.core.mechanism.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.consent.LocalVeto.Verdict;
import org.mandate.core.mechanism.implementation.Implementation.Result;

class ImplementationTest {
    private static final LocalDate DECIDED = LocalDate.of(2010, 7, 22);
    private static final LocalDate FEBRUARY = LocalDate.of(2011, 2, 1);

    @Test
    void consentingGround_deploysOnTheDayOfDecision() {
        Result r = Implementation.implement(3, Verdict.CONSENTS, 0.0, DECIDED, FEBRUARY, 50, 0.4, 2);
        assertThat(r).isEqualTo(new Result(3, true, DECIDED, 0, 50, 0));
    }

    @Test
    void overruledRegion_deploysAfterADelayGrowingWithResistance_whenTheDelayEndsBeforeJudgement() {
        // delay = ceil(3 * 0.9) = 3 months
        Result r = Implementation.implement(3, Verdict.OVERRULED, 0.9, DECIDED, FEBRUARY, 50, 0.4, 2);
        assertThat(r).isEqualTo(new Result(3, true, LocalDate.of(2010, 10, 22), 3, 50, 0));
    }

    @Test
    void overruledRegion_mildResistance_delaysLess() {
        // delay = ceil(3 * 0.5) = 2 months
        Result r = Implementation.implement(3, Verdict.OVERRULED, 0.5, DECIDED, FEBRUARY, 0, 0.0, 2);
        assertThat(r.deployedOn()).isEqualTo(LocalDate.of(2010, 9, 22));
        assertThat(r.stalledMonths()).isEqualTo(2);
    }

    @Test
    void overruledRegion_delayOutlastingJudgement_leavesTheFallbackInPlace() {
        LocalDate judgedInSeptember = LocalDate.of(2010, 9, 30); // two whole months after the decision
        Result r = Implementation.implement(3, Verdict.OVERRULED, 0.9, DECIDED, judgedInSeptember, 50, 0.4, 2);
        assertThat(r).isEqualTo(new Result(2, false, null, 2, 50, 0));
    }

    @Test
    void vetoedMission_isCutOnceAtTheFirstReview_andNeverDeployed() {
        // six months available: two reviews' worth, but only the one cut
        Result r = Implementation.implement(3, Verdict.VETOES, 0.9, DECIDED, FEBRUARY, 50, 0.4, 2);
        assertThat(r).isEqualTo(new Result(2, false, null, 6, 30, 1));
    }

    @Test
    void vetoedMission_judgedBeforeTheFirstReview_isNotCut() {
        LocalDate beforeReview = DECIDED.plusMonths(Implementation.REVIEW_MONTHS).minusDays(1);
        Result r = Implementation.implement(3, Verdict.VETOES, 0.9, DECIDED, beforeReview, 50, 0.4, 1);
        assertThat(r).isEqualTo(new Result(1, false, null, 2, 50, 0));
    }

    @Test
    void vetoedMission_ofUnstatedSize_orWithoutADownsizingStep_isNotCut() {
        assertThat(Implementation.implement(3, Verdict.VETOES, 0.9, DECIDED, FEBRUARY, 0, 0.4, 2).cuts()).isZero();
        Result noStep = Implementation.implement(3, Verdict.VETOES, 0.9, DECIDED, FEBRUARY, 50, 0.0, 2);
        assertThat(noStep.cuts()).isZero();
        assertThat(noStep.finalSize()).isEqualTo(50);
    }

    @Test
    void decisionAfterTheDayOfJudgement_leavesNothingInPlace() {
        Result r = Implementation.implement(3, Verdict.CONSENTS, 0.0, FEBRUARY.plusDays(1), FEBRUARY, 50, 0.4, 2);
        assertThat(r).isEqualTo(new Result(0, false, null, 0, 50, 0));
    }

    @Test
    void decisionOnTheDayOfJudgement_isInPlace() {
        Result r = Implementation.implement(2, Verdict.CONSENTS, 0.0, FEBRUARY, FEBRUARY, 0, 0.0, 1);
        assertThat(r.implemented()).isEqualTo(2);
        assertThat(r.deployed()).isTrue();
    }
}
