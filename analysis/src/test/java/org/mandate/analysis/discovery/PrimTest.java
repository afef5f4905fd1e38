package org.mandate.analysis.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;
import org.mandate.analysis.sampling.Design;
import org.mandate.analysis.sampling.Distribution;

class PrimTest {
    private static final List<Column> COLUMNS = List.of(
            Column.continuous("costAversion[RUS]"),
            Column.continuous("threat"),
            Column.continuous("noise"),
            Column.categorical("decisionRule[SCO]", "majority", "consensus", "leadState"));

    /**
     * 2000 Monte Carlo rows; the outcome is true exactly in the box costAversion < 0.4, threat > 0.6,
     * decisionRule = majority (about 5.3% of the rows); the third continuous column is irrelevant. A share
     * {@code flip} of the rows has its outcome flipped.
     */
    private static double[][] synthetic(boolean[] outcome, double flip) {
        int n = outcome.length;
        double[][] u = Design.monteCarlo(n, 5, RandomGeneratorFactory.of("L64X128MixRandom").create(42)).matrix();
        Distribution.DiscreteChoice rule = Distribution.categories(3);
        double[][] x = new double[n][];
        for (int r = 0; r < n; r++) {
            x[r] = new double[] {u[r][0], u[r][1], u[r][2], rule.index(u[r][3])};
            boolean inBox = x[r][0] < 0.4 && x[r][1] > 0.6 && x[r][3] == 0;
            outcome[r] = u[r][4] < flip ? !inBox : inBox;
        }
        return x;
    }

    @Test
    void prim_syntheticKnownBox_isRecoveredWithReadableRules() {
        boolean[] outcome = new boolean[2000];
        double[][] x = synthetic(outcome, 0.0);
        PrimBox box = Prim.run(COLUMNS, x, outcome).selectByDensity(1.0).orElseThrow();

        assertThat(box.restrictions()).extracting(Restriction::name)
                .containsExactly("costAversion[RUS]", "threat", "decisionRule[SCO]");
        Restriction.Range cost = (Restriction.Range) box.restrictions().get(0);
        Restriction.Range threat = (Restriction.Range) box.restrictions().get(1);
        assertThat(cost.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(cost.upper()).isCloseTo(0.4, within(0.03));
        assertThat(threat.lower()).isCloseTo(0.6, within(0.03));
        assertThat(threat.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(((Restriction.Subset) box.restrictions().get(2)).categories()).containsExactly("majority");
        assertThat(box.density()).isEqualTo(1.0);
        assertThat(box.coverage()).isGreaterThan(0.95);
        assertThat(box.describe()).isEqualTo(
                "costAversion[RUS] < " + format(cost.upper()) + " and threat > " + format(threat.lower())
                        + " and decisionRule[SCO] in {majority}");
    }

    private static String format(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void prim_noisyOutcome_stillFindsTheBoxAtLowerDensity() {
        boolean[] outcome = new boolean[2000];
        double[][] x = synthetic(outcome, 0.1);
        PrimResult result = Prim.run(COLUMNS, x, outcome);
        // Flipping 10% of outcomes puts about 180 false positives all over the space, so the box can reach a
        // density near 0.9 but no more than about 0.37 coverage.
        PrimBox box = result.selectByDensity(0.8).orElseThrow();
        assertThat(box.density()).isGreaterThanOrEqualTo(0.8);
        assertThat(box.restrictions()).extracting(Restriction::name)
                .contains("costAversion[RUS]", "threat", "decisionRule[SCO]")
                .doesNotContain("noise");
        assertThat(box.contains(new double[] {0.2, 0.8, 0.5, 0})).isTrue();
        assertThat(box.contains(new double[] {0.2, 0.8, 0.5, 1})).isFalse();
        assertThat(box.contains(new double[] {0.6, 0.8, 0.5, 0})).isFalse();
    }

    @Test
    void peelingTrajectory_startsWithWholeSpaceAndLosesCoverageAndMassMonotonically() {
        boolean[] outcome = new boolean[2000];
        double[][] x = synthetic(outcome, 0.1);
        List<PrimBox> trajectory = Prim.run(COLUMNS, x, outcome).trajectory();
        PrimBox whole = trajectory.get(0);
        assertThat(whole.describe()).isEqualTo("all cases");
        assertThat(whole.coverage()).isEqualTo(1.0);
        assertThat(whole.mass()).isEqualTo(1.0);
        for (int step = 1; step < trajectory.size(); step++) {
            assertThat(trajectory.get(step).coverage()).isLessThanOrEqualTo(trajectory.get(step - 1).coverage());
            assertThat(trajectory.get(step).mass()).isLessThan(trajectory.get(step - 1).mass());
            assertThat(trajectory.get(step).mass()).isGreaterThanOrEqualTo(0.05);
        }
        assertThat(trajectory.get(trajectory.size() - 1).density()).isGreaterThan(0.85);
    }

    @Test
    void prim_oneColumn_peelsToTheExactThresholdAndPastingStopsAtTheFirstMiss() {
        double[][] x = new double[100][];
        boolean[] outcome = new boolean[100];
        for (int r = 0; r < 100; r++) {
            x[r] = new double[] {r};
            outcome[r] = r < 20;
        }
        PrimResult result = Prim.run(List.of(Column.continuous("x")), x, outcome);
        PrimBox box = result.selectByDensity(1.0).orElseThrow();
        assertThat(box.toString()).isEqualTo("x < 19.5 (coverage 1.000, density 1.000, mass 0.200)");
        assertThat(box.points()).isEqualTo(20);
        assertThat(box.hits()).isEqualTo(20);
    }

    @Test
    void pasting_widensAPeeledBoxWhileDensityHolds() {
        // The outcome is x < 50 but with alpha 0.3 peeling overshoots below 50; pasting walks the bound back up.
        double[][] x = new double[100][];
        boolean[] outcome = new boolean[100];
        for (int r = 0; r < 100; r++) {
            x[r] = new double[] {r};
            outcome[r] = r < 50;
        }
        PrimResult result = Prim.run(List.of(Column.continuous("x")), x, outcome, new PrimOptions(0.3, 0.01, 0.05));
        int step = result.trajectory().size() - 1;
        PrimBox peeled = result.trajectory().get(step);
        PrimBox pasted = result.select(step);
        assertThat(peeled.density()).isEqualTo(1.0);
        assertThat(peeled.coverage()).isLessThan(1.0);
        assertThat(pasted.describe()).isEqualTo("x < 49.5");
        assertThat(pasted.coverage()).isEqualTo(1.0);
    }

    @Test
    void prim_tiedValues_areNeverSplit() {
        double[][] x = new double[100][];
        boolean[] outcome = new boolean[100];
        for (int r = 0; r < 100; r++) {
            x[r] = new double[] {r % 2};
            outcome[r] = r % 2 == 1;
        }
        PrimBox box = Prim.run(List.of(Column.continuous("flag")), x, outcome).selectByDensity(1.0).orElseThrow();
        assertThat(box.describe()).isEqualTo("flag > 0.5");
        assertThat(box.points()).isEqualTo(50);
    }

    @Test
    void restrictions_describeThemselvesAsRules() {
        assertThat(new Restriction.Range(0, "costAversion[RUS]", Double.NEGATIVE_INFINITY, 0.4213).describe())
                .isEqualTo("costAversion[RUS] < 0.421");
        assertThat(new Restriction.Range(0, "a", 0.1, 0.42).describe()).isEqualTo("0.1 < a < 0.42");
        assertThat(new Restriction.Range(0, "a", 1234.5, Double.POSITIVE_INFINITY).describe())
                .isEqualTo("a > 1230");
        assertThat(new Restriction.Subset(3, "decisionRule[SCO]", List.of("majority", "consensus"), List.of(0, 1))
                .describe()).isEqualTo("decisionRule[SCO] in {majority, consensus}");
    }

    @Test
    void selectByDensity_unreachableThreshold_givesNothing() {
        double[][] x = {{0}, {1}, {2}, {3}};
        boolean[] outcome = {true, false, true, false};
        assertThat(Prim.run(List.of(Column.continuous("x")), x, outcome, new PrimOptions(0.25, 0.05, 0.5))
                .selectByDensity(0.9)).isEmpty();
    }

    @Test
    void prim_badData_isRejectedNamingRowAndValue() {
        List<Column> columns = List.of(Column.continuous("a"), Column.categorical("rule", "majority", "consensus"));
        assertThatThrownBy(() -> Prim.run(columns, new double[][] {{0.5, 2}}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column rule is categorical with 2 categories, so its values must be integers in [0, 1]; "
                        + "row 0 has 2.0");
        assertThatThrownBy(() -> Prim.run(columns, new double[][] {{0.5, 0}, {Double.NaN, 1}},
                        new boolean[] {true, false}))
                .hasMessage("column a is continuous, so its values must be finite; row 1 has NaN");
        assertThatThrownBy(() -> Prim.run(columns, new double[][] {{0.5, 0}}, new boolean[] {false}))
                .hasMessage("outcome must be true in at least one row, was true in none of 1");
        assertThatThrownBy(() -> Prim.run(columns, new double[][] {{0.5, 0}}, new boolean[] {true, false}))
                .hasMessage("outcome must have one value per row, 1 rows but 2 outcomes");
        assertThatThrownBy(() -> Prim.run(columns, new double[][] {{0.5}}, new boolean[] {true}))
                .hasMessage("row 0 must have 2 values, had 1");
        assertThatThrownBy(() -> new PrimOptions(0.5, 0.05, 0.05))
                .hasMessage("peel alpha must be in (0, 0.5), was 0.5");
        assertThatThrownBy(() -> Column.categorical("rule", "majority", "majority"))
                .hasMessage("categorical column rule needs distinct, non-blank categories, was [majority, majority]");
    }
}
