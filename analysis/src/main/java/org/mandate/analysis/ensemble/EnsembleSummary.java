package org.mandate.analysis.ensemble;

import org.apache.commons.math3.distribution.TDistribution;
import org.mandate.analysis.stats.ConfidenceInterval;
import org.mandate.analysis.stats.ProportionEstimate;

/**
 * What an ensemble found, kept as integer counts so that merging partial summaries gives the same result in any
 * order: per design point, cell and field (decided or implemented), how many runs had each pair of levels (the first
 * design point's level, this design point's level) on the same draw. The levels' probabilities and means are the
 * margins of these counts, and the paired differences from the first design point (their sums and sums of squares)
 * follow from them exactly, so one flat array of counts is the whole state and merging is adding it.
 */
public final class EnsembleSummary {
    /** Index of the decided level in the count arrays. */
    public static final int DECIDED = 0;
    /** Index of the implemented level in the count arrays. */
    public static final int IMPLEMENTED = 1;

    private static final int LEVELS = 5;
    private static final int PAIRS = LEVELS * LEVELS;

    final int points;
    final int cells;
    long runs;
    // [point][cell][field][level at the first design point][level at this design point]
    final long[] pairs;

    /** An empty summary. */
    public EnsembleSummary(int points, int cells) {
        this.points = points;
        this.cells = cells;
        pairs = new long[points * cells * 2 * PAIRS];
    }

    /**
     * Adds one run: its levels from {@code levels[offset]} on, design point by design point, cell by cell, decided
     * then implemented ({@code points * cells * 2} bytes).
     */
    void add(byte[] levels, int offset) {
        runs++;
        int width = cells * 2;
        long[] p = pairs;
        for (int d = 0, at = offset, slot = 0; d < points; d++) {
            for (int j = 0; j < width; j++, at++, slot += PAIRS) {
                p[slot + levels[offset + j] * LEVELS + levels[at]]++;
            }
        }
    }

    /** Adds another summary into this one. */
    void merge(EnsembleSummary other) {
        runs += other.runs;
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] += other.pairs[i];
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
        int base = slot(point, cell, field);
        long n = 0;
        for (int first = 0; first < LEVELS; first++) {
            n += pairs[base + first * LEVELS + level];
        }
        return n;
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
        return runs == 0 ? 0 : (double) differenceMoment(point, cell, field, 1) / runs;
    }

    /** The 95% interval of the mean paired difference (Student t). */
    public ConfidenceInterval differenceInterval(int point, int cell, int field) {
        double mean = meanDifference(point, cell, field);
        if (runs < 2) {
            return new ConfidenceInterval(mean, mean, 0.95);
        }
        double ss = differenceMoment(point, cell, field, 2) - runs * mean * mean;
        double sd = Math.sqrt(Math.max(0, ss) / (runs - 1));
        double half = new TDistribution(null, runs - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(runs);
        return new ConfidenceInterval(mean - half, mean + half, 0.95);
    }

    /** The sum over runs of (level - first design point's level) to the power {@code power} (1 or 2). */
    private long differenceMoment(int point, int cell, int field, int power) {
        int base = slot(point, cell, field);
        long sum = 0;
        for (int first = 0; first < LEVELS; first++) {
            for (int level = 0; level < LEVELS; level++) {
                long diff = level - first;
                sum += (power == 1 ? diff : diff * diff) * pairs[base + first * LEVELS + level];
            }
        }
        return sum;
    }

    private int slot(int point, int cell, int field) {
        return ((point * cells + cell) * 2 + field) * PAIRS;
    }

    /** The state as numbers, for checkpoints: the runs, then the counts of pairs of levels. */
    long[] toArray() {
        long[] out = new long[1 + pairs.length];
        out[0] = runs;
        System.arraycopy(pairs, 0, out, 1, pairs.length);
        return out;
    }

    /** Restores the state from a checkpoint. */
    void fromArray(long[] in) {
        if (in.length != 1 + pairs.length) {
            throw new IllegalArgumentException("checkpoint has " + in.length + " numbers, expected "
                    + (1 + pairs.length));
        }
        runs = in[0];
        System.arraycopy(in, 1, pairs, 0, pairs.length);
    }
}
