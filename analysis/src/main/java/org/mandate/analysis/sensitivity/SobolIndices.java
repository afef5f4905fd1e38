package org.mandate.analysis.sensitivity;

import java.util.List;

/**
 * The result of a Sobol analysis: each input's first-order and total-order indices with their intervals, and the
 * output's mean and variance they were estimated from.
 *
 * @param baseSamples the number of base rows N of the Saltelli design
 * @param evaluations the number of model evaluations used, N(d + 2)
 * @param mean the output mean over the A and B rows
 * @param variance the output variance over the A and B rows (divisor 2N)
 * @param bootstrap the number of bootstrap resamples behind the intervals
 * @param indices one entry per input, in column order
 */
public record SobolIndices(
        int baseSamples, int evaluations, double mean, double variance, int bootstrap, List<SobolIndex> indices) {
    /** Validates the counts and copies the indices. */
    public SobolIndices {
        if (indices == null || indices.isEmpty()) {
            throw new IllegalArgumentException("Sobol indices need at least one input, were " + indices);
        }
        indices = List.copyOf(indices);
        for (int i = 0; i < indices.size(); i++) {
            if (indices.get(i).input() != i) {
                throw new IllegalArgumentException(
                        "indices must be in column order, position " + i + " holds input " + indices.get(i).input());
            }
        }
    }

    /** Returns the number of inputs. */
    public int dimension() {
        return indices.size();
    }

    /** Returns the indices of the input in column {@code input}. */
    public SobolIndex index(int input) {
        return indices.get(input);
    }

    /** Returns the first-order indices in column order. */
    public double[] firstOrder() {
        return indices.stream().mapToDouble(SobolIndex::firstOrder).toArray();
    }

    /** Returns the total-order indices in column order. */
    public double[] totalOrder() {
        return indices.stream().mapToDouble(SobolIndex::totalOrder).toArray();
    }
}
