package org.mandate.analysis.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM's search as it was before the columns were sorted once: every peel step sorts the box's values in each
 * column and tests every candidate box row by row with {@link Bounds#contains}. The tests compare {@link Prim} with
 * it on random data.
 */
final class ReferencePrim {
    private final List<Column> columns;
    private final double[][] data;
    private final boolean[] outcome;
    private final PrimOptions options;
    private final int positives;

    ReferencePrim(List<Column> columns, double[][] data, boolean[] outcome, PrimOptions options) {
        this.columns = columns;
        this.data = data;
        this.outcome = outcome;
        this.options = options;
        int count = 0;
        for (boolean b : outcome) {
            if (b) {
                count++;
            }
        }
        this.positives = count;
    }

    /** A candidate change of the box: new bounds and the counts they give. */
    private record Candidate(Bounds bounds, int points, int hits) {
    }

    List<Bounds> peel() {
        List<Bounds> trajectory = new ArrayList<>();
        Bounds box = Bounds.whole(columns);
        trajectory.add(box);
        while (true) {
            int[] members = members(box);
            int hits = hits(members);
            if (hits == 0 || hits == members.length) {
                return trajectory;
            }
            Candidate best = null;
            double bestGain = Double.NEGATIVE_INFINITY;
            double density = (double) hits / members.length;
            for (Candidate candidate : peels(box, members)) {
                if (candidate.points < 1 || candidate.points < options.minMass() * data.length) {
                    continue;
                }
                double gain = ((double) candidate.hits / candidate.points - density)
                        / (members.length - candidate.points);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = candidate;
                }
            }
            if (best == null) {
                return trajectory;
            }
            box = best.bounds;
            trajectory.add(box);
        }
    }

    Bounds paste(Bounds start) {
        Bounds box = start;
        while (true) {
            int[] members = members(box);
            double density = (double) hits(members) / members.length;
            Candidate best = null;
            double bestDensity = Double.NEGATIVE_INFINITY;
            for (Candidate candidate : pastes(box, members.length)) {
                double candidateDensity = (double) candidate.hits / candidate.points;
                if (candidateDensity > bestDensity) {
                    bestDensity = candidateDensity;
                    best = candidate;
                }
            }
            if (best == null || bestDensity < density) {
                return box;
            }
            box = best.bounds;
        }
    }

    PrimBox describe(Bounds box) {
        int[] members = members(box);
        int hits = hits(members);
        return new PrimBox(box.restrictions(columns), members.length, hits, (double) hits / positives,
                (double) hits / members.length, (double) members.length / data.length);
    }

    private List<Candidate> peels(Bounds box, int[] members) {
        List<Candidate> candidates = new ArrayList<>();
        int m = members.length;
        int remove = Math.max(1, (int) Math.floor(options.peelAlpha() * m));
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) instanceof Column.Categorical categorical) {
                for (int k = 0; k < categorical.categories().size(); k++) {
                    if (box.allowed[c][k]) {
                        Bounds next = box.copy();
                        next.allowed[c][k] = false;
                        addIfSmaller(candidates, next, members);
                    }
                }
                continue;
            }
            double[] values = sortedValues(members, c);
            if (values[0] == values[m - 1]) {
                continue;
            }
            // Lower peel: drop every value below the first kept one; if ties at the minimum block that, drop
            // the tied minimum instead.
            double keptLow = values[remove];
            if (keptLow == values[0]) {
                keptLow = nextAbove(values, values[0]);
            }
            Bounds lower = box.copy();
            lower.lower[c] = between(nextBelow(values, keptLow), keptLow);
            addIfSmaller(candidates, lower, members);
            double keptHigh = values[m - 1 - remove];
            if (keptHigh == values[m - 1]) {
                keptHigh = nextBelow(values, values[m - 1]);
            }
            Bounds upper = box.copy();
            upper.upper[c] = between(nextAbove(values, keptHigh), keptHigh);
            addIfSmaller(candidates, upper, members);
        }
        return candidates;
    }

    private List<Candidate> pastes(Bounds box, int m) {
        List<Candidate> candidates = new ArrayList<>();
        int add = Math.max(1, (int) Math.floor(options.pasteAlpha() * m));
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) instanceof Column.Categorical categorical) {
                for (int k = 0; k < categorical.categories().size(); k++) {
                    if (!box.allowed[c][k]) {
                        Bounds next = box.copy();
                        next.allowed[c][k] = true;
                        addIfChanged(candidates, next, m);
                    }
                }
                continue;
            }
            double[] outside = valuesOutsideOnlyBy(box, c);
            double lowerBound = box.lower[c];
            double upperBound = box.upper[c];
            if (lowerBound != Double.NEGATIVE_INFINITY) {
                double[] below = Arrays.stream(outside).filter(v -> v <= lowerBound).sorted().toArray();
                if (below.length > 0) {
                    double newLowest = below[Math.max(0, below.length - add)];
                    Bounds next = box.copy();
                    next.lower[c] = newLowest == below[0]
                            ? Double.NEGATIVE_INFINITY : between(nextBelow(below, newLowest), newLowest);
                    addIfChanged(candidates, next, m);
                }
            }
            if (upperBound != Double.POSITIVE_INFINITY) {
                double[] above = Arrays.stream(outside).filter(v -> v >= upperBound).sorted().toArray();
                if (above.length > 0) {
                    double newHighest = above[Math.min(above.length - 1, add - 1)];
                    Bounds next = box.copy();
                    next.upper[c] = newHighest == above[above.length - 1]
                            ? Double.POSITIVE_INFINITY : between(nextAbove(above, newHighest), newHighest);
                    addIfChanged(candidates, next, m);
                }
            }
        }
        return candidates;
    }

    private void addIfChanged(List<Candidate> candidates, Bounds bounds, int before) {
        int[] members = members(bounds);
        if (members.length != before) {
            candidates.add(new Candidate(bounds, members.length, hits(members)));
        }
    }

    /** Adds a peel if it removes any of the box's {@code members}; a peel can only remove, so only they count. */
    private void addIfSmaller(List<Candidate> candidates, Bounds bounds, int[] members) {
        int points = 0;
        int hits = 0;
        for (int r : members) {
            if (bounds.contains(data[r])) {
                points++;
                if (outcome[r]) {
                    hits++;
                }
            }
        }
        if (points != members.length) {
            candidates.add(new Candidate(bounds, points, hits));
        }
    }

    /** Returns the values in column c of the rows outside the box that every other restriction admits. */
    private double[] valuesOutsideOnlyBy(Bounds box, int c) {
        List<Double> values = new ArrayList<>();
        for (double[] row : data) {
            if (!box.contains(row, c) && containsExcept(box, row, c)) {
                values.add(row[c]);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private int[] members(Bounds box) {
        int count = 0;
        int[] members = new int[data.length];
        for (int r = 0; r < data.length; r++) {
            if (box.contains(data[r])) {
                members[count++] = r;
            }
        }
        return Arrays.copyOf(members, count);
    }

    private int hits(int[] members) {
        int hits = 0;
        for (int r : members) {
            if (outcome[r]) {
                hits++;
            }
        }
        return hits;
    }

    private double[] sortedValues(int[] members, int c) {
        double[] values = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            values[i] = data[members[i]][c];
        }
        Arrays.sort(values);
        return values;
    }

    /** Returns the largest value of ascending {@code values} below {@code value}. */
    private static double nextBelow(double[] values, double value) {
        int i = Arrays.binarySearch(values, value);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && values[i - 1] >= value) {
            i--;
        }
        return values[i - 1];
    }

    /** Returns the smallest value of ascending {@code values} above {@code value}. */
    private static double nextAbove(double[] values, double value) {
        int i = Arrays.binarySearch(values, value);
        if (i < 0) {
            i = -i - 2;
        }
        while (i < values.length - 1 && values[i + 1] <= value) {
            i++;
        }
        return values[i + 1];
    }

    /**
     * Returns a bound strictly between the {@code removed} and {@code kept} values, halfway where the doubles
     * allow; for adjacent doubles, the removed value itself, which strict bounds exclude.
     */
    private static double between(double removed, double kept) {
        double middle = removed + (kept - removed) / 2;
        if (middle > Math.min(removed, kept) && middle < Math.max(removed, kept)) {
            return middle;
        }
        return removed;
    }

    private static boolean containsExcept(Bounds box, double[] row, int except) {
        for (int c = 0; c < row.length; c++) {
            if (c != except && !box.contains(row, c)) {
                return false;
            }
        }
        return true;
    }
}
