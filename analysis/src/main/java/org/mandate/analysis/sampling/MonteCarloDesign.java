package org.mandate.analysis.sampling;

import java.util.random.RandomGenerator;

/** A Monte Carlo design whose rows are generated on demand from per-row streams. */
final class MonteCarloDesign implements Design {
    private final int rows;
    private final int columns;
    private final long seed;

    MonteCarloDesign(int rows, int columns, long seed) {
        Checks.positive("rows", rows);
        Checks.positive("columns", columns);
        this.rows = rows;
        this.columns = columns;
        this.seed = seed;
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
            row[j] = RowStreams.openUniform(random);
        }
        return row;
    }
}
