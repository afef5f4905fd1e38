package org.mandate.analysis.sampling;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * A Sobol design that computes any point directly from its Gray code, so rows can be read in any order and on any
 * thread without a shared generator.
 *
 * <p>The direction numbers are read once from commons-math's {@link SobolSequenceGenerator}: its point with Gray
 * code 2^(b-1), that is sequence index 2^b - 1, is the b-th direction number of every column. Point {@code i} is
 * then the XOR of the direction numbers selected by the bits of gray(i) = i ^ (i >> 1), exactly as the generator
 * computes it (a test checks the two agree).
 */
final class SobolDesign implements Design {
    static final int MAX_COLUMNS = 1000;
    static final int BITS = 52;
    private static final int INDEX_BITS = 31;
    private static final double SCALE = 0x1.0p52;
    private static final double HALF_STEP = 0x1.0p-53;

    private final int rows;
    private final int columns;
    private final int skip;
    private final long[] masks;
    private final long[][] directions;

    SobolDesign(int rows, int columns, int skip, long[] masks) {
        Checks.positive("rows", rows);
        if (columns < 1 || columns > MAX_COLUMNS) {
            throw new IllegalArgumentException("Sobol columns must be in [1, " + MAX_COLUMNS + "], was " + columns);
        }
        if ((long) rows + skip > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "Sobol rows must be less than " + (Integer.MAX_VALUE - skip + 1L) + ", was " + rows);
        }
        this.rows = rows;
        this.columns = columns;
        this.skip = skip;
        this.masks = masks == null ? null : masks.clone();
        this.directions = directions(columns);
    }

    private static long[][] directions(int columns) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(columns);
        long[][] directions = new long[columns][INDEX_BITS];
        for (int b = 1; b <= INDEX_BITS; b++) {
            int index = (int) ((1L << b) - 1);
            double[] point = generator.skipTo(index);
            for (int j = 0; j < columns; j++) {
                directions[j][b - 1] = (long) (point[j] * SCALE);
            }
        }
        return directions;
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
        int index = k + skip;
        int gray = index ^ (index >>> 1);
        double[] row = new double[columns];
        for (int j = 0; j < columns; j++) {
            long x = 0;
            long[] v = directions[j];
            for (int b = 0, g = gray; g != 0; b++, g >>>= 1) {
                if ((g & 1) != 0) {
                    x ^= v[b];
                }
            }
            row[j] = masks == null ? x / SCALE : (x ^ masks[j]) / SCALE + HALF_STEP;
        }
        return row;
    }
}
