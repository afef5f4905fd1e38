package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the two static baselines: weighted mean and weighted median of initial positions. */
class BaselinesTest {

    /** Weights c·s on dimension 0: 2·0.5 = 1, 1·1 = 1, 4·0.5 = 2; on dimension 1: 0.5, 0, 2. */
    private static final SmpInput INPUT = SmpInput.of(List.of("A", "B", "C"), new double[] {2, 1, 4},
            new double[][] {{0.1, 0.9}, {0.4, 0.2}, {0.8, 0.3}},
            new double[][] {{0.5, 0.25}, {1.0, 0.0}, {0.5, 0.5}});

    @Test
    void weightedMean_weightsPositionsByCapabilityTimesSalience() {
        assertThat(SmpModel.weightedMean(INPUT)).containsExactly(new double[] {
            (1 * 0.1 + 1 * 0.4 + 2 * 0.8) / 4, (0.5 * 0.9 + 2 * 0.3) / 2.5}, within(1e-15));
    }

    @Test
    void weightedMedian_takesThePositionThatSplitsTheWeight() {
        assertThat(SmpModel.weightedMedian(INPUT)[1]).isEqualTo(0.3);
    }

    @Test
    void weightedMedian_exactlyHalfBelow_givesTheMidpoint() {
        assertThat(SmpModel.weightedMedian(INPUT)[0]).isCloseTo((0.4 + 0.8) / 2, within(1e-15));
    }

    @Test
    void baselines_dimensionNobodyCaresAbout_fallBackToCapability() {
        SmpInput input = SmpInput.of(List.of("A", "B", "C"), new double[] {1, 1, 2},
                new double[][] {{0.0, 0.2}, {0.5, 0.4}, {1.0, 0.6}}, new double[][] {{0, 1}, {0, 1}, {0, 1}});

        assertThat(SmpModel.weightedMean(input)[0]).isCloseTo(0.625, within(1e-15));
        assertThat(SmpModel.weightedMedian(input)[0]).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void baselines_ofAReferenceRun_lieWithinTheRangeOfPositions() {
        SmpInput input = KtabReference.load("dummyData-a080").read();

        assertThat(SmpModel.weightedMean(input)[0]).isBetween(0.0, 1.0);
        assertThat(SmpModel.weightedMedian(input)[0]).isBetween(0.0, 1.0);
    }
}
