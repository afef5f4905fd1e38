package org.mandate.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void pairedDifference_smallSample_matchesHandComputedTInterval() {
        // d = (1, 1, 2, 2, 2): mean 1.6, s = sqrt(0.3), se = s / sqrt(5), t(0.975, 4) = 2.7764451.
        PairedDifference difference = PairedDifference.of(new double[] {1, 2, 3, 4, 5}, new double[] {0, 1, 1, 2, 3});
        double se = Math.sqrt(0.3) / Math.sqrt(5);
        assertThat(difference.n()).isEqualTo(5);
        assertThat(difference.meanDifference()).isCloseTo(1.6, within(1e-12));
        assertThat(difference.standardError()).isCloseTo(se, within(1e-12));
        assertThat(difference.interval().lower()).isCloseTo(1.6 - 2.7764451 * se, within(1e-6));
        assertThat(difference.interval().upper()).isCloseTo(1.6 + 2.7764451 * se, within(1e-6));
    }

    @Test
    void pairedDifference_commonRandomNumbers_cancelSharedNoise() {
        // Two policies on the same 200 runs: each outcome is the run's shared noise (sd 10) plus the policy's
        // effect, and policy A adds 0.5 plus a little noise of its own (sd 0.2).
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(4);
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < 200; i++) {
            double shared = 10 * random.nextGaussian();
            a[i] = shared + 0.5 + 0.2 * random.nextGaussian();
            b[i] = shared;
        }
        PairedDifference difference = PairedDifference.of(a, b);
        assertThat(difference.interval().contains(0.5)).isTrue();
        assertThat(difference.interval().lower()).isGreaterThan(0.0);
        assertThat(difference.interval().width()).isLessThan(0.2);
    }

    @Test
    void pairedDifference_badInputs_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paired outcomes must have equal lengths, were 2 and 1");
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1}, new double[] {1}))
                .hasMessage("paired difference needs at least 2 pairs, had 1");
        assertThatThrownBy(() -> PairedDifference.of(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .hasMessage("paired outcomes must be finite, pair 1 was (NaN, 2.0)");
    }
}
