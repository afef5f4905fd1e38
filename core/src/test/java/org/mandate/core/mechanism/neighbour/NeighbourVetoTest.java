package org.mandate.core.mechanism.neighbour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.core.testkit.StanceInputs.contribution;
import static org.mandate.core.testkit.StanceInputs.neutral;
import static org.mandate.core.testkit.StanceInputs.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Interest;

class NeighbourVetoTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private final NeighbourVeto term = new NeighbourVeto();

    /** A neighbour that counts the ground as its sphere: benefit 0.5 * 0.8 * effect = 0.4 * effect. */
    private static StanceInput neighbour() {
        StanceInput in = with(neutral(), Interest.ZONE_OF_INTEREST, 1.0);
        in.zoneCovered = true;
        in.severity = 0.8;
        in.openEnded = 0.5;
        return in;
    }

    @Test
    void outsideItsSphere_aMemberFeelsNothing() {
        StanceInput in = neighbour();
        in.zoneCovered = false;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void theHost_isNoNeighbourToItself() {
        StanceInput in = neighbour();
        in.isHost = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void noLead_aPresenceWeighsFully() {
        // effect 0.05 0.3 0.6 1.0; presence 0 0 0.3 1.0 times open-endedness 0.5
        assertThat(contribution(term, neighbour())).containsExactly(new double[] {0, 0.02, 0.12, 0.09, -0.1}, EXACT);
    }

    @Test
    void rivalLead_aPresenceWeighsFully() {
        StanceInput in = neighbour();
        in.hasLead = true;
        in.rivalOfLead = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.02, 0.12, 0.09, -0.1}, EXACT);
    }

    @Test
    void partnerLead_aPresenceWeighsAQuarter() {
        StanceInput in = neighbour();
        in.hasLead = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.02, 0.12, 0.2025, 0.275}, EXACT);
    }

    @Test
    void theLeadItself_feelsOnlyTheBenefit() {
        StanceInput in = neighbour();
        in.hasLead = true;
        in.isLead = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.02, 0.12, 0.24, 0.4}, EXACT);
    }

    @Test
    void contribution_scalesWithTheZoneWeight() {
        StanceInput in = with(neighbour(), Interest.ZONE_OF_INTEREST, 0.5);
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.01, 0.06, 0.045, -0.05}, EXACT);
    }

    @Test
    void thirdParty_weights() {
        StanceInput in = neutral();
        assertThat(NeighbourVeto.thirdParty(in)).isEqualTo(1.0);
        in.hasLead = true;
        assertThat(NeighbourVeto.thirdParty(in)).isEqualTo(0.25);
        in.rivalOfLead = true;
        assertThat(NeighbourVeto.thirdParty(in)).isEqualTo(1.0);
        in.isLead = true;
        assertThat(NeighbourVeto.thirdParty(in)).isEqualTo(0.0);
    }
}
