package org.mandate.analysis.sampling;

import java.util.random.RandomGenerator;

/** A Latin hypercube design that keeps one permutation of the strata per column and jitters rows on demand. */
final class LatinHypercubeDesign implements Design {
    private final int rows;
    private final int columns;
    private final int[][] strata;
    private final long seed;

    LatinHypercubeDesign(int rows, int columns, RandomGenerator random) {
        Checks.positive("rows", rows);
        Checks.positive("columns", columns);
        this.rows = rows;
        this.columns = columns;
        this.strata = new int[columns][];
        for (int j = 0; j < columns; j++) {
            int[] permutation = new int[rows];
            for (int i = 0; i < rows; i++) {
                permutation[i] = i;
            }
            for (int i = rows - 1; i > 0; i--) {
                int other = random.nextInt(i + 1);
                int swap = permutation[i];
                permutation[i] = permutation[other];
                permutation[other] = swap;
            }
            strata[j] = permutation;
        }
        this.seed = random.nextLong();
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public double[] row(int k) {
        Checks.row(k, rows);
        RandomGenerator random = RowStreams.forRow(seed, k);
        double[] row = new double[columns];
        for (int j = 0; j < columns; j++) {
            double u = (strata[j][k] + RowStreams.openUniform(random)) / rows;
            // (s + v) / n can round up to the next stratum's edge; keep the point inside its own stratum and (0, 1).
            row[j] = Math.min(u, Math.nextDown((strata[j][k] + 1.0) / rows));
        }
        return row;
    }
}
