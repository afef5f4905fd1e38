package org.mandate.analysis.sensitivity;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.mandate.analysis.sampling.Design;

/**
 * Saltelli's sampling design for Sobol indices: N base rows of two independent matrices A and B, and for each input
 * i the matrix AB_i (A with column i taken from B), in all N(d + 2) rows of d uniforms.
 *
 * <p>Rows are grouped by base row: rows {@code j(d + 2)} to {@code j(d + 2) + d + 1} are A_j, AB_1,j, ...,
 * AB_d,j, B_j. A caller may evaluate the rows in any order or in parallel, as long as output {@code k} is stored at
 * position {@code k}. A and B are the first and last d columns of a base design with 2d columns; the default is the
 * Sobol sequence with a random digital shift drawn from the seed (see {@link Design#shiftedSobol}), whose first N
 * rows are balanced when N is a power of two. The design keeps only what its base design keeps.
 */
public final class SaltelliDesign implements Design {
    private final Design base;
    private final int dimension;

    private SaltelliDesign(Design base) {
        this.base = base;
        this.dimension = base.columns() / 2;
    }

    /**
     * Returns the Saltelli design for {@code dimension} inputs and {@code baseSamples} base rows on a digitally
     * shifted Sobol sequence of 2d columns, the shift drawn from an L64X128MixRandom generator seeded with
     * {@code seed}.
     *
     * @param dimension the number of inputs d, in [1, 500]
     * @param baseSamples the number of base rows N, at least 2; a power of two keeps the Sobol balance
     * @param seed the seed of the digital shift
     */
    public static SaltelliDesign create(int dimension, int baseSamples, long seed) {
        if (dimension < 1 || dimension > 500) {
            throw new IllegalArgumentException("dimension must be in [1, 500], was " + dimension);
        }
        checkBaseSamples(baseSamples);
        checkSize(dimension, baseSamples);
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        return new SaltelliDesign(Design.shiftedSobol(baseSamples, 2 * dimension, random));
    }

    /**
     * Returns the Saltelli design built on {@code base}: its first half of columns is A, its second half B.
     *
     * @param base a design with an even number of columns 2d and at least 2 rows
     */
    public static SaltelliDesign of(Design base) {
        if (base.columns() % 2 != 0) {
            throw new IllegalArgumentException(
                    "base design needs an even number of columns (A then B), had " + base.columns());
        }
        checkBaseSamples(base.rows());
        checkSize(base.columns() / 2, base.rows());
        return new SaltelliDesign(base);
    }

    private static void checkBaseSamples(int baseSamples) {
        if (baseSamples < 2) {
            throw new IllegalArgumentException("base samples must be at least 2, was " + baseSamples);
        }
    }

    private static void checkSize(int dimension, int baseSamples) {
        long rows = (long) baseSamples * (dimension + 2);
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("design would have " + rows + " rows, more than " + Integer.MAX_VALUE);
        }
    }

    /** Returns the number of inputs d. */
    public int dimension() {
        return dimension;
    }

    /** Returns the number of base rows N. */
    public int baseSamples() {
        return base.rows();
    }

    /** Returns N(d + 2), the number of model evaluations the design needs. */
    @Override
    public int rows() {
        return base.rows() * (dimension + 2);
    }

    @Override
    public int columns() {
        return dimension;
    }

    /**
     * Returns row {@code k}: for base row j = k / (d + 2) and block b = k % (d + 2), A_j when b = 0, B_j when
     * b = d + 1, and otherwise A_j with column b - 1 taken from B_j.
     */
    @Override
    public double[] row(int k) {
        if (k < 0 || k >= rows()) {
            throw new IndexOutOfBoundsException("row must be in [0, " + rows() + "), was " + k);
        }
        int block = k % (dimension + 2);
        double[] ab = base.row(k / (dimension + 2));
        double[] row = new double[dimension];
        if (block == dimension + 1) {
            System.arraycopy(ab, dimension, row, 0, dimension);
        } else {
            System.arraycopy(ab, 0, row, 0, dimension);
            if (block > 0) {
                row[block - 1] = ab[dimension + block - 1];
            }
        }
        return row;
    }
}
