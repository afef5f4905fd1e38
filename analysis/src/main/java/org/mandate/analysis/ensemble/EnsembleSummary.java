package org.mandate.analysis.ensemble;

import org.apache.commons.math3.distribution.TDistribution;
import org.mandate.analysis.stats.ConfidenceInterval;
import org.mandate.analysis.stats.ProportionEstimate;

/**
 * What an ensemble found, kept as integer counts and sums so that merging partial summaries gives the same result
 * in any order: per design point and cell, how many runs decided and implemented each level, and per design point
 * the sums of paired differences from the first design point, run by run on the same draws.
 */
public final class EnsembleSummary {
    /** Index of the decided level in the count arrays. */
    public static final int DECIDED = 0;
    /** Index of the implemented level in the count arrays. */
    public static final int IMPLEMENTED = 1;

    final int points;
    final int cells;
    long runs;
    final long[] counts;      // [point][cell][field][level]
    final long[] diffSum;     // [point][cell][field]
    final long[] diffSquares; // [point][cell][field]

    /** An empty summary. */
    public EnsembleSummary(int points, int cells) {
        this.points = points;
        this.cells = cells;
        counts = new long[points * cells * 2 * 5];
        diffSum = new long[points * cells * 2];
        diffSquares = new long[points * cells * 2];
    }

    /** Adds one run: {@code levels[point][cell][field]}. */
    void add(int[][][] levels) {
        runs++;
        for (int d = 0; d < points; d++) {
            for (int c = 0; c < cells; c++) {
                for (int f = 0; f < 2; f++) {
                    int v = levels[d][c][f];
                    counts[((d * cells + c) * 2 + f) * 5 + v]++;
                    long diff = v - levels[0][c][f];
                    diffSum[(d * cells + c) * 2 + f] += diff;
                    diffSquares[(d * cells + c) * 2 + f] += diff * diff;
                }
            }
        }
    }

    /** Adds another summary into this one. */
    void merge(EnsembleSummary other) {
        runs += other.runs;
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        for (int i = 0; i < diffSum.length; i++) {
            diffSum[i] += other.diffSum[i];
            diffSquares[i] += other.diffSquares[i];
        }
    }

    /**
     * The summary of all the runs of {@code parts} taken together (the shards of one ensemble, in any order): their
     * counts and sums added, never their proportions averaged, so it is exactly the summary of one run over all
     * their draws.
     *
     * @throws IllegalArgumentException when the parts differ in design points or cells
     */
    public static EnsembleSummary merged(java.util.List<EnsembleSummary> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("expected at least one summary to merge, got none");
        }
        EnsembleSummary all = new EnsembleSummary(parts.get(0).points, parts.get(0).cells);
        for (EnsembleSummary p : parts) {
            if (p.points != all.points || p.cells != all.cells) {
                throw new IllegalArgumentException("expected summaries of " + all.points + " design points and "
                        + all.cells + " cells, got one of " + p.points + " and " + p.cells);
            }
            all.merge(p);
        }
        return all;
    }

    /** Runs summarised (per design point). */
    public long runs() {
        return runs;
    }

    /** Number of design points. */
    public int points() {
        return points;
    }

    /** Number of cells. */
    public int cells() {
        return cells;
    }

    /** How many runs of a design point had the level in the cell ({@code field}: DECIDED or IMPLEMENTED). */
    public long count(int point, int cell, int field, int level) {
        return counts[((point * cells + cell) * 2 + field) * 5 + level];
    }

    /** The probability of a level with its 95% Wilson interval. */
    public ProportionEstimate probability(int point, int cell, int field, int level) {
        return ProportionEstimate.wilson(count(point, cell, field, level), Math.max(1, runs));
    }

    /** The mean level of a design point in a cell. */
    public double mean(int point, int cell, int field) {
        long sum = 0;
        for (int l = 0; l < 5; l++) {
            sum += l * count(point, cell, field, l);
        }
        return runs == 0 ? 0 : (double) sum / runs;
    }

    /** The mean paired difference of a design point's level from the first design point's, on the same draws. */
    public double meanDifference(int point, int cell, int field) {
        return runs == 0 ? 0 : (double) diffSum[(point * cells + cell) * 2 + field] / runs;
    }

    /** The 95% interval of the mean paired difference (Student t). */
    public ConfidenceInterval differenceInterval(int point, int cell, int field) {
        double mean = meanDifference(point, cell, field);
        if (runs < 2) {
            return new ConfidenceInterval(mean, mean, 0.95);
        }
        double ss = diffSquares[(point * cells + cell) * 2 + field] - runs * mean * mean;
        double sd = Math.sqrt(Math.max(0, ss) / (runs - 1));
        double half = new TDistribution(null, runs - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(runs);
        return new ConfidenceInterval(mean - half, mean + half, 0.95);
    }

    /** The state as numbers, for checkpoints. */
    long[] toArray() {
        long[] out = new long[1 + counts.length + 2 * diffSum.length];
        out[0] = runs;
        System.arraycopy(counts, 0, out, 1, counts.length);
        System.arraycopy(diffSum, 0, out, 1 + counts.length, diffSum.length);
        System.arraycopy(diffSquares, 0, out, 1 + counts.length + diffSum.length, diffSquares.length);
        return out;
    }

    /** Restores the state from a checkpoint. */
    void fromArray(long[] in) {
        if (in.length != 1 + counts.length + 2 * diffSum.length) {
            throw new IllegalArgumentException("checkpoint has " + in.length + " numbers, expected "
                    + (1 + counts.length + 2 * diffSum.length));
        }
        runs = in[0];
        System.arraycopy(in, 1, counts, 0, counts.length);
        System.arraycopy(in, 1 + counts.length, diffSum, 0, diffSum.length);
        System.arraycopy(in, 1 + counts.length + diffSum.length, diffSquares, 0, diffSquares.length);
    }
}
