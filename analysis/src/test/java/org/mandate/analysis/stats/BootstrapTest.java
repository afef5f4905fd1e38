package org.mandate.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    @Test
    void quantile_interpolatesLinearlyBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(Bootstrap.quantile(sorted, 0.0)).isEqualTo(1.0);
        assertThat(Bootstrap.quantile(sorted, 0.25)).isEqualTo(1.75);
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(2.5);
        assertThat(Bootstrap.quantile(sorted, 1.0)).isEqualTo(4.0);
    }

    @Test
    void bootstrapInterval_sameSeed_isIdentical() {
        double[] data = random(1).doubles(50).toArray();
        ConfidenceInterval first = Bootstrap.interval(data, BootstrapTest::mean, 500, 0.95, random(2));
        assertThat(Bootstrap.interval(data, BootstrapTest::mean, 500, 0.95, random(2))).isEqualTo(first);
        assertThat(Bootstrap.interval(data, BootstrapTest::mean, 500, 0.95, random(3))).isNotEqualTo(first);
    }

    @Test
    void bootstrapInterval_ofMean_isCloseToTheNormalInterval() {
        double[] data = random(5).doubles(2000).toArray();
        ConfidenceInterval interval = Bootstrap.interval(data, BootstrapTest::mean, 2000, 0.95, random(6));
        double m = mean(data);
        double sd = Math.sqrt(Arrays.stream(data).map(x -> (x - m) * (x - m)).sum() / (data.length - 1));
        double half = 1.959964 * sd / Math.sqrt(data.length);
        assertThat(interval.lower()).isCloseTo(m - half, within(0.15 * half));
        assertThat(interval.upper()).isCloseTo(m + half, within(0.15 * half));
    }

    @Test
    void percentile_ignoresUndefinedReplicates() {
        ConfidenceInterval interval = Bootstrap.percentile(new double[] {Double.NaN, 1, 2, 3, Double.NaN}, 0.5);
        assertThat(interval.lower()).isEqualTo(1.5);
        assertThat(interval.upper()).isEqualTo(2.5);
    }

    @Test
    void bootstrap_badArguments_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> Bootstrap.resample(0, random(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample size must be at least 1, was 0");
        assertThatThrownBy(() -> Bootstrap.interval(new double[] {1}, BootstrapTest::mean, 0, 0.95, random(1)))
                .hasMessage("resamples must be at least 1, was 0");
        assertThatThrownBy(() -> Bootstrap.quantile(new double[] {1}, 1.5))
                .hasMessage("quantile probability must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> new ConfidenceInterval(2, 1, 0.95))
                .hasMessage("interval needs lower <= upper, was [2.0, 1.0]");
    }
}
