package org.mandate.core.mechanism.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.core.testkit.StanceInputs.contribution;
import static org.mandate.core.testkit.StanceInputs.neutral;
import static org.mandate.core.testkit.StanceInputs.with;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Interest;

class LegitimacyBrokerageTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private final LegitimacyBrokerage term = new LegitimacyBrokerage();

    private static StanceInput broker(double alignment) {
        StanceInput in = with(neutral(), Interest.IMAGE, 0.4);
        in.interimGovernment = true;
        in.contestedGovernment = true;
        in.fieldPresence = true;
        in.alignment = alignment;
        return in;
    }

    @Test
    void contestedGovernmentAndFieldOffice_facilitationIsWorthHalfOfImagePlusSupport() {
        // 0.5 * (0.4 + 0.6)
        assertThat(contribution(term, broker(0.6))).containsExactly(new double[] {0, 0, 0.5, 0, 0}, EXACT);
    }

    @Test
    void hostilityToTheNewGovernment_leavesOnlyTheImage() {
        assertThat(contribution(term, broker(-0.5))).containsExactly(new double[] {0, 0, 0.2, 0, 0}, EXACT);
    }

    @Test
    void withoutAFieldOffice_nothing() {
        StanceInput in = broker(0.6);
        in.fieldPresence = false;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }

    @Test
    void settledGovernment_nothing() {
        StanceInput in = broker(0.6);
        in.contestedGovernment = false;
        assertThat(contribution(term, in)).containsExactly(new double[] {0, 0, 0, 0, 0}, EXACT);
    }
}
