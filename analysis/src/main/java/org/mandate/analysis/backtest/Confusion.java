package org.mandate.analysis.backtest;

import java.util.Arrays;
import java.util.Objects;

/**
 * The model's confusion table for one organization and measure: how often each observed level was predicted as each
 * level.
 *
 * @param organization the organization id
 * @param measure      decided or implemented
 * @param counts       {@code counts[observed][predicted]}, 5 by 5
 */
public record Confusion(String organization, Measure measure, int[][] counts) {
    /** Checks the shape and copies the counts. */
    public Confusion {
        if (counts.length != 5) {
            throw new IllegalArgumentException("counts must be 5 by 5, had " + counts.length + " rows");
        }
        int[][] copy = new int[5][];
        for (int i = 0; i < 5; i++) {
            if (counts[i].length != 5) {
                throw new IllegalArgumentException("counts must be 5 by 5, row " + i + " had " + counts[i].length);
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** How many cells observed at {@code observed} the model put at {@code predicted}. */
    public int count(int observed, int predicted) {
        return counts[observed][predicted];
    }

    /** The number of cells in the table. */
    public int total() {
        int sum = 0;
        for (int[] row : counts) {
            for (int c : row) {
                sum += c;
            }
        }
        return sum;
    }

    @Override
    public int[][] counts() {
        int[][] copy = new int[5][];
        for (int i = 0; i < 5; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Confusion c && c.organization.equals(organization) && c.measure == measure
                && Arrays.deepEquals(c.counts, counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, measure, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "Confusion[" + organization + ", " + measure.id() + ", " + Arrays.deepToString(counts) + "]";
    }
}
