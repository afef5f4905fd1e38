package org.mandate.core.mechanism.solidarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.core.testkit.StanceInputs.contribution;
import static org.mandate.core.testkit.StanceInputs.neutral;
import static org.mandate.core.testkit.StanceInputs.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Interest;

class RegimeSolidarityTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private final RegimeSolidarity term = new RegimeSolidarity();

    private static StanceInput fearful(double precedent) {
        StanceInput in = with(neutral(), Interest.REGIME_SECURITY, 0.8);
        with(in, Interest.IMAGE, 0.3);
        in.precedent = precedent;
        return in;
    }

    @Test
    void noPrecedent_contributesNothing() {
        StanceInput in = fearful(0.0);
        in.interimGovernment = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void interimGovernment_aMemberValuesAStatementCondemningTheChange_lessTheMoreItSupportsTheNewGovernment() {
        StanceInput in = fearful(0.5);
        in.interimGovernment = true;
        in.alignment = 0.5;
        // 0.8 * 0.5 * (1 - 0.5)
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.2, 0, 0, 0}, EXACT);
    }

    @Test
    void interimGovernment_hostilityToTheNewGovernment_doesNotAddToTheCondemnation() {
        StanceInput in = fearful(0.5);
        in.interimGovernment = true;
        in.alignment = -0.9;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.4, 0, 0, 0}, EXACT);
    }

    @Test
    void interimGovernment_theHostWillNotHaveItsOwnRiseCondemned() {
        StanceInput in = fearful(0.5);
        in.interimGovernment = true;
        in.isHost = true;
        // -(0.8 * 0.5) - 0.3
        assertThat(contribution(term, in)).containsExactly(new double[] {0, -0.7, 0, 0, 0}, EXACT);
    }

    @Test
    void incumbent_aMemberBacksTheGovernmentAtEveryLevel_moreTheMoreItSupportsIt() {
        StanceInput in = fearful(0.5);
        in.alignment = 0.5;
        // 0.8 * 0.5 * (1 + 0.5) / 2
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.3, 0.3, 0.3, 0.3}, EXACT);
    }

    @Test
    void incumbent_monitoringOfItsConduct_isNoBacking_unlessTheHostAskedForIt() {
        StanceInput in = fearful(0.5);
        in.alignment = 0.5;
        in.monitoring = true;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.3, 0, 0, 0}, EXACT);
        in.hostRequested = 2;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0.3, 0.3, 0, 0}, EXACT);
    }

    @Test
    void mechanismId_matchesTheLibrary() {
        assertThat(term.mechanism()).isEqualTo("regime-solidarity");
    }
}
