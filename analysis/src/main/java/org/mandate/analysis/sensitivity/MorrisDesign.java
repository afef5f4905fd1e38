package org.mandate.analysis.sensitivity;

import java.util.random.RandomGenerator;

import org.mandate.analysis.sampling.Design;

/**
 * Morris's trajectory design for elementary effects (Morris 1991): r trajectories of d + 1 points on a grid of p
 * levels, each point differing from the one before in exactly one input, every input changed once per trajectory.
 *
 * <p>Each step moves one input by p/2 levels, up or down. As in Morris's design, each input's pair of levels
 * {l, l + p/2} is equally likely to be any of the p/2 such pairs and each end is equally likely to be the start,
 * so every level is equally likely and the effects are unbiased draws from the distribution of elementary effects.
 * The levels sit on one of two {@link Grid grids}: Morris's own (the default), whose points include 0 and 1, or
 * the midpoints of p equal cells, which stay strictly inside (0, 1).
 *
 * <p>Trajectory t occupies rows t(d + 1) to
 * t(d + 1) + d. For each trajectory the design draws, in order, a start level per input and then a random order
 * of the inputs (Fisher-Yates), from the generator given; it keeps those 2rd ints and computes rows on demand.
 */
public final class MorrisDesign implements Design {
    /** The number of grid levels used unless one is given. */
    public static final int DEFAULT_LEVELS = 4;

    /** Where the p levels of a Morris design lie on the unit scale. */
    public enum Grid {
        /**
         * Morris's grid: level l at l/(p - 1), step Δ = p/(2(p - 1)) (2/3 for p = 4). It reproduces the published
         * screening results, but its points 0 and 1 map an unbounded distribution to infinity, so give such inputs
         * finite truncation bounds.
         */
        ENDPOINTS,
        /**
         * The midpoints of p equal cells: level l at (l + 1/2)/p, step Δ = 1/2 for every p. Every point is strictly
         * inside (0, 1), the quantile grid of p equally likely levels, so unbounded distributions are safe. Beware a
         * model periodic in an input with period half its range (Ishigami's sin² term is one): a step of exactly
         * half the range then never changes it.
         */
        MIDPOINTS
    }

    private final Grid grid;
    private final int dimension;
    private final int trajectories;
    private final int levels;
    private final int[][] start;
    private final int[][] order;

    private MorrisDesign(Grid grid, int dimension, int trajectories, int levels, RandomGenerator random) {
        this.grid = grid;
        this.dimension = dimension;
        this.trajectories = trajectories;
        this.levels = levels;
        this.start = new int[trajectories][dimension];
        this.order = new int[trajectories][dimension];
        for (int t = 0; t < trajectories; t++) {
            for (int i = 0; i < dimension; i++) {
                start[t][i] = random.nextInt(levels);
            }
            int[] permutation = order[t];
            for (int i = 0; i < dimension; i++) {
                permutation[i] = i;
            }
            for (int i = dimension - 1; i > 0; i--) {
                int other = random.nextInt(i + 1);
                int swap = permutation[i];
                permutation[i] = permutation[other];
                permutation[other] = swap;
            }
        }
    }

    /**
     * Returns a design of {@code trajectories} trajectories over {@code dimension} inputs on Morris's grid of
     * {@code levels} levels, drawn from {@code random}.
     *
     * @see #create(Grid, int, int, int, RandomGenerator)
     */
    public static MorrisDesign create(int dimension, int trajectories, int levels, RandomGenerator random) {
        return create(Grid.ENDPOINTS, dimension, trajectories, levels, random);
    }

    /**
     * Returns a design of {@code trajectories} trajectories over {@code dimension} inputs on {@code grid} with
     * {@code levels} levels, drawn from {@code random}.
     *
     * @param grid where the levels lie
     * @param dimension the number of inputs d, at least 1
     * @param trajectories the number of trajectories r, at least 2 (10 to 50 is usual)
     * @param levels the number of grid levels p, even and at least 2 (4 is usual)
     * @param random the source of the start levels and the orders
     */
    public static MorrisDesign create(
            Grid grid, int dimension, int trajectories, int levels, RandomGenerator random) {
        if (grid == null) {
            throw new IllegalArgumentException("grid must be ENDPOINTS or MIDPOINTS, was null");
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories must be at least 2, was " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels must be even and at least 2, was " + levels);
        }
        if ((long) trajectories * (dimension + 1) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("design would have " + (long) trajectories * (dimension + 1)
                    + " rows, more than " + Integer.MAX_VALUE);
        }
        return new MorrisDesign(grid, dimension, trajectories, levels, random);
    }

    /** Returns the number of inputs d. */
    public int dimension() {
        return dimension;
    }

    /** Returns the number of trajectories r. */
    public int trajectories() {
        return trajectories;
    }

    /** Returns the number of grid levels p. */
    public int levels() {
        return levels;
    }

    /** Returns the grid the levels lie on. */
    public Grid grid() {
        return grid;
    }

    /**
     * Returns the step Δ between the two points of an elementary effect on the unit scale: p/(2(p - 1)) on
     * Morris's grid, 1/2 on the midpoint grid.
     */
    public double delta() {
        return grid == Grid.ENDPOINTS ? levels / (2.0 * (levels - 1)) : 0.5;
    }

    /** Returns r(d + 1), the number of model evaluations the design needs. */
    @Override
    public int rows() {
        return trajectories * (dimension + 1);
    }

    @Override
    public int columns() {
        return dimension;
    }

    /** Returns the input changed by step {@code step} (from 1 to d) of trajectory {@code trajectory}. */
    public int changedInput(int trajectory, int step) {
        checkStep(trajectory, step);
        return order[trajectory][step - 1];
    }

    /**
     * Returns +1 if step {@code step} (from 1 to d) of trajectory {@code trajectory} moves its input up by Δ, -1 if
     * it moves it down.
     */
    public int direction(int trajectory, int step) {
        checkStep(trajectory, step);
        return start[trajectory][order[trajectory][step - 1]] < levels / 2 ? 1 : -1;
    }

    @Override
    public double[] row(int k) {
        if (k < 0 || k >= rows()) {
            throw new IndexOutOfBoundsException("row must be in [0, " + rows() + "), was " + k);
        }
        int t = k / (dimension + 1);
        int step = k % (dimension + 1);
        int[] level = start[t].clone();
        for (int s = 0; s < step; s++) {
            int input = order[t][s];
            level[input] += level[input] < levels / 2 ? levels / 2 : -levels / 2;
        }
        double[] row = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            row[i] = grid == Grid.ENDPOINTS ? (double) level[i] / (levels - 1) : (level[i] + 0.5) / levels;
        }
        return row;
    }

    private void checkStep(int trajectory, int step) {
        if (trajectory < 0 || trajectory >= trajectories) {
            throw new IndexOutOfBoundsException("trajectory must be in [0, " + trajectories + "), was " + trajectory);
        }
        if (step < 1 || step > dimension) {
            throw new IndexOutOfBoundsException("step must be in [1, " + dimension + "], was " + step);
        }
    }
}
