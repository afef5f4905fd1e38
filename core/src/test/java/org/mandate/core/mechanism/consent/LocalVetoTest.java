package org.mandate.core.mechanism.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.consent.LocalVeto.Verdict;

class LocalVetoTest {
    @Test
    void threshold_isOneHalf() {
        assertThat(LocalVeto.THRESHOLD).isEqualTo(0.5);
    }

    @Test
    void resistanceBelowTheThreshold_consents_whateverTheCapitalCanDo() {
        assertThat(LocalVeto.verdict(0.49, false)).isEqualTo(Verdict.CONSENTS);
        assertThat(LocalVeto.verdict(0.0, true)).isEqualTo(Verdict.CONSENTS);
    }

    @Test
    void resistanceAtTheThreshold_vetoes_whenTheCapitalCannotOverrule() {
        assertThat(LocalVeto.verdict(0.5, false)).isEqualTo(Verdict.VETOES);
        assertThat(LocalVeto.verdict(1.0, false)).isEqualTo(Verdict.VETOES);
    }

    @Test
    void resistanceAtTheThreshold_isOverruled_whenTheCapitalCan() {
        assertThat(LocalVeto.verdict(0.5, true)).isEqualTo(Verdict.OVERRULED);
        assertThat(LocalVeto.verdict(0.9, true)).isEqualTo(Verdict.OVERRULED);
    }
}
