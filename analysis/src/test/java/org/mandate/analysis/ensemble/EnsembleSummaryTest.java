package org.mandate.analysis.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnsembleSummaryTest {
    private static final int POINTS = 3;
    private static final int CELLS = 2;

    /** Random runs: levels of each run, design point by design point, cell by cell, decided then implemented. */
    private static byte[][] runs(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[][] runs = new byte[n][POINTS * CELLS * 2];
        for (byte[] run : runs) {
            for (int i = 0; i < run.length; i++) {
                run[i] = (byte) r.nextInt(5);
            }
        }
        return runs;
    }

    @Test
    void countsMeansAndPairedDifferences_areThoseComputedRunByRun() {
        byte[][] runs = runs(5000, 7);
        EnsembleSummary s = new EnsembleSummary(POINTS, CELLS);
        for (byte[] run : runs) {
            s.add(run, 0);
        }
        for (int d = 0; d < POINTS; d++) {
            for (int c = 0; c < CELLS; c++) {
                for (int f = 0; f < 2; f++) {
                    long[] count = new long[5];
                    long sum = 0;
                    long diffSum = 0;
                    long diffSquares = 0;
                    for (byte[] run : runs) {
                        int v = run[(d * CELLS + c) * 2 + f];
                        long diff = v - run[c * 2 + f];
                        count[v]++;
                        sum += v;
                        diffSum += diff;
                        diffSquares += diff * diff;
                    }
                    for (int l = 0; l < 5; l++) {
                        assertThat(s.count(d, c, f, l)).isEqualTo(count[l]);
                    }
                    assertThat(s.mean(d, c, f)).isEqualTo((double) sum / runs.length);
                    double mean = (double) diffSum / runs.length;
                    assertThat(s.meanDifference(d, c, f)).isEqualTo(mean);
                    double sd = Math.sqrt(Math.max(0, diffSquares - runs.length * mean * mean) / (runs.length - 1));
                    double half = s.differenceInterval(d, c, f).upper() - mean;
                    assertThat(half).isCloseTo(1.9604 * sd / Math.sqrt(runs.length),
                            org.assertj.core.data.Offset.offset(1e-4 * sd + 1e-12));
                }
            }
        }
    }

    @Test
    void summariesMerged_inAnyOrder_equalOneSummaryOfAllRuns_andSurviveACheckpoint() {
        byte[][] runs = runs(3000, 11);
        EnsembleSummary whole = new EnsembleSummary(POINTS, CELLS);
        EnsembleSummary first = new EnsembleSummary(POINTS, CELLS);
        EnsembleSummary second = new EnsembleSummary(POINTS, CELLS);
        for (int k = 0; k < runs.length; k++) {
            whole.add(runs[k], 0);
            (k < 1234 ? first : second).add(runs[k], 0);
        }
        EnsembleSummary merged = new EnsembleSummary(POINTS, CELLS);
        merged.merge(second);
        merged.merge(first);
        assertThat(merged.toArray()).containsExactly(whole.toArray());
        EnsembleSummary restored = new EnsembleSummary(POINTS, CELLS);
        restored.fromArray(whole.toArray());
        assertThat(restored.runs()).isEqualTo(3000);
        assertThat(restored.differenceInterval(2, 1, EnsembleSummary.IMPLEMENTED))
                .isEqualTo(whole.differenceInterval(2, 1, EnsembleSummary.IMPLEMENTED));
    }
}
