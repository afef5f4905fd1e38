package org.mandate.spark;

import org.mandate.analysis.sampling.Design;

/** Rows {@code from} to {@code to - 1} of a design as a design of their own: its row {@code k} is row {@code from + k}. */
final class DesignRange implements Design {
    private final Design design;
    private final int from;
    private final int rows;

    DesignRange(Design design, int from, int to) {
        if (from < 0 || to < from || to > design.rows()) {
            throw new IllegalArgumentException("expected a range within 0 to " + design.rows() + ", was " + from
                    + " to " + to);
        }
        this.design = design;
        this.from = from;
        this.rows = to - from;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return design.columns();
    }

    @Override
    public double[] row(int k) {
        if (k < 0 || k >= rows) {
            throw new IndexOutOfBoundsException("row " + k + " of " + rows);
        }
        return design.row(from + k);
    }
}
