package org.mandate.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionEstimateTest {

    @Test
    void wilson_halfOfTen_matchesReferenceInterval() {
        // R: prop.test(5, 10, correct = FALSE)$conf.int gives 0.2365931 0.7634069.
        ProportionEstimate estimate = ProportionEstimate.wilson(5, 10);
        assertThat(estimate.estimate()).isEqualTo(0.5);
        assertThat(estimate.interval().lower()).isCloseTo(0.2365931, within(1e-7));
        assertThat(estimate.interval().upper()).isCloseTo(0.7634069, within(1e-7));
        assertThat(estimate.interval().level()).isEqualTo(0.95);
    }

    @Test
    void wilson_noSuccesses_startsAtZeroAndIsNotEmpty() {
        // R: prop.test(0, 10, correct = FALSE)$conf.int gives 0 0.2775328.
        ProportionEstimate estimate = ProportionEstimate.wilson(0, 10);
        assertThat(estimate.interval().lower()).isEqualTo(0.0);
        assertThat(estimate.interval().upper()).isCloseTo(0.2775328, within(1e-7));
        assertThat(ProportionEstimate.wilson(10, 10).interval().upper()).isEqualTo(1.0);
        assertThat(ProportionEstimate.wilson(10, 10).interval().lower()).isCloseTo(1 - 0.2775328, within(1e-7));
    }

    @Test
    void wilson_otherLevel_widensWithLevel() {
        ProportionEstimate ninetyNine = ProportionEstimate.wilson(30, 100, 0.99);
        ProportionEstimate ninety = ProportionEstimate.wilson(30, 100, 0.90);
        assertThat(ninetyNine.interval().width()).isGreaterThan(ninety.interval().width());
        assertThat(ninetyNine.interval().contains(0.3)).isTrue();
    }

    @Test
    void wilson_badCounts_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> ProportionEstimate.wilson(11, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("successes must be in [0, 10], was 11");
        assertThatThrownBy(() -> ProportionEstimate.wilson(0, 0))
                .hasMessage("trials must be at least 1, was 0");
        assertThatThrownBy(() -> ProportionEstimate.wilson(1, 2, 1.0))
                .hasMessage("confidence level must be in (0, 1), was 1.0");
    }
}
