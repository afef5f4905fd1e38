package org.mandate.analysis.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void uniform_quantile_isLinearBetweenBounds() {
        Distribution uniform = Distribution.uniform(2, 6);
        assertThat(uniform.quantile(0)).isEqualTo(2.0);
        assertThat(uniform.quantile(0.25)).isEqualTo(3.0);
        assertThat(uniform.quantile(1)).isEqualTo(6.0);
    }

    @Test
    void triangular_quantile_matchesClosedForm() {
        Distribution triangular = Distribution.triangular(0, 1, 4);
        assertThat(triangular.quantile(0)).isEqualTo(0.0);
        assertThat(triangular.quantile(0.25)).isCloseTo(1.0, within(1e-15));
        assertThat(triangular.quantile(0.5)).isCloseTo(4 - Math.sqrt(6), within(1e-15));
        assertThat(triangular.quantile(1)).isEqualTo(4.0);
    }

    @Test
    void triangular_modeAtEitherBound_isAccepted() {
        assertThat(Distribution.triangular(0, 0, 1).quantile(0.75)).isCloseTo(0.5, within(1e-15));
        assertThat(Distribution.triangular(0, 1, 1).quantile(0.25)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void normal_quantile_matchesCommonsMathInTheBody() {
        Distribution normal = Distribution.normal(10, 2);
        NormalDistribution reference = new NormalDistribution(null, 10, 2);
        for (double u = 0.001; u < 1; u += 0.0137) {
            assertThat(normal.quantile(u)).isCloseTo(reference.inverseCumulativeProbability(u), within(1e-12));
        }
        assertThat(Distribution.normal(0, 1).quantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
    }

    @Test
    void normal_quantile_staysAccurateDeepInTheLowerTail() {
        Distribution normal = Distribution.normal(0, 1);
        for (double p : new double[] {1e-10, 1e-50, 1e-200, 1e-300}) {
            double z = normal.quantile(p);
            double cdf = 0.5 * Erf.erfc(-z / Math.sqrt(2));
            assertThat(cdf / p).as("P(Z <= %s) / %s", z, p).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void truncatedNormal_median_matchesInverseOfRenormalisedCdf() {
        NormalDistribution reference = new NormalDistribution(null, 10, 2);
        double lo = reference.cumulativeProbability(8);
        double hi = reference.cumulativeProbability(14);
        double expected = reference.inverseCumulativeProbability(lo + 0.5 * (hi - lo));
        assertThat(Distribution.truncatedNormal(10, 2, 8, 14).quantile(0.5)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void truncatedNormal_windowFarInUpperTail_mapsInsideWindowAndMonotonically() {
        Distribution tail = Distribution.truncatedNormal(0, 1, 8, 9);
        double previous = 8;
        for (double u = 0.0; u <= 1.0; u += 0.05) {
            double x = tail.quantile(u);
            assertThat(x).isBetween(8.0, 9.0).isGreaterThanOrEqualTo(previous);
            previous = x;
        }
        // The median m halves the tail mass between 8 and 9: Q(8) - Q(m) = (Q(8) - Q(9)) / 2 with Q = 1 - Phi.
        double m = tail.quantile(0.5);
        double q8 = 0.5 * Erf.erfc(8 / Math.sqrt(2));
        double q9 = 0.5 * Erf.erfc(9 / Math.sqrt(2));
        double qm = 0.5 * Erf.erfc(m / Math.sqrt(2));
        assertThat((q8 - qm) / ((q8 - q9) / 2)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void beta_quantile_invertsRegularizedIncompleteBeta() {
        Distribution beta = Distribution.beta(2, 3);
        for (double u : new double[] {0.01, 0.2, 0.5, 0.9, 0.999}) {
            assertThat(Beta.regularizedBeta(beta.quantile(u), 2, 3)).isCloseTo(u, within(1e-10));
        }
        assertThat(Distribution.beta(2, 2).quantile(0.5)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void beta_withBounds_scalesTheUnitDistribution() {
        assertThat(Distribution.beta(2, 2, 10, 20).quantile(0.5)).isCloseTo(15.0, within(1e-10));
        assertThat(Distribution.beta(1, 1, -1, 1).quantile(0.75)).isCloseTo(0.5, within(1e-10));
    }

    @Test
    void discreteChoice_splitsUnitIntervalByWeightsInListOrder() {
        Distribution.DiscreteChoice choice = Distribution.choice(List.of(10.0, 20.0, 30.0), List.of(1.0, 0.0, 3.0));
        assertThat(choice.quantile(0.0)).isEqualTo(10.0);
        assertThat(choice.quantile(0.2499)).isEqualTo(10.0);
        assertThat(choice.quantile(0.25)).isEqualTo(30.0);
        assertThat(choice.quantile(1.0)).isEqualTo(30.0);
    }

    @Test
    void discreteChoice_zeroWeight_isNeverChosen() {
        Distribution.DiscreteChoice choice = Distribution.choice(List.of(1.0, 2.0, 3.0), List.of(0.0, 1.0, 0.0));
        for (double u = 0; u <= 1; u += 0.001) {
            assertThat(choice.index(u)).isEqualTo(1);
        }
    }

    @Test
    void categories_areEquallyLikelyIndices() {
        Distribution.DiscreteChoice categories = Distribution.categories(3);
        assertThat(categories.values()).containsExactly(0.0, 1.0, 2.0);
        assertThat(categories.index(0.1)).isEqualTo(0);
        assertThat(categories.index(0.5)).isEqualTo(1);
        assertThat(categories.index(0.9)).isEqualTo(2);
    }

    @Test
    void quantile_uniformOutsideUnitInterval_isRejectedWithItsValue() {
        assertThatThrownBy(() -> Distribution.uniform(0, 1).quantile(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("u must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> Distribution.categories(2).index(Double.NaN))
                .hasMessage("u must be in [0, 1], was NaN");
    }

    @Test
    void constructors_badParameters_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> Distribution.uniform(3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uniform max must be greater than min, was min 3.0 and max 1.0");
        assertThatThrownBy(() -> Distribution.uniform(0, Double.POSITIVE_INFINITY))
                .hasMessage("uniform max must be finite, was Infinity");
        assertThatThrownBy(() -> Distribution.triangular(0, 2, 1))
                .hasMessage("triangular mode must lie in [0.0, 1.0], was 2.0");
        assertThatThrownBy(() -> Distribution.truncatedNormal(0, -1, 0, 1))
                .hasMessage("truncated normal sd must be positive, was -1.0");
        assertThatThrownBy(() -> Distribution.truncatedNormal(0, 1, 1, 1))
                .hasMessage("truncated normal max must be greater than min, was min 1.0 and max 1.0");
        assertThatThrownBy(() -> Distribution.truncatedNormal(0, 1, 50, 60))
                .hasMessage("truncated normal window [50.0, 60.0] holds no probability under mean 0.0 and sd 1.0");
        assertThatThrownBy(() -> Distribution.beta(0, 1))
                .hasMessage("beta alpha must be positive, was 0.0");
        assertThatThrownBy(() -> Distribution.beta(1, -2))
                .hasMessage("beta beta must be positive, was -2.0");
        assertThatThrownBy(() -> Distribution.beta(1, 1, 5, 5))
                .hasMessage("beta max must be greater than min, was min 5.0 and max 5.0");
        assertThatThrownBy(() -> Distribution.choice(List.of(1.0, 2.0), List.of(1.0)))
                .hasMessage("discrete choice needs one weight per value: 2 values but weights [1.0]");
        assertThatThrownBy(() -> Distribution.choice(List.of(1.0, 2.0), List.of(1.0, -0.5)))
                .hasMessage("discrete choice weights[1] must be finite and non-negative, was -0.5");
        assertThatThrownBy(() -> Distribution.choice(List.of(1.0), List.of(0.0)))
                .hasMessage("discrete choice weights must have a positive sum, was [0.0]");
        assertThatThrownBy(() -> Distribution.categories(0))
                .hasMessage("category count must be at least 1, was 0");
    }
}
