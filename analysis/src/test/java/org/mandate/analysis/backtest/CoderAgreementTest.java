package org.mandate.analysis.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoderAgreementTest {
    @Test
    void weightedKappa_isOneForPerfectAgreement_andMatchesAHandComputedCase() {
        assertThat(CoderAgreement.weightedKappa(new int[] {0, 1, 2, 3, 4}, new int[] {0, 1, 2, 3, 4})).isEqualTo(1.0);
        // observed weighted disagreement 1/64, expected 1/32 from the marginals (0.5, 0.5) and (0.25, 0.75)
        assertThat(CoderAgreement.weightedKappa(new int[] {0, 0, 1, 1}, new int[] {0, 1, 1, 1}))
                .isCloseTo(0.5, within(1e-12));
        assertThat(CoderAgreement.weightedKappa(new int[] {0, 4}, new int[] {4, 0})).isCloseTo(-1.0, within(1e-12));
        assertThat(CoderAgreement.weightedKappa(new int[] {2, 2}, new int[] {2, 2})).isNaN();
    }

    @Test
    void aFarMiss_costsMoreThanANearOne_underQuadraticWeights() {
        int[] truth = {0, 1, 2, 3, 4, 2};
        assertThat(CoderAgreement.weightedKappa(truth, new int[] {0, 1, 2, 3, 4, 3}))
                .isGreaterThan(CoderAgreement.weightedKappa(truth, new int[] {0, 1, 2, 3, 4, 0}));
    }

    @Test
    void comparisons_putTheCodersAgreementBesideTheModelsAgainstEach() {
        CoderAgreement a = new CoderAgreement(List.of(
                new CoderAgreement.Pair("c1", "e", "OSCE", Measure.DECIDED, 2, 1, 2),
                new CoderAgreement.Pair("c1", "e", "OSCE", Measure.IMPLEMENTED, 2, 2, 2),
                new CoderAgreement.Pair("c2", "e", "CSTO", Measure.DECIDED, 0, 0, 1)));

        assertThat(a.cases()).isEqualTo(2);
        assertThat(a.comparisons().keySet()).containsExactly("first coder vs second coder", "model vs first coder",
                "model vs second coder");
        assertThat(a.comparisons().get("first coder vs second coder")[1]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.comparisons().get("model vs second coder")[2]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.table()).startsWith("Coding reliability: 3 levels in 2 cases coded by two independent coders\n");
    }

    @Test
    void ratersOfDifferentItems_areRefused() {
        assertThatThrownBy(() -> CoderAgreement.weightedKappa(new int[] {1}, new int[] {1, 2}))
                .hasMessage("the raters must rate the same items, had 1 and 2");
    }
}
