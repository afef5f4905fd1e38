package org.mandate.analysis.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that PRIM with its columns sorted once finds, step for step, the boxes and counts of the search that sorts
 * the box's values at every step and tests every row ({@link ReferencePrim}), on random data with many ties.
 */
class SortedColumnsTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(s -> 1000L + s);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sortedColumns_onRandomData_giveTheReferenceTrajectoryAndEveryPastedBox(long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = 1 + random.nextInt(random.nextBoolean() ? 40 : 2000);
        int d = 1 + random.nextInt(6);
        List<Column> columns = new ArrayList<>();
        int[] kind = new int[d];
        for (int c = 0; c < d; c++) {
            kind[c] = random.nextInt(5);
            columns.add(kind[c] == 4 ? Column.categorical("c" + c, "a", "b", "c", "d")
                    : Column.continuous("c" + c));
        }
        double[][] x = new double[n][d];
        boolean[] outcome = new boolean[n];
        double cut = random.nextDouble();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < d; c++) {
                x[r][c] = switch (kind[c]) {
                    case 0 -> random.nextDouble();
                    // few distinct values, signed zeros among them, so that ties are common
                    case 1 -> new double[] {-0.0, 0.0, 0.5, -1.5, 2, 3}[random.nextInt(6)];
                    case 2 -> Math.floor(random.nextDouble() * 20) / 4 - 1;
                    // values a few hundred ulps apart, which the sort's coarse keys cannot tell apart
                    case 3 -> 1 + random.nextInt(8) * 0x1p-45;
                    default -> random.nextInt(4);
                };
            }
            boolean inBox = x[r][0] < cut && (d < 2 || x[r][1] > 0.25);
            outcome[r] = random.nextDouble() < 0.1 ? !inBox : inBox;
        }
        outcome[random.nextInt(n)] = true;
        PrimOptions options = random.nextBoolean() ? PrimOptions.defaults()
                : new PrimOptions(0.01 + 0.4 * random.nextDouble(), 0.01 + 0.4 * random.nextDouble(),
                        0.01 + 0.5 * random.nextDouble());

        PrimResult result = Prim.run(columns, x, outcome, options);
        ReferencePrim reference = new ReferencePrim(List.copyOf(columns), x, outcome, options);
        List<Bounds> referenceBoxes = reference.peel();

        assertThat(result.trajectory()).isEqualTo(referenceBoxes.stream().map(reference::describe).toList());
        for (int step = 0; step < referenceBoxes.size(); step++) {
            assertThat(result.select(step))
                    .isEqualTo(reference.describe(reference.paste(referenceBoxes.get(step))));
        }
    }

    @Test
    void sortedColumns_onALargeSample_giveTheReferenceResult() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        int n = 50_000;
        List<Column> columns = List.of(Column.continuous("a"), Column.continuous("b"), Column.continuous("c"),
                Column.categorical("rule", "majority", "consensus", "leadState"));
        double[][] x = new double[n][];
        boolean[] outcome = new boolean[n];
        for (int r = 0; r < n; r++) {
            x[r] = new double[] {random.nextDouble(), random.nextDouble(), Math.floor(random.nextDouble() * 50),
                    random.nextInt(3)};
            outcome[r] = x[r][0] < 0.3 && x[r][1] > 0.5 && x[r][3] != 1 ^ random.nextDouble() < 0.05;
        }

        PrimResult result = Prim.run(columns, x, outcome);
        ReferencePrim reference = new ReferencePrim(columns, x, outcome, PrimOptions.defaults());
        List<Bounds> referenceBoxes = reference.peel();

        assertThat(result.trajectory()).hasSizeGreaterThan(10)
                .isEqualTo(referenceBoxes.stream().map(reference::describe).toList());
        assertThat(result.selectByDensity(0.8)).contains(reference.describe(reference.paste(
                referenceBoxes.get(firstAtLeast(result.trajectory(), 0.8)))));
    }

    private static int firstAtLeast(List<PrimBox> trajectory, double density) {
        for (int step = 0; step < trajectory.size(); step++) {
            if (trajectory.get(step).density() >= density) {
                return step;
            }
        }
        throw new AssertionError("no box reaches density " + density);
    }
}
