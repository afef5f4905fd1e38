package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the two profiles where they part: KTAB's aborts become clear errors under
 * {@link Profile#KTAB} and are handled under {@link Profile#MANDATE}, and each documented fix
 * changes the run.
 */
class ProfileTest {

    /** Three actors at one point: every risk-neutral probability is the same. */
    private static final SmpInput COLOCATED = SmpInput.of(List.of("A", "B", "C"), new double[] {10, 20, 30},
            new double[][] {{0.5}, {0.5}, {0.5}}, new double[][] {{0.5}, {0.5}, {0.5}});

    /** Saliences 56, 34 and 10 sum to 1.0000000000000002 once divided by 100. */
    private static final SmpInput ROUND_OFF = SmpInput.of(List.of("A", "B", "C"), new double[] {10, 20, 30},
            new double[][] {{0.2, 0.3, 0.4}, {0.5, 0.6, 0.7}, {0.9, 0.1, 0.8}},
            new double[][] {{0.56, 0.34, 0.10}, {0.3, 0.3, 0.3}, {0.2, 0.2, 0.2}});

    /** A case whose MANDATE run returns to an earlier state (found by a seeded search). */
    private static final SmpInput CYCLING = SmpInput.of(List.of("A0", "A1", "A2", "A3", "A4"),
            new double[] {16.47, 44.84, 41.13, 32.79, 22.03},
            new double[][] {{0.6326}, {0.4877}, {0.8275}, {0.4786}, {0.4107}},
            new double[][] {{0.9363}, {0.281}, {0.9053}, {0.5776}, {0.7157}});

    @Test
    void ktab_equalRiskNeutralProbabilities_failWithTheValueInsteadOfDividingByZero() {
        assertThatThrownBy(() -> SmpModel.run(COLOCATED, SmpOptions.ktabDefaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("state 0: every position has the same risk-neutral probability 0.3333333333333333, so"
                        + " risk attitudes divide by zero (p_max - p_min = 0.0); KTAB fails here; use"
                        + " Profile.MANDATE, which makes every actor risk neutral");
    }

    @Test
    void mandate_equalRiskNeutralProbabilities_makeEveryActorRiskNeutral() {
        TraceRecorder trace = TraceRecorder.record(COLOCATED, SmpOptions.mandateDefaults());
        SmpResult result = SmpModel.run(COLOCATED, SmpOptions.mandateDefaults());

        assertThat(trace.riskAttitudes.get(0)).containsExactly(0.0, 0.0, 0.0);
        assertThat(result.stopReason()).isEqualTo(StopReason.CONVERGENCE);
        assertThat(result.turns()).isEqualTo(2);
        assertThat(result.probability(0, 0)).isEqualTo(1.0);
    }

    @Test
    void ktab_totalSalienceAboveOneByRoundOff_isRejectedWithTheValue() {
        assertThatThrownBy(() -> SmpModel.run(ROUND_OFF, SmpOptions.ktabDefaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total salience of actor 0 (\"A\") is 1.0000000000000002, above 1 after round-off; KTAB"
                        + " aborts on this (saliences [0.56, 0.34, 0.1]); use Profile.MANDATE, which counts it as 1");
    }

    @Test
    void mandate_totalSalienceAboveOneByRoundOff_countsAsOne() {
        SmpResult result = SmpModel.run(ROUND_OFF, SmpOptions.mandateDefaults());

        assertThat(result.turns()).isPositive();
    }

    @Test
    void ktab_bigRAdjustFull_isRejectedBecauseKtabAlwaysAborts() {
        assertThatThrownBy(() -> SmpOptions.ktabDefaults().withBigRAdjust(BigRAdjust.FULL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bigRAdjust FULL is not available in the KTAB profile: KTAB aborts every run with it"
                        + " (perceived risk attitudes then equal the true ones, which fails its sanity check); use"
                        + " Profile.MANDATE to run it");
    }

    @Test
    void mandate_bigRAdjustFull_runsAndDiffersFromOneThird() {
        SmpInput input = KtabReference.load("dummyData_3Dim").read();
        SmpOptions full = SmpOptions.mandateDefaults().withBigRAdjust(BigRAdjust.FULL);

        assertThat(SmpModel.run(input, full).positions())
                .isNotEqualTo(SmpModel.run(input, SmpOptions.mandateDefaults()).positions());
    }

    @Test
    void mandate_stateRepeatingAnEarlierOne_stopsWithCycleAndItsPeriod() {
        SmpResult result = SmpModel.run(CYCLING, SmpOptions.mandateDefaults());

        assertThat(result.stopReason()).isEqualTo(StopReason.CYCLE);
        assertThat(result.cyclePeriod()).isEqualTo(2);
        assertThat(result.turns()).isEqualTo(9);
        assertThat(result.positions()[9]).isEqualTo(result.positions()[7]);
        assertThat(result.changeRatio(9)).isGreaterThan(SmpOptions.KTAB_STOP_RATIO);
    }

    @Test
    void ktab_cycleWithoutConvergence_runsToTheTurnCap() {
        SmpResult result = SmpModel.run(KtabReference.load("ref-cap-08x2").read(), SmpOptions.ktabDefaults());

        assertThat(result.stopReason()).isEqualTo(StopReason.TURN_CAP);
        assertThat(result.cyclePeriod()).isZero();
        assertThat(result.positions()[100]).isEqualTo(result.positions()[98]);
    }

    @Test
    void mandate_cycleDetection_isOffUnderStochasticTransitions() {
        SmpResult result = SmpModel.run(CYCLING, SmpOptions.mandateDefaults()
                .withStateTransitions(StateTransitions.STOCHASTIC).withMaxTurns(30));

        assertThat(result.stopReason()).isNotEqualTo(StopReason.CYCLE);
    }

    @Test
    void ktab_noCommitAndFullCommit_giveTheSameRunBecauseThirdPartiesNeverContribute() {
        SmpInput input = KtabReference.load("dummyData_3Dim").read();
        SmpResult none = SmpModel.run(input,
                SmpOptions.ktabDefaults().withThirdPartyCommit(ThirdPartyCommit.NO_COMMIT));
        SmpResult full = SmpModel.run(input,
                SmpOptions.ktabDefaults().withThirdPartyCommit(ThirdPartyCommit.FULL_COMMIT));

        assertThat(none.positions()).isEqualTo(full.positions());
        assertThat(none.positions()).isNotEqualTo(SmpModel.run(input, SmpOptions.ktabDefaults()).positions());
    }

    @Test
    void mandate_noCommitAndFullCommit_differBecauseThirdPartiesWeighTheirSide() {
        SmpInput input = KtabReference.load("dummyData_3Dim").read();
        SmpResult none = SmpModel.run(input,
                SmpOptions.mandateDefaults().withThirdPartyCommit(ThirdPartyCommit.NO_COMMIT));
        SmpResult full = SmpModel.run(input,
                SmpOptions.mandateDefaults().withThirdPartyCommit(ThirdPartyCommit.FULL_COMMIT));

        assertThat(none.positions()).isNotEqualTo(full.positions());
    }

    @Test
    void ktab_consensusOnOnePoint_failsLaterInTheRunWithTheState() {
        SmpInput converging = SmpInput.of(List.of("A", "B", "C", "D"), new double[] {10, 10, 10, 10},
                new double[][] {{0.3}, {0.3}, {0.6}, {0.9}}, new double[][] {{0.5}, {0.5}, {0.5}, {0.5}});

        assertThatThrownBy(() -> SmpModel.run(converging, SmpOptions.ktabDefaults()))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("state 2: every position has the"
                        + " same risk-neutral probability 0.25");
        assertThat(SmpModel.run(converging, SmpOptions.mandateDefaults()).stopReason())
                .isEqualTo(StopReason.CONVERGENCE);
    }

    @Test
    void ktab_duplicatePositions_lowerEachOthersRiskNeutralProbability() {
        SmpInput twins = SmpInput.of(List.of("A", "B", "C", "D"), new double[] {10, 10, 10, 10},
                new double[][] {{0.3}, {0.3}, {0.6}, {0.9}}, new double[][] {{0.5}, {0.5}, {0.5}, {0.5}});
        double[] ktab = TraceRecorder.record(twins, SmpOptions.ktabDefaults().withMaxTurns(1)).riskNeutralP.get(0);
        double[] mandate = TraceRecorder.record(twins, SmpOptions.mandateDefaults().withMaxTurns(1))
                .riskNeutralP.get(0);

        assertThat(ktab[0]).isEqualTo(ktab[1]);
        assertThat(mandate[0]).isEqualTo(mandate[1]);
        assertThat(ktab[0]).isLessThan(mandate[0]);
        assertThat(Arrays.stream(mandate).sum() - mandate[1]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void mandate_defaults_changeEveryMultiDimensionalReferenceTrajectory() {
        for (String name : List.of("dummyData_3Dim", "ref-10x2", "ref-15x3")) {
            SmpInput input = KtabReference.load(name).read();

            assertThat(SmpModel.run(input, SmpOptions.mandateDefaults()).finalPositions()).as(name)
                    .isNotEqualTo(SmpModel.run(input, SmpOptions.ktabDefaults()).finalPositions());
        }
    }
}
