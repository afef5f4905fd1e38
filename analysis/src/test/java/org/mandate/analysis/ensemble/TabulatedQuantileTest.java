package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mandate.analysis.sampling.Distribution;

class TabulatedQuantileTest {

    @Test
    void arcCosine_isWithinThreeUnitsInTheLastPlaceOfTheLibrarys() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            double x = i < 10 ? new double[] {-1, 1, 0, -0.5, 0.5, Math.nextDown(1.0), -Math.nextDown(1.0),
                    1e-300, -1e-300, 0.7071}[i] : r.nextDouble(-1, 1);
            double exact = StrictMath.acos(x);
            assertThat(Math.abs(TabulatedQuantile.acos(x) - exact)).as("acos(%s)", x)
                    .isLessThanOrEqualTo(3 * Math.ulp(exact));
        }
    }

    @Test
    void roundedValues_areBitForBitThoseOfTheLibrarysArcCosine() {
        Distribution[] distributions = {Distribution.beta(6, 3, 0, 1), Distribution.truncatedNormal(0.8, 0.15, 0, 1),
                Distribution.truncatedNormal(0.7, 0.15, 0, 1), Distribution.beta(0.5, 0.5, -3, 40)};
        SplittableRandom r = new SplittableRandom(5);
        for (Distribution d : distributions) {
            TabulatedQuantile q = new TabulatedQuantile(d);
            for (int i = 0; i < 1_000_000; i++) {
                double u = i < 6 ? new double[] {0, 1, 0x1.0p-54, 1 - 0x1.0p-53, 0.5, 1e-300}[i]
                        : i % 3 == 0 ? ((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53
                        : i % 3 == 1 ? r.nextDouble() * 1e-4 : 1 - r.nextDouble() * 1e-4;
                assertThat(q.rounded(u)).as("%s at %s", d, u).isEqualTo(EnsembleSetup.round(q.quantile(u)));
            }
        }
    }
}
