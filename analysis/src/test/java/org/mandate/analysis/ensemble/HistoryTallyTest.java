package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A history ensemble's tally is exact: the draws added in any order, or in shards whose tallies are added up, give
 * the same sums and so the same summaries to the last bit, which plain sums of doubles do not.
 */
class HistoryTallyTest {
    private static final List<Boolean> NOT_BINARY = List.of(false);

    /** One draw of one design point and one outcome. */
    private static double[][] draw(double v) {
        return new double[][] {{v}};
    }

    private static HistoryEnsemble.Tally tally(List<Double> values) {
        HistoryEnsemble.Tally t = new HistoryEnsemble.Tally(1, 1);
        for (double v : values) {
            t.add(draw(v));
        }
        return t;
    }

    /** What a tally of plain doubles added in order would hold. */
    private static double plainSum(List<Double> values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    @Test
    void valuesThatPlainDoublesSumDifferentlyByOrder_giveTheSameExactSumAndSummaryInEveryOrder() {
        List<Double> one = List.of(1e16, 0.1, -1e16);
        List<Double> other = List.of(1e16, -1e16, 0.1);
        // the case for exact sums: summed as doubles, the order decides the bits (0.1 is lost next to 1e16)
        assertThat(Double.doubleToLongBits(plainSum(one))).isNotEqualTo(Double.doubleToLongBits(plainSum(other)));
        HistoryEnsemble.Tally a = tally(one);
        HistoryEnsemble.Tally b = tally(other);
        assertThat(a.sum(0, 0)).isEqualTo(new BigDecimal(0.1)).isEqualTo(b.sum(0, 0));
        assertThat(a.sumOfSquares(0, 0)).isEqualTo(b.sumOfSquares(0, 0));
        assertThat(a.state()).isEqualTo(b.state());
        HistoryEnsemble.Summary sa = HistoryEnsemble.summarise(a, NOT_BINARY)[0][0];
        HistoryEnsemble.Summary sb = HistoryEnsemble.summarise(b, NOT_BINARY)[0][0];
        assertThat(Double.doubleToLongBits(sa.mean())).isEqualTo(Double.doubleToLongBits(sb.mean()))
                .isEqualTo(Double.doubleToLongBits(0.1 / 3));
        assertThat(Double.doubleToLongBits(sa.high())).isEqualTo(Double.doubleToLongBits(sb.high()));
    }

    @Test
    void drawsShuffledOrSplitIntoShardsWhoseTalliesAreAddedUp_giveBitIdenticalSumsAndSummaries() {
        SplittableRandom random = new SplittableRandom(2030);
        int points = 2;
        int outcomes = 3;
        List<double[][]> draws = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            double[][] row = new double[points][outcomes];
            for (int d = 0; d < points; d++) {
                row[d][0] = random.nextDouble() * Math.pow(10, random.nextInt(-6, 17)) * (random.nextBoolean() ? 1 : -1);
                row[d][1] = random.nextInt(4) == 0 ? Double.NaN : random.nextDouble(0.1, 0.9);
                row[d][2] = random.nextBoolean() ? 1 : 0;
            }
            draws.add(row);
        }
        HistoryEnsemble.Tally whole = new HistoryEnsemble.Tally(points, outcomes);
        draws.forEach(whole::add);
        List<double[][]> shuffled = new ArrayList<>(draws);
        Collections.shuffle(shuffled, new java.util.Random(7));
        HistoryEnsemble.Tally reordered = new HistoryEnsemble.Tally(points, outcomes);
        shuffled.forEach(reordered::add);
        // three shards, added up last shard first, one of them through its checkpoint's text
        HistoryEnsemble.Tally merged = new HistoryEnsemble.Tally(points, outcomes);
        int[] cuts = {0, 166, 333, 500};
        for (int s = 2; s >= 0; s--) {
            HistoryEnsemble.Tally shard = new HistoryEnsemble.Tally(points, outcomes);
            draws.subList(cuts[s], cuts[s + 1]).forEach(shard::add);
            merged.add(s == 1 ? HistoryEnsemble.Tally.of(points, outcomes, shard.state()) : shard);
        }
        assertThat(reordered.state()).isEqualTo(whole.state());
        assertThat(merged.state()).isEqualTo(whole.state());
        List<Boolean> binary = List.of(false, false, true);
        HistoryEnsemble.Summary[][] expected = HistoryEnsemble.summarise(whole, binary);
        for (HistoryEnsemble.Tally t : List.of(reordered, merged)) {
            HistoryEnsemble.Summary[][] got = HistoryEnsemble.summarise(t, binary);
            for (int d = 0; d < points; d++) {
                for (int j = 0; j < outcomes; j++) {
                    assertThat(bits(got[d][j])).as("design point %d outcome %d", d, j).isEqualTo(bits(expected[d][j]));
                }
            }
        }
        // the sums of doubles of the same draws, in the two orders, are not the same to the last bit
        boolean differs = false;
        for (int d = 0; d < points && !differs; d++) {
            List<Double> inOrder = new ArrayList<>();
            List<Double> inShuffle = new ArrayList<>();
            for (int k = 0; k < draws.size(); k++) {
                inOrder.add(draws.get(k)[d][0]);
                inShuffle.add(shuffled.get(k)[d][0]);
            }
            differs = Double.doubleToLongBits(plainSum(inOrder)) != Double.doubleToLongBits(plainSum(inShuffle));
        }
        assertThat(differs).as("plain double sums depend on the order").isTrue();
    }

    private static List<Long> bits(HistoryEnsemble.Summary s) {
        return List.of(Double.doubleToLongBits(s.mean()), Double.doubleToLongBits(s.low()),
                Double.doubleToLongBits(s.high()), s.n());
    }

    @Test
    void aTallysState_isPlainDecimalText_andRestoresExactly_whileAMalformedOneIsRefusedWithThePosition() {
        HistoryEnsemble.Tally t = tally(List.of(0.1, -2.5e-7, 3e20));
        List<String> state = t.state();
        assertThat(state).hasSize(4);
        assertThat(state.get(0)).doesNotContain("E").isEqualTo(new BigDecimal(0.1).add(new BigDecimal(-2.5e-7))
                .add(new BigDecimal(3e20)).stripTrailingZeros().toPlainString());
        assertThat(state.subList(2, 4)).containsExactly("3", "2");
        assertThat(HistoryEnsemble.Tally.of(1, 1, state).state()).isEqualTo(state);
        assertThatThrownBy(() -> HistoryEnsemble.Tally.of(1, 1, List.of("1", "1e5", "2", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number 1 of the tally is '1e5'; expected a decimal number such as -12.5");
        assertThatThrownBy(() -> HistoryEnsemble.Tally.of(1, 1, List.of("1", "1")))
                .hasMessage("expected 4 numbers in a tally, got 2");
        assertThatThrownBy(() -> t.add(draw(Double.POSITIVE_INFINITY)))
                .hasMessage("outcome 0 at design point 0 is Infinity; expected a finite value or none");
    }
}
