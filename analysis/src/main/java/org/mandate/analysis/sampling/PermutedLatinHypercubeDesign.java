package org.mandate.analysis.sampling;

import java.util.random.RandomGenerator;

/**
 * A Latin hypercube design that stores no permutation: column {@code j}'s stratum of row {@code k} is a keyed
 * pseudo-random permutation of [0, rows) evaluated at {@code k}, a four-round Feistel network on the smallest even
 * number of bits that holds {@code rows - 1}, walked along its cycle until it lands in [0, rows) (cycle walking keeps
 * it a bijection of [0, rows)). The position inside the stratum is a hash of the row and column. The design keeps
 * four keys per column and one seed, whatever the number of rows.
 */
final class PermutedLatinHypercubeDesign implements Design {
    private static final int ROUNDS = 4;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double ULP = 0x1.0p-53;

    private final int rows;
    private final int columns;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys;
    private final long positionSeed;

    PermutedLatinHypercubeDesign(int rows, int columns, RandomGenerator random) {
        Checks.positive("rows", rows);
        Checks.positive("columns", columns);
        this.rows = rows;
        this.columns = columns;
        int bits = 64 - Long.numberOfLeadingZeros(rows - 1L);
        halfBits = Math.max(1, (bits + 1) / 2);
        halfMask = (1L << halfBits) - 1;
        keys = new long[columns * ROUNDS];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextLong();
        }
        positionSeed = random.nextLong();
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
        double[] row = new double[columns];
        fill(k, row);
        return row;
    }

    @Override
    public void fill(int k, double[] row) {
        Checks.row(k, rows);
        long cell = (long) k * columns;
        for (int j = 0; j < columns; j++) {
            int stratum = stratum(j, k);
            double v = ((RowStreams.mix(positionSeed + (cell + j + 1) * GOLDEN_GAMMA) >>> 11) + 0.5) * ULP;
            double u = (stratum + v) / rows;
            // (s + v) / n can round up to the next stratum's edge; keep the point inside its own stratum and (0, 1).
            row[j] = Math.min(u, Math.nextDown((stratum + 1.0) / rows));
        }
    }

    /** The stratum of row {@code k} in column {@code j}: the column's permutation of [0, rows) at {@code k}. */
    int stratum(int j, int k) {
        long x = k;
        do {
            x = feistel(j, x);
        } while (x >= rows);
        return (int) x;
    }

    private long feistel(int j, long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        int base = j * ROUNDS;
        for (int r = 0; r < ROUNDS; r++) {
            long next = left ^ (RowStreams.mix(keys[base + r] + right * GOLDEN_GAMMA) & halfMask);
            left = right;
            right = next;
        }
        return left << halfBits | right;
    }
}
