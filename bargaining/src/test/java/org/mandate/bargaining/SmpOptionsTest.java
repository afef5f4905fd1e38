package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tests the defaults and validation of {@link SmpOptions}. */
class SmpOptionsTest {

    @Test
    void ktabDefaults_areTheOptionsOfTheReferenceRuns() {
        SmpOptions o = SmpOptions.ktabDefaults();

        assertThat(o.profile()).isEqualTo(Profile.KTAB);
        assertThat(o.victoryProbModel().ktabName()).isEqualTo("Linear");
        assertThat(o.pceModel().ktabName()).isEqualTo("Conditional");
        assertThat(o.stateTransitions().ktabName()).isEqualTo("Deterministic");
        assertThat(o.votingRule().ktabName()).isEqualTo("Prop");
        assertThat(o.bigRAdjust().ktabName()).isEqualTo("OneThird");
        assertThat(o.bigRRange().ktabName()).isEqualTo("Mid");
        assertThat(o.thirdPartyCommit().ktabName()).isEqualTo("SemiCommit");
        assertThat(o.bargainInterpolation().ktabName()).isEqualTo("S2P2");
        assertThat(o.bargainModel().ktabName()).isEqualTo("InitOnlyInterp");
        assertThat(o.accommodation()).isEqualTo(Accommodation.identity());
        assertThat(o.maxTurns()).isEqualTo(100);
        assertThat(o.minTurns()).isEqualTo(2);
        assertThat(o.stopRatio()).isEqualTo(0.02);
        assertThat(Long.toUnsignedString(o.seed())).isEqualTo("15455440707583219804");
    }

    @Test
    void mandateDefaults_differOnlyInTheProfile() {
        assertThat(SmpOptions.mandateDefaults()).isEqualTo(SmpOptions.ktabDefaults().withProfile(Profile.MANDATE));
        assertThat(SmpOptions.mandateDefaults().profile()).isEqualTo(Profile.MANDATE);
    }

    @Test
    void withers_changeOnlyTheirOption() {
        SmpOptions o = SmpOptions.ktabDefaults().withVotingRule(VotingRule.CUBIC).withMaxTurns(7).withSeed(3);

        assertThat(o.votingRule()).isEqualTo(VotingRule.CUBIC);
        assertThat(o.maxTurns()).isEqualTo(7);
        assertThat(o.seed()).isEqualTo(3);
        assertThat(o.withVotingRule(VotingRule.PROP).withMaxTurns(100).withSeed(SmpOptions.KTAB_SEED))
                .isEqualTo(SmpOptions.ktabDefaults());
    }

    @Test
    void zeroTurnCap_isRejected() {
        assertThatThrownBy(() -> SmpOptions.ktabDefaults().withMaxTurns(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTurns must be at least 1, got 0");
    }

    @Test
    void stopRatioOfOne_isRejected() {
        assertThatThrownBy(() -> SmpOptions.ktabDefaults().withStopRatio(1))
                .hasMessage("stopRatio must be in [0, 1), got 1.0");
    }

    @Test
    void turnCap_stopsTheRunWithTurnCap() {
        SmpResult result = SmpModel.run(KtabReference.load("ref-10x2").read(),
                SmpOptions.ktabDefaults().withMaxTurns(3));

        assertThat(result.turns()).isEqualTo(3);
        assertThat(result.stopReason()).isEqualTo(StopReason.TURN_CAP);
    }
}
