package org.mandate.analysis.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class DesignTest {

    private static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static void assertStrictlyInsideUnitCube(Design design) {
        for (double[] row : design.matrix()) {
            assertThat(row).hasSize(design.columns());
            for (double u : row) {
                assertThat(u).isGreaterThan(0.0).isLessThan(1.0);
            }
        }
    }

    @Test
    void monteCarlo_rows_areInsideUnitCubeAndHaveMeanOneHalf() {
        Design design = Design.monteCarlo(20_000, 3, random(1));
        assertStrictlyInsideUnitCube(design);
        double[][] matrix = design.matrix();
        for (int j = 0; j < 3; j++) {
            int column = j;
            double mean = Arrays.stream(matrix).mapToDouble(row -> row[column]).average().orElseThrow();
            // Standard error of the mean is sqrt(1/12 / 20000) = 0.002.
            assertThat(mean).isCloseTo(0.5, within(0.01));
        }
    }

    @Test
    void monteCarlo_sameSeed_givesSameRowsInAnyOrder() {
        Design first = Design.monteCarlo(1000, 4, random(7));
        Design second = Design.monteCarlo(1000, 4, random(7));
        double[][] backwards = new double[1000][];
        for (int k = 999; k >= 0; k--) {
            backwards[k] = second.row(k);
        }
        assertThat(backwards).isDeepEqualTo(first.matrix());
        assertThat(Design.monteCarlo(1000, 4, random(8)).row(0)).isNotEqualTo(first.row(0));
    }

    @Test
    void monteCarlo_parallelEvaluation_equalsSequential() {
        Design design = Design.monteCarlo(5000, 3, random(3));
        double[] sequential = design.evaluate(row -> row[0] * row[1] + row[2]);
        double[] parallel = new double[design.rows()];
        IntStream.range(0, design.rows()).parallel().forEach(k -> {
            double[] row = design.row(k);
            parallel[k] = row[0] * row[1] + row[2];
        });
        assertThat(parallel).containsExactly(sequential);
    }

    @Test
    void latinHypercube_eachColumn_hasOnePointPerStratum() {
        int n = 257;
        Design design = Design.latinHypercube(n, 5, random(11));
        assertStrictlyInsideUnitCube(design);
        double[][] matrix = design.matrix();
        for (int j = 0; j < 5; j++) {
            int column = j;
            int[] strata = Arrays.stream(matrix).mapToInt(row -> (int) Math.floor(row[column] * n)).sorted().toArray();
            assertThat(strata).containsExactly(IntStream.range(0, n).toArray());
        }
    }

    @Test
    void latinHypercube_sameSeed_givesSameRowsInAnyOrder() {
        Design first = Design.latinHypercube(100, 3, random(5));
        Design second = Design.latinHypercube(100, 3, random(5));
        assertThat(second.row(42)).containsExactly(first.row(42));
        assertThat(second.matrix()).isDeepEqualTo(first.matrix());
    }

    @Test
    void permutedLatinHypercube_eachColumn_hasOnePointPerStratum_atAnySize() {
        for (int n : new int[] {1, 2, 3, 7, 64, 257, 1000, 4097}) {
            Design design = Design.permutedLatinHypercube(n, 5, random(n));
            assertStrictlyInsideUnitCube(design);
            double[][] matrix = design.matrix();
            for (int j = 0; j < 5; j++) {
                int column = j;
                int[] strata = Arrays.stream(matrix).mapToInt(row -> (int) Math.floor(row[column] * n)).sorted()
                        .toArray();
                assertThat(strata).as("n %d column %d", n, j).containsExactly(IntStream.range(0, n).toArray());
            }
        }
    }

    @Test
    void permutedLatinHypercube_sameSeed_givesSameRowsInAnyOrder_andColumnsPermutedIndependently() {
        Design first = Design.permutedLatinHypercube(10_000, 3, random(5));
        Design second = Design.permutedLatinHypercube(10_000, 3, random(5));
        assertThat(second.row(4242)).containsExactly(first.row(4242));
        assertThat(second.matrix()).isDeepEqualTo(first.matrix());
        double[] filled = new double[3];
        second.fill(17, filled);
        assertThat(filled).containsExactly(first.row(17));
        double[][] m = first.matrix();
        // neither the identity nor the same permutation in two columns: rank correlations near zero
        for (int[] pair : new int[][] {{0, 1}, {0, 2}, {1, 2}}) {
            double sxy = 0;
            for (int k = 0; k < m.length; k++) {
                sxy += (m[k][pair[0]] - 0.5) * (m[k][pair[1]] - 0.5);
            }
            assertThat(sxy / m.length * 12).as("columns %s", Arrays.toString(pair)).isBetween(-0.05, 0.05);
        }
        double srow = 0;
        for (int k = 0; k < m.length; k++) {
            srow += ((k + 0.5) / m.length - 0.5) * (m[k][0] - 0.5);
        }
        assertThat(srow / m.length * 12).isBetween(-0.05, 0.05);
    }

    @Test
    void permutedLatinHypercube_keepsNoTable_soTwoBillionRowsTakeNoMemory() {
        int n = 2_000_000_000;
        Design design = Design.permutedLatinHypercube(n, 9, random(9));
        for (int k : new int[] {0, 1, 123_456_789, n - 1}) {
            double[] row = design.row(k);
            assertThat(Arrays.stream(row).allMatch(u -> u > 0 && u < 1)).as("row %d", k).isTrue();
        }
        assertThat(design.row(n - 1)).isNotEqualTo(design.row(n - 2));
    }

    @Test
    void sobol_rows_matchCommonsMathSequenceWithoutItsFirstPoint() {
        Design design = Design.sobol(2000, 7);
        SobolSequenceGenerator reference = new SobolSequenceGenerator(7);
        reference.nextVector();
        for (int k = 0; k < 2000; k++) {
            assertThat(design.row(k)).containsExactly(reference.nextVector());
        }
        Design far = Design.sobol(Integer.MAX_VALUE - 1, 7);
        for (int k : new int[] {123_456, 987_654_321, Integer.MAX_VALUE - 2}) {
            assertThat(far.row(k)).containsExactly(reference.skipTo(k + 1));
        }
        assertStrictlyInsideUnitCube(design);
    }

    @Test
    void sobol_highDimension_matchesCommonsMath() {
        Design design = Design.sobol(64, 1000);
        SobolSequenceGenerator reference = new SobolSequenceGenerator(1000);
        assertThat(design.row(63)).containsExactly(reference.skipTo(64));
    }

    @Test
    void shiftedSobol_firstPowerOfTwoRows_areBalancedInEveryColumnAndPairOfFirstColumns() {
        int n = 1024;
        Design design = Design.shiftedSobol(n, 6, random(2));
        assertStrictlyInsideUnitCube(design);
        double[][] matrix = design.matrix();
        for (int j = 0; j < 6; j++) {
            int column = j;
            int[] strata = Arrays.stream(matrix).mapToInt(row -> (int) Math.floor(row[column] * n)).sorted().toArray();
            assertThat(strata).containsExactly(IntStream.range(0, n).toArray());
        }
        // The first two Sobol coordinates form a (0, m, 2)-net: each of the 32 x 32 squares holds one point.
        int[] cells = Arrays.stream(matrix)
                .mapToInt(row -> (int) Math.floor(row[0] * 32) * 32 + (int) Math.floor(row[1] * 32))
                .sorted()
                .toArray();
        assertThat(cells).containsExactly(IntStream.range(0, n).toArray());
    }

    @Test
    void shiftedSobol_differentSeeds_giveDifferentPoints() {
        assertThat(Design.shiftedSobol(8, 2, random(1)).row(3))
                .isNotEqualTo(Design.shiftedSobol(8, 2, random(2)).row(3));
        assertThat(Design.shiftedSobol(8, 2, random(1)).matrix())
                .isDeepEqualTo(Design.shiftedSobol(8, 2, random(1)).matrix());
    }

    @Test
    void designs_badSizes_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> Design.monteCarlo(0, 2, random(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must be at least 1, was 0");
        assertThatThrownBy(() -> Design.latinHypercube(5, 0, random(1)))
                .hasMessage("columns must be at least 1, was 0");
        assertThatThrownBy(() -> Design.sobol(5, 1001))
                .hasMessage("Sobol columns must be in [1, 1000], was 1001");
        assertThatThrownBy(() -> Design.sobol(Integer.MAX_VALUE, 2))
                .hasMessage("Sobol rows must be less than 2147483647, was 2147483647");
        assertThatThrownBy(() -> Design.sobol(5, 2).row(5))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("row must be in [0, 5), was 5");
    }
}
