package org.mandate.core.mechanism.reluctance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.core.testkit.StanceInputs.contribution;
import static org.mandate.core.testkit.StanceInputs.neutral;
import static org.mandate.core.testkit.StanceInputs.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Interest;

class LeadStateReluctanceTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private final LeadStateReluctance term = new LeadStateReluctance();

    private static StanceInput averse(double burden) {
        StanceInput in = with(neutral(), Interest.COST_AVERSION, 1.0);
        in.burden = burden;
        in.openEnded = 0.5;
        return in;
    }

    @Test
    void cost_isAversionTimesBurdenTimesOpenEndednessTimesCommitment() {
        // weight = 1 * 0.5 * (0.5 + 0.5) = 0.5; commitments 0.02, 0.1, 0.1, 1.0
        assertThat(contribution(term, averse(0.5))).containsExactly(new double[] {0, -0.01, -0.05, -0.05, -0.5},
                EXACT);
    }

    @Test
    void localResistance_raisesTheCostOfAPresenceOnly() {
        StanceInput in = averse(0.5);
        in.localResistance = 0.8;
        // presence 0.3 at level 3, 1.0 at level 4: 0.05 * 1.24, 0.5 * 1.8
        assertThat(contribution(term, in)).containsExactly(new double[] {0, -0.01, -0.05, -0.062, -0.9}, EXACT);
    }

    @Test
    void theHost_carriesNoBurdenAbroad() {
        StanceInput in = averse(0.5);
        in.isHost = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void aMemberWithoutShareOfTheBurden_feelsNoCost() {
        assertThat(contribution(term, averse(0.0))).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void explanation_mentionsTheShareOfTheBurden_andLocalResistanceOnlyForAPresence() {
        StanceInput in = averse(0.81);
        in.localResistance = 0.9;
        assertThat(term.explain(in, 4, -1)).isEqualTo(
                "would carry 81% of the burden and fears an open-ended commitment against local resistance");
        assertThat(term.explain(in, 2, -1)).isEqualTo("would carry 81% of the burden and fears an open-ended commitment");
    }
}
