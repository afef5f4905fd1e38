package org.mandate.core.mechanism.choice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.stance.MemberStances;

class DecisionRuleTest {

    /** A ballot of voters with the given weights; every level feasible; objections as MemberStances reads them. */
    private static Ballot ballot(double[] weights, double[]... utilities) {
        Ballot b = new Ballot(1);
        b.reset(weights.length);
        for (int v = 0; v < weights.length; v++) {
            b.weight(v, weights[v]);
            for (int l = 0; l < Ballot.LEVELS; l++) {
                b.stance(v, l, utilities[v][l], MemberStances.objects(utilities[v], l));
            }
        }
        for (int l = 1; l < Ballot.LEVELS; l++) {
            b.feasible(l, true);
        }
        return b;
    }

    private static double[] w(double... weights) {
        return weights;
    }

    private static double[] u(double... utilities) {
        return utilities;
    }

    @Nested
    class BallotItself {
        @Test
        void reset_leavesOnlyLevelZeroFeasibleAndNoLead() {
            Ballot b = ballot(w(1), u(0, 1, 1, 1, 1));
            b.lead(0);
            b.reset(1);
            assertThat(b.isFeasible(0)).isTrue();
            assertThat(b.isFeasible(1)).isFalse();
            assertThat(b.isFeasible(4)).isFalse();
            assertThat(b.lead()).isEqualTo(-1);
        }

        @Test
        void reset_growsBeyondTheInitialCapacity() {
            Ballot b = new Ballot(1);
            b.reset(3);
            b.weight(2, 0.5);
            b.stance(2, 4, 1.0, false);
            assertThat(b.voters()).isEqualTo(3);
            assertThat(b.utility(2, 4)).isEqualTo(1.0);
        }

        @Test
        void ideal_isTheBestFeasibleLevel_tiesGoingLower() {
            Ballot b = ballot(w(1), u(0, 0.2, 0.5, 0.5, 0.9));
            b.feasible(4, false);
            assertThat(b.ideal(0)).isEqualTo(2);
        }

        @Test
        void weightedUtility_sumsWeightTimesUtility() {
            Ballot b = ballot(w(0.5, 2), u(0, 1, 0, 0, 0), u(0, 0.25, 0, 0, 0));
            assertThat(b.weightedUtility(1)).isEqualTo(1.0);
            assertThat(b.objectors(1)).isZero();
        }
    }

    @Nested
    class ConsensusRule {
        private final DecisionRule rule = new Consensus();

        @Test
        void consensus_singleObjection_blocksLevel() {
            // the heavy voter wants 4 badly; the light one objects to 4 only
            Ballot b = ballot(w(1.0, 0.01), u(0, 0.1, 0.2, 0.3, 5.0), u(0, 0.1, 0.1, 0.1, -0.5));
            assertThat(b.objects(1, 4)).isTrue();
            assertThat(rule.decide(b)).isEqualTo(3);
        }

        @Test
        void consensus_picksTheHighestWeightedUtilityAmongUnobjectedLevels() {
            // voter 0 prefers 3, voter 1 (three times heavier) prefers 2; nobody objects to either
            Ballot b = ballot(w(1, 3), u(0, 0, 0.1, 0.4, -1), u(0, 0, 0.3, 0.1, -1));
            assertThat(rule.decide(b)).isEqualTo(2);
        }

        @Test
        void consensus_tiesGoToTheLowerLevel() {
            Ballot b = ballot(w(1, 1), u(0, 0.25, 0.25, 0, 0), u(0, 0.25, 0.25, 0, 0));
            assertThat(b.weightedUtility(1)).isEqualTo(b.weightedUtility(2));
            assertThat(rule.decide(b)).isEqualTo(1);
        }

        @Test
        void consensus_noLevelBeatingNothing_givesNothing() {
            Ballot b = ballot(w(1, 1), u(0, -0.01, -0.02, -0.03, -0.04), u(0, -0.01, -0.02, -0.03, -0.04));
            assertThat(rule.decide(b)).isZero();
        }

        @Test
        void consensus_skipsInfeasibleLevels() {
            Ballot b = ballot(w(1), u(0, 0.1, 0.2, 0.3, 0.4));
            b.feasible(4, false);
            b.feasible(3, false);
            assertThat(rule.decide(b)).isEqualTo(2);
        }

        @Test
        void consensus_objectionNeedsMoreThanTheMargin() {
            // exactly the margin below nothing is no objection
            Ballot b = ballot(w(0.01, 1), u(0, 0, 0, 0, -MemberStances.OBJECTION_MARGIN), u(0, 0, 0, 0, 1));
            assertThat(b.objects(0, 4)).isFalse();
            assertThat(rule.decide(b)).isEqualTo(4);
        }
    }

    @Nested
    class ConsensusMinusOneRule {
        private final DecisionRule rule = new ConsensusMinusOne();

        @Test
        void consensusMinusOne_singleObjection_doesNotBlock() {
            Ballot b = ballot(w(1, 0.1, 0.1), u(0, 0, 0, 0, 1), u(0, 0, 0, 0, -0.5), u(0, 0, 0, 0, 0.5));
            assertThat(rule.decide(b)).isEqualTo(4);
        }

        @Test
        void consensusMinusOne_twoObjections_block() {
            Ballot b = ballot(w(1, 0.1, 0.1), u(0, 0, 0, 0.5, 1), u(0, 0, 0, 0, -0.5), u(0, 0, 0, 0, -0.5));
            assertThat(rule.decide(b)).isEqualTo(3);
        }
    }

    @Nested
    class MajorityRule {
        private final DecisionRule rule = new Majority();

        @Test
        void majority_choosesTheMedianIdeal_ignoringWeightsAndObjections() {
            // ideals 1, 2 and 4; the heavy voter wants 4, one voter objects to 2
            Ballot b = ballot(w(0.1, 0.1, 10), u(0, 0.5, -0.5, -0.5, -0.5), u(0, 0, 0.5, 0, 0), u(0, 0, 0, 0, 1));
            assertThat(b.objects(0, 2)).isTrue();
            assertThat(rule.decide(b)).isEqualTo(2);
        }

        @Test
        void majority_evenSplit_takesTheLowerMedian() {
            Ballot b = ballot(w(1, 1, 1, 1), u(0, 0.5, 0, 0, 0), u(0, 0.5, 0, 0, 0), u(0, 0, 0, 0.5, 0),
                    u(0, 0, 0, 0.5, 0));
            assertThat(rule.decide(b)).isEqualTo(1);
        }

        @Test
        void majority_withoutVoters_givesNothing() {
            Ballot b = new Ballot(1);
            b.reset(0);
            assertThat(rule.decide(b)).isZero();
        }
    }

    @Nested
    class LeadStateDominanceRule {
        private final DecisionRule rule = new LeadStateDominance();

        @Test
        void leadState_ideal_prevailsOverOthersObjections() {
            Ballot b = ballot(w(0.1, 0.5), u(0, 0, 0, 0, -1), u(0, 0, 0.1, 0.3, 0.2));
            b.lead(1);
            assertThat(rule.decide(b)).isEqualTo(3);
        }

        @Test
        void leadState_preferringNothing_decidesNothing() {
            Ballot b = ballot(w(1, 0.1), u(0, 1, 1, 1, 1), u(0, -0.1, -0.1, -0.1, -0.1));
            b.lead(1);
            assertThat(rule.decide(b)).isZero();
        }

        @Test
        void leadState_withoutALeadAmongTheVoters_fallsBackToConsensus() {
            Ballot b = ballot(w(1.0, 0.01), u(0, 0.1, 0.2, 0.3, 5.0), u(0, 0.1, 0.1, 0.1, -0.5));
            assertThat(b.lead()).isEqualTo(-1);
            assertThat(rule.decide(b)).isEqualTo(new Consensus().decide(b)).isEqualTo(3);
        }
    }

    @Test
    void byId_knowsEveryRuleAndNothingElse() {
        assertThat(DecisionRule.byId("consensus")).isEqualTo(new Consensus());
        assertThat(DecisionRule.byId("consensus-minus-one")).isEqualTo(new ConsensusMinusOne());
        assertThat(DecisionRule.byId("majority")).isEqualTo(new Majority());
        assertThat(DecisionRule.byId("lead-state")).isEqualTo(new LeadStateDominance());
        assertThat(DecisionRule.byId("unanimity")).isNull();
        for (String id : DecisionRule.ids().split(", ")) {
            assertThat(DecisionRule.byId(id).id()).isEqualTo(id);
        }
    }
}
