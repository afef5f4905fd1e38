package org.mandate.core.mechanism.waitandsee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.core.testkit.StanceInputs.contribution;
import static org.mandate.core.testkit.StanceInputs.neutral;
import static org.mandate.core.testkit.StanceInputs.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Interest;

class WaitAndSeeTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private final WaitAndSee term = new WaitAndSee();

    private static StanceInput cautious() {
        StanceInput in = with(neutral(), Interest.WAIT_AND_SEE, 0.8);
        in.interimGovernment = true;
        in.contestedGovernment = true;
        return in;
    }

    @Test
    void contestedGovernment_everyLevelButFacilitation_costsTheWholeWeight() {
        assertThat(contribution(term, cautious())).containsExactly(new double[] {0, -0.8, 0, -0.8, -0.8}, EXACT);
    }

    @Test
    void settledGovernment_costsNothing() {
        StanceInput in = cautious();
        in.contestedGovernment = false;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void theHost_doesNotWaitOnItself() {
        StanceInput in = cautious();
        in.isHost = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }
}
