package org.mandate.core.mechanism.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.model.Mandate;
import org.mandate.core.model.ResponseLevel;

class MandateGateTest {
    private static final Mandate CSTO_LIKE = new Mandate(List.of("foreign-incursion"), true, ResponseLevel.FACILITATION);
    private static final Mandate TYPES_ONLY = new Mandate(List.of("foreign-incursion"), false, ResponseLevel.STATEMENT);

    @Test
    void coveredType_admitsEveryLevel() {
        assertThat(MandateGate.covers(CSTO_LIKE, "foreign-incursion", false)).isTrue();
        assertThat(MandateGate.ceiling(CSTO_LIKE, "foreign-incursion", false)).isEqualTo(4);
    }

    @Test
    void domesticCrisisOutsideTheTypes_isCappedAtTheOutsideCeiling() {
        assertThat(MandateGate.covers(CSTO_LIKE, "inter-ethnic-violence", false)).isFalse();
        assertThat(MandateGate.ceiling(CSTO_LIKE, "inter-ethnic-violence", false)).isEqualTo(2);
    }

    @Test
    void foreignFraming_bringsAnyCrisisInside_whenTheMandateCoversForeignThreats() {
        assertThat(MandateGate.covers(CSTO_LIKE, "inter-ethnic-violence", true)).isTrue();
        assertThat(MandateGate.ceiling(CSTO_LIKE, "inter-ethnic-violence", true)).isEqualTo(4);
    }

    @Test
    void foreignFraming_doesNothing_whenTheMandateDoesNotCoverForeignThreats() {
        assertThat(MandateGate.covers(TYPES_ONLY, "inter-ethnic-violence", true)).isFalse();
        assertThat(MandateGate.ceiling(TYPES_ONLY, "inter-ethnic-violence", true)).isEqualTo(1);
    }

    @Test
    void addingAType_bringsItInside() {
        Mandate wider = CSTO_LIKE.adding("inter-ethnic-violence");
        assertThat(MandateGate.ceiling(wider, "inter-ethnic-violence", false)).isEqualTo(4);
        assertThat(CSTO_LIKE.adding("foreign-incursion")).isSameAs(CSTO_LIKE);
    }
}
