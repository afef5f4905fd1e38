package org.mandate.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MorrisAnalysisTest {
    private static final double[] COEFFICIENTS = {3.0, -2.0, 0.5, 0.0};

    private static double linear(double[] u) {
        double y = 1.0;
        for (int i = 0; i < u.length; i++) {
            y += COEFFICIENTS[i] * u[i];
        }
        return y;
    }

    @Test
    void morris_linearModel_muEqualsCoefficientsOnBothGrids() {
        for (MorrisDesign.Grid grid : MorrisDesign.Grid.values()) {
            MorrisDesign design = MorrisDesign.create(
                    grid, 4, 20, 6, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
            MorrisIndices result = MorrisAnalysis.analyse(design, design.evaluate(MorrisAnalysisTest::linear), 2, 100);
            for (int i = 0; i < 4; i++) {
                ElementaryEffects effects = result.effect(i);
                assertThat(effects.mu()).as("%s mu%d", grid, i).isCloseTo(COEFFICIENTS[i], within(1e-12));
                assertThat(effects.muStar()).isCloseTo(Math.abs(COEFFICIENTS[i]), within(1e-12));
                assertThat(effects.sigma()).isCloseTo(0.0, within(1e-12));
                assertThat(effects.muStarInterval().lower()).isCloseTo(Math.abs(COEFFICIENTS[i]), within(1e-12));
                assertThat(effects.muStarInterval().upper()).isCloseTo(Math.abs(COEFFICIENTS[i]), within(1e-12));
            }
        }
    }

    @Test
    void morris_ishigami_muStarMatchesExactExpectationAndKnownRanking() {
        // On Morris's grid with p = 4 (levels -π, -π/3, π/3, π; Δ = 2/3) the expected mu* are exact:
        // x2: every effect is ±7 (3/4) / (2/3) = 7.875; x1: (√3/2)(1 + 0.1 E[x3⁴]) / (2/3) = 7.704;
        // x3: 0.1 E|sin x1| (π⁴ - (π/3)⁴) / (2/3) = 6.249. So mu* ranks x2 > x1 > x3,
        // unlike the total-order indices (x1 > x2 > x3): mu* is the mean size of one fixed step's effect.
        double pi4 = Math.pow(Math.PI, 4);
        double[] exact = {
            Math.sqrt(3) / 2 * (1 + 0.1 * (pi4 + pi4 / 81) / 2) / (2.0 / 3),
            7 * 0.75 / (2.0 / 3),
            0.1 * Math.sqrt(3) / 4 * (pi4 - pi4 / 81) / (2.0 / 3),
        };
        // 20 000 trajectories: the standard errors of mu*1 and mu*3 are about 0.045 and 0.06.
        MorrisIndices result = MorrisAnalysis.run(TestFunctions::ishigami, 3, 20_000, 4, 11, 200);
        for (int i = 0; i < 3; i++) {
            assertThat(result.effect(i).muStar()).as("mu*%d", i + 1).isCloseTo(exact[i], within(0.2));
        }
        assertThat(result.effect(1).muStar()).isCloseTo(7.875, within(1e-12));
        assertThat(result.rankingByMuStar()).containsExactly(1, 0, 2);
        // x3 acts only through its interaction with x1: its effects change sign, so mu is near 0 beside mu*.
        assertThat(Math.abs(result.effect(2).mu())).isLessThan(0.5);
        assertThat(result.effect(2).sigma()).isGreaterThan(result.effect(2).muStar());
    }

    @Test
    void midpointGrid_ishigami_missesTheSineSquaredTermByDesign() {
        // A step of half the range moves x2 by π, the period of sin² x2: documented pitfall of the midpoint grid.
        MorrisDesign design = MorrisDesign.create(MorrisDesign.Grid.MIDPOINTS, 3, 50, 4,
                RandomGeneratorFactory.of("L64X128MixRandom").create(3));
        MorrisIndices result = MorrisAnalysis.analyse(design, design.evaluate(TestFunctions::ishigami), 4, 50);
        assertThat(result.effect(1).muStar()).isCloseTo(0.0, within(1e-9));
        assertThat(result.effect(0).muStar()).isGreaterThan(1.0);
    }

    @Test
    void morrisDesign_eachStep_changesOneNewInputByDelta() {
        MorrisDesign design = MorrisAnalysis.design(5, 30, 6, 9);
        assertThat(design.rows()).isEqualTo(30 * 6);
        Set<Double> grid = new HashSet<>();
        IntStream.range(0, 6).forEach(l -> grid.add(l / 5.0));
        for (int t = 0; t < 30; t++) {
            Set<Integer> changed = new HashSet<>();
            for (int step = 1; step <= 5; step++) {
                double[] before = design.row(t * 6 + step - 1);
                double[] after = design.row(t * 6 + step);
                int input = design.changedInput(t, step);
                changed.add(input);
                for (int i = 0; i < 5; i++) {
                    assertThat(after[i]).isIn(grid);
                    double expected = i == input ? design.direction(t, step) * design.delta() : 0.0;
                    assertThat(after[i] - before[i]).isCloseTo(expected, within(1e-12));
                }
            }
            assertThat(changed).hasSize(5);
        }
        assertThat(design.delta()).isEqualTo(0.6);
    }

    @Test
    void morrisAnalysis_sameSeed_givesIdenticalResultsAndOtherSeedsDiffer() {
        MorrisIndices first = MorrisAnalysis.run(TestFunctions::ishigami, 3, 40, 4, 5, 100);
        assertThat(MorrisAnalysis.run(TestFunctions::ishigami, 3, 40, 4, 5, 100)).isEqualTo(first);
        assertThat(MorrisAnalysis.run(TestFunctions::ishigami, 3, 40, 4, 6, 100)).isNotEqualTo(first);
    }

    @Test
    void batchRun_equalsRowByRowRun() {
        MorrisIndices rowByRow = MorrisAnalysis.run(TestFunctions::g, 8, 20, 4, 3, 50);
        MorrisIndices batch = MorrisAnalysis.runBatch(
                rows -> java.util.Arrays.stream(rows).mapToDouble(TestFunctions::g).toArray(), 8, 20, 4, 3, 50);
        assertThat(batch).isEqualTo(rowByRow);
    }

    @Test
    void morrisBootstrapInterval_containsMuStar() {
        MorrisIndices result = MorrisAnalysis.run(TestFunctions::g, 8, 50, 4, 21, 500);
        for (ElementaryEffects effects : result.effects()) {
            assertThat(effects.muStarInterval().contains(effects.muStar())).isTrue();
        }
        // G's a_i grow from 0 to 99, so its inputs matter less and less: the first three rank in column order.
        assertThat(result.rankingByMuStar()).startsWith(0, 1, 2);
    }

    @Test
    void morris_badArguments_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> MorrisAnalysis.design(3, 10, 5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("levels must be even and at least 2, was 5");
        assertThatThrownBy(() -> MorrisAnalysis.design(3, 1, 4, 1))
                .hasMessage("trajectories must be at least 2, was 1");
        assertThatThrownBy(() -> MorrisAnalysis.design(0, 10, 4, 1))
                .hasMessage("dimension must be at least 1, was 0");
        MorrisDesign design = MorrisAnalysis.design(2, 3, 4, 1);
        assertThatThrownBy(() -> MorrisAnalysis.analyse(design, new double[8], 1, 10))
                .hasMessage("outputs must have one value per design row, 9 rows but 8 outputs");
    }
}
