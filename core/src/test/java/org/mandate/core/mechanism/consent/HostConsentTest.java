package org.mandate.core.mechanism.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostConsentTest {
    private static final double[] DISLIKES_MISSIONS = {0, 0.1, 0.2, -0.3, -1.0};

    @Test
    void instrumentNeedingNoConsent_isAlwaysAdmitted() {
        assertThat(HostConsent.consents(4, false, 0, DISLIKES_MISSIONS)).isTrue();
    }

    @Test
    void hostThatAskedForAtLeastTheLevel_consents() {
        assertThat(HostConsent.consents(4, true, 4, DISLIKES_MISSIONS)).isTrue();
        assertThat(HostConsent.consents(3, true, 4, DISLIKES_MISSIONS)).isTrue();
    }

    @Test
    void hostThatAskedForLess_andDislikesTheLevel_refuses() {
        assertThat(HostConsent.consents(4, true, 3, DISLIKES_MISSIONS)).isFalse();
        assertThat(HostConsent.consents(3, true, 0, DISLIKES_MISSIONS)).isFalse();
    }

    @Test
    void hostThatAskedForNothing_consentsToWhatItPrefersToNothing() {
        assertThat(HostConsent.consents(2, true, 0, DISLIKES_MISSIONS)).isTrue();
    }

    @Test
    void hostIndifferentBetweenTheLevelAndNothing_consents() {
        assertThat(HostConsent.consents(1, true, 0, new double[] {0.2, 0.2, 0, 0, 0})).isTrue();
    }
}
