package org.mandate.core.mechanism.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.core.testkit.StanceInputs.contribution;
import static org.mandate.core.testkit.StanceInputs.neutral;
import static org.mandate.core.testkit.StanceInputs.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mandate.core.model.Interest;

/** The stance terms of this package, each alone on an input filled by hand. */
class StanceTermsTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private static final double[] NOTHING = {0, 0, 0, 0, 0};

    @Nested
    class SovereigntyTerm {
        private final Sovereignty term = new Sovereignty();

        private StanceInput guarded(boolean domestic) {
            StanceInput in = with(neutral(), Interest.SOVEREIGNTY, 0.8);
            in.domestic = domestic;
            return in;
        }

        @Test
        void domesticCrisis_aPresenceCostsTheWholeWeightTimesPresence() {
            assertThat(contribution(term, guarded(true))).containsExactly(new double[] {0, 0, 0, -0.24, -0.8}, EXACT);
        }

        @Test
        void crisisFromOutside_costsHalf() {
            assertThat(contribution(term, guarded(false))).containsExactly(new double[] {0, 0, 0, -0.12, -0.4},
                    EXACT);
        }

        @Test
        void hostAskedForTheLevel_noInterference() {
            StanceInput in = guarded(true);
            in.hostRequested = 3;
            assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, -0.8}, EXACT);
        }

        @Test
        void hostAskedForAForce_noneAtAll() {
            StanceInput in = guarded(true);
            in.hostRequested = 4;
            assertThat(contribution(term, in)).containsExactly(NOTHING, EXACT);
        }

        @Test
        void explanation_differsForTheHost() {
            StanceInput in = guarded(true);
            assertThat(term.explain(in, 4, -0.8))
                    .isEqualTo("guards against outside interference in a member's domestic affairs");
            in.isHost = true;
            assertThat(term.explain(in, 4, -0.8)).isEqualTo("does not want foreign personnel on its ground unasked");
        }
    }

    @Nested
    class GovernmentAlignmentTerm {
        private final GovernmentAlignment term = new GovernmentAlignment();

        private StanceInput aligned(double alignment, double precedent) {
            StanceInput in = neutral();
            in.alignment = alignment;
            in.precedent = precedent;
            in.severity = 0.8;
            return in;
        }

        @Test
        void help_isValuedByAlignmentTimesPrecedentTimesSeverityTimesEffect() {
            // 0.5 * 0.5 * 1 * 0.8 * effect(0.3, 0.6, 1.0)
            assertThat(contribution(term, aligned(0.5, 1.0))).containsExactly(new double[] {0, 0, 0.06, 0.12, 0.2},
                    EXACT);
        }

        @Test
        void scaledByPrecedent_noPrecedent_noSide() {
            assertThat(contribution(term, aligned(0.5, 0.0))).containsExactly(NOTHING, EXACT);
            assertThat(contribution(term, aligned(0.5, 0.5))).containsExactly(new double[] {0, 0, 0.03, 0.06, 0.1},
                    EXACT);
        }

        @Test
        void hostility_makesHelpACost() {
            assertThat(contribution(term, aligned(-1.0, 1.0))).containsExactly(
                    new double[] {0, 0, -0.12, -0.24, -0.4}, EXACT);
        }

        @Test
        void theHost_isFullyAlignedWithItself_whateverItsAlignmentField() {
            StanceInput in = aligned(-1.0, 1.0);
            in.isHost = true;
            assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0.12, 0.24, 0.4}, EXACT);
        }
    }

    @Nested
    class SeparatismFearTerm {
        private final SeparatismFear term = new SeparatismFear();

        private StanceInput fearful(double separatist, double alignment) {
            StanceInput in = with(neutral(), Interest.SEPARATISM_FEAR, 0.8);
            in.separatist = separatist;
            in.alignment = alignment;
            return in;
        }

        @Test
        void separatistCrisis_backsAStatementFully_andHelpByItsEffect() {
            // w = 0.8 * 0.5 * (1 + 0.5) / 2 = 0.3
            assertThat(contribution(term, fearful(0.5, 0.5))).containsExactly(
                    new double[] {0, 0.3, 0.09, 0.18, 0.3}, EXACT);
        }

        @Test
        void crisisNotAboutSeparatism_nothing() {
            assertThat(contribution(term, fearful(0.0, 0.5))).containsExactly(NOTHING, EXACT);
        }

        @Test
        void fullHostility_toTheGovernment_nothing() {
            assertThat(contribution(term, fearful(0.5, -1.0))).containsExactly(NOTHING, EXACT);
        }

        @Test
        void theHost_backsItself() {
            StanceInput in = fearful(0.5, -1.0);
            in.isHost = true;
            assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.4, 0.12, 0.24, 0.4}, EXACT);
        }
    }

    @Nested
    class ImageTerm {
        private final Image term = new Image();

        @Test
        void visibleResponse_isWorthHalfImageTimesSeverityTimesNeedTimesEffect() {
            StanceInput in = with(neutral(), Interest.IMAGE, 1.0);
            in.severity = 0.8;
            in.humanitarianNeed = 0.5;
            // w = 0.4; 0.2 * effect(0.05, 0.3, 0.6, 1.0)
            assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.01, 0.06, 0.12, 0.2}, EXACT);
        }

        @Test
        void noPeopleInNeed_nothing() {
            StanceInput in = with(neutral(), Interest.IMAGE, 1.0);
            in.severity = 0.8;
            assertThat(contribution(term, in)).containsExactly(NOTHING, EXACT);
        }
    }

    @Nested
    class Stances {
        @Test
        void objects_onlyWhenWorseThanNothingByMoreThanTheMargin() {
            assertThat(MemberStances.OBJECTION_MARGIN).isEqualTo(0.05);
            double[] u = {0, -0.05, -0.0500001, 0.3, -1};
            assertThat(MemberStances.objects(u, 1)).isFalse();
            assertThat(MemberStances.objects(u, 2)).isTrue();
            assertThat(MemberStances.objects(u, 3)).isFalse();
            assertThat(MemberStances.objects(u, 4)).isTrue();
        }

        @Test
        void objects_isMeasuredFromTheUtilityOfNothing() {
            double[] u = {0.5, 0.46, 0.44, 0, 0};
            assertThat(MemberStances.objects(u, 1)).isFalse();
            assertThat(MemberStances.objects(u, 2)).isTrue();
        }

        @Test
        void levelZero_isNeverObjectedTo() {
            assertThat(MemberStances.objects(new double[] {-1, 0, 0, 0, 0}, 0)).isFalse();
        }

        @Test
        void utilities_sumTheEnabledTerms_andLeaveNothingAtZero() {
            StanceInput in = with(neutral(), Interest.SOVEREIGNTY, 0.8);
            with(in, Interest.IMAGE, 1.0);
            in.domestic = true;
            in.severity = 0.8;
            in.humanitarianNeed = 0.5;
            double[] u = {9, 9, 9, 9, 9};
            MemberStances.without(java.util.Set.of()).utilities(in, u);
            assertThat(u).containsExactly(new double[] {0, 0.01, 0.06, -0.12, -0.6}, EXACT);
            MemberStances.without(java.util.Set.of("sovereignty")).utilities(in, u);
            assertThat(u).containsExactly(new double[] {0, 0.01, 0.06, 0.12, 0.2}, EXACT);
        }

        @Test
        void without_dropsExactlyTheNamedTerms_keepingTheirOrder() {
            assertThat(MemberStances.allTerms()).extracting(StanceTerm::mechanism).containsExactly(
                    "regime-solidarity", "lead-state-reluctance", "neighbour-veto", "wait-and-see",
                    "legitimacy-brokerage", "sovereignty", "government-alignment", "separatism-fear", "image",
                    "human-dimension");
            assertThat(MemberStances.without(java.util.Set.of("image", "wait-and-see")).terms())
                    .extracting(StanceTerm::mechanism).containsExactly("regime-solidarity", "lead-state-reluctance",
                            "neighbour-veto", "legitimacy-brokerage", "sovereignty", "government-alignment",
                            "separatism-fear", "human-dimension");
        }

        @Test
        void contributions_areOneRowPerEnabledTerm() {
            StanceInput in = with(neutral(), Interest.IMAGE, 1.0);
            in.severity = 0.8;
            in.humanitarianNeed = 0.5;
            double[][] rows = MemberStances.without(java.util.Set.of()).contributions(in);
            assertThat(rows).hasNumberOfRows(10);
            assertThat(rows[9]).containsExactly(NOTHING, EXACT);
            assertThat(rows[8]).containsExactly(new double[] {0, 0.01, 0.06, 0.12, 0.2}, EXACT);
            assertThat(rows[0]).containsExactly(NOTHING, EXACT);
        }
    }
}
