package org.mandate.analysis.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery: it finds a box in the input
 * space, described by a few readable rules, inside which an outcome of interest is much more common than overall.
 *
 * <p>The search runs in two phases.
 * <ol>
 *   <li><b>Peeling</b>, from the whole space: each step considers, for every continuous column, removing the
 *   {@code peelAlpha} share of the box's points with the lowest values and, separately, with the highest; and for
 *   every categorical column, removing one of the categories still in the box. It takes the candidate with the
 *   largest gain in density per point removed (the criterion the EMA workbench calls lenient1; for peels of equal
 *   size it ranks candidates as Friedman and Fisher's density after the peel does, and it keeps a categorical peel,
 *   which may remove far more than {@code peelAlpha}, from winning by size), provided the box keeps at least
 *   {@code minMass} of all points. Peeling stops when no candidate qualifies or the density is 0 or 1. Every box
 *   along the way is kept: the peeling trajectory trades coverage for density.</li>
 *   <li><b>Pasting</b>, of the box chosen from the trajectory (see {@link PrimResult}): each step considers
 *   widening one bound by about {@code pasteAlpha} of the box's points, or adding back one category, and takes the
 *   candidate with the highest resulting density, as long as that density is not below the current one.</li>
 * </ol>
 * Continuous bounds lie halfway between the last value kept and the first removed; ties in a column are never
 * split. Candidates are considered in column order, the lower bound before the upper, categories in label order,
 * and the first of equal candidates wins, so the result depends only on the data.
 */
public final class Prim {
    private Prim() {
    }

    /** Runs PRIM with {@link PrimOptions#defaults()}. */
    public static PrimResult run(List<? extends Column> columns, double[][] inputs, boolean[] outcome) {
        return run(columns, inputs, outcome, PrimOptions.defaults());
    }

    /**
     * Peels from the whole input space and returns the peeling trajectory, from which a box is chosen and pasted.
     *
     * @param columns one description per input column
     * @param inputs the rows of inputs, each with one value per column: finite numbers for a continuous column,
     *     category indices for a categorical one
     * @param outcome per row, whether its outcome is of interest; at least one row must be
     * @param options the peeling and pasting settings
     * @throws IllegalArgumentException if the data are inconsistent, naming the first bad row and value
     */
    public static PrimResult run(
            List<? extends Column> columns, double[][] inputs, boolean[] outcome, PrimOptions options) {
        List<Column> cols = List.copyOf(columns);
        double[][] data = validate(cols, inputs, outcome);
        boolean[] target = outcome.clone();
        Search search = new Search(cols, data, target, options);
        return new PrimResult(cols, options, search, search.peel());
    }

    private static double[][] validate(List<Column> columns, double[][] inputs, boolean[] outcome) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("PRIM needs at least one column, had 0");
        }
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException(
                        "column names must be distinct, \"" + column.name() + "\" appears twice");
            }
        }
        if (inputs.length == 0) {
            throw new IllegalArgumentException("PRIM needs at least one row, had 0");
        }
        if (outcome.length != inputs.length) {
            throw new IllegalArgumentException("outcome must have one value per row, " + inputs.length
                    + " rows but " + outcome.length + " outcomes");
        }
        double[][] data = new double[inputs.length][];
        int positives = 0;
        for (int r = 0; r < inputs.length; r++) {
            if (inputs[r].length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " must have " + columns.size()
                        + " values, had " + inputs[r].length);
            }
            data[r] = inputs[r].clone();
            for (int c = 0; c < columns.size(); c++) {
                double value = data[r][c];
                if (columns.get(c) instanceof Column.Categorical categorical) {
                    int count = categorical.categories().size();
                    if (!(value >= 0 && value < count && value == Math.rint(value))) {
                        throw new IllegalArgumentException("column " + categorical.name() + " is categorical with "
                                + count + " categories, so its values must be integers in [0, " + (count - 1)
                                + "]; row " + r + " has " + value);
                    }
                } else if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("column " + columns.get(c).name()
                            + " is continuous, so its values must be finite; row " + r + " has " + value);
                }
            }
            if (outcome[r]) {
                positives++;
            }
        }
        if (positives == 0) {
            throw new IllegalArgumentException(
                    "outcome must be true in at least one row, was true in none of " + inputs.length);
        }
        return data;
    }

    /**
     * The state of one search over fixed data: peeling and pasting of mutable bounds.
     *
     * <p>Peeling sorts each continuous column once (row indices by value) and keeps, for every continuous column,
     * the box's rows in that order with their values; after each step it drops the rows peeled off from every
     * column's list, keeping the order. A peel candidate is then counted on the rows it removes only (a prefix or a
     * suffix of the column's list, or the rows of one category), and the lists hold exactly the sorted values the
     * box's rows have, so the bounds and counts are those of sorting the box's values afresh at each step and
     * testing every row against every candidate box. Pasting counts, in one pass per step, the rows outside the box
     * by exactly one restriction; only they can enter a widened box.
     */
    static final class Search {
        private static final int RADIX_BITS = 11;
        private static final long RADIX_MASK = (1L << RADIX_BITS) - 1;

        private final List<Column> columns;
        private final double[][] data;
        private final boolean[] outcome;
        private final PrimOptions options;
        private final int positives;

        Search(List<Column> columns, double[][] data, boolean[] outcome, PrimOptions options) {
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

        /** A box of the peeling trajectory, with the counts of rows and hits it holds. */
        record Step(Bounds bounds, int points, int hits) {
        }

        List<Step> peel() {
            int n = data.length;
            int d = columns.size();
            // For each continuous column, the box's rows in ascending order of value (first m entries valid);
            // for each categorical column, its values by row.
            int[][] rows = new int[d][];
            double[][] values = new double[d][];
            double[][] categories = new double[d][];
            for (int c = 0; c < d; c++) {
                double[] column = new double[n];
                for (int r = 0; r < n; r++) {
                    column[r] = data[r][c];
                }
                if (columns.get(c) instanceof Column.Categorical) {
                    categories[c] = column;
                } else {
                    rows[c] = new int[n];
                    values[c] = new double[n];
                    sort(column, rows[c], values[c]);
                }
            }
            int[] members = new int[n];
            for (int r = 0; r < n; r++) {
                members[r] = r;
            }
            boolean[] live = new boolean[n];
            Arrays.fill(live, true);
            int m = n;
            int hits = positives;
            List<Step> trajectory = new ArrayList<>();
            Bounds box = Bounds.whole(columns);
            trajectory.add(new Step(box, m, hits));
            int[][] categoryPoints = new int[d][];
            int[][] categoryHits = new int[d][];
            while (true) {
                if (hits == 0 || hits == m) {
                    return trajectory;
                }
                double density = (double) hits / m;
                int remove = Math.max(1, (int) Math.floor(options.peelAlpha() * m));
                Peel best = new Peel();
                for (int c = 0; c < d; c++) {
                    if (columns.get(c) instanceof Column.Categorical categorical) {
                        int size = categorical.categories().size();
                        int[] points = categoryPoints[c] = new int[size];
                        int[] inside = categoryHits[c] = new int[size];
                        double[] column = categories[c];
                        for (int x = 0; x < m; x++) {
                            int r = members[x];
                            int k = (int) column[r];
                            points[k]++;
                            if (outcome[r]) {
                                inside[k]++;
                            }
                        }
                        for (int k = 0; k < size; k++) {
                            if (box.allowed[c][k] && points[k] > 0) {
                                int keep = m - points[k];
                                int keepHits = hits - inside[k];
                                if (qualifies(keep)) {
                                    best.offer(((double) keepHits / keep - density) / (m - keep), c, k, 0, 0, keep,
                                            keepHits);
                                }
                            }
                        }
                        continue;
                    }
                    double[] v = values[c];
                    int[] order = rows[c];
                    if (v[0] == v[m - 1]) {
                        continue;
                    }
                    // Lower peel: drop every value below the first kept one; if ties at the minimum block that,
                    // drop the tied minimum instead.
                    double keptLow = v[remove];
                    if (keptLow == v[0]) {
                        keptLow = nextAbove(v, m, v[0]);
                    }
                    double lower = between(nextBelow(v, m, keptLow), keptLow);
                    int removed = 0;
                    int removedHits = 0;
                    while (removed < m && !(v[removed] > lower)) {
                        if (outcome[order[removed]]) {
                            removedHits++;
                        }
                        removed++;
                    }
                    if (removed > 0 && qualifies(m - removed)) {
                        best.offer(((double) (hits - removedHits) / (m - removed) - density) / removed, c, -1, lower,
                                removed, m - removed, hits - removedHits);
                    }
                    double keptHigh = v[m - 1 - remove];
                    if (keptHigh == v[m - 1]) {
                        keptHigh = nextBelow(v, m, v[m - 1]);
                    }
                    double upper = between(nextAbove(v, m, keptHigh), keptHigh);
                    removed = 0;
                    removedHits = 0;
                    while (removed < m && !(v[m - 1 - removed] < upper)) {
                        if (outcome[order[m - 1 - removed]]) {
                            removedHits++;
                        }
                        removed++;
                    }
                    if (removed > 0 && qualifies(m - removed)) {
                        best.offer(((double) (hits - removedHits) / (m - removed) - density) / removed, c, -2, upper,
                                removed, m - removed, hits - removedHits);
                    }
                }
                if (best.column < 0) {
                    return trajectory;
                }
                Bounds next = box.copy();
                if (best.kind == -1) {
                    next.lower[best.column] = best.bound;
                    for (int x = 0; x < best.removed; x++) {
                        live[rows[best.column][x]] = false;
                    }
                } else if (best.kind == -2) {
                    next.upper[best.column] = best.bound;
                    for (int x = m - best.removed; x < m; x++) {
                        live[rows[best.column][x]] = false;
                    }
                } else {
                    next.allowed[best.column][best.kind] = false;
                    for (int x = 0; x < m; x++) {
                        if ((int) categories[best.column][members[x]] == best.kind) {
                            live[members[x]] = false;
                        }
                    }
                }
                for (int c = 0; c < d; c++) {
                    if (rows[c] != null) {
                        compact(rows[c], values[c], m, live);
                    }
                }
                compact(members, null, m, live);
                m = best.points;
                hits = best.hits;
                box = next;
                trajectory.add(new Step(box, m, hits));
            }
        }

        /** Whether a peeled box of {@code points} rows keeps enough of the data. */
        private boolean qualifies(int points) {
            return !(points < 1 || points < options.minMass() * data.length);
        }

        /** Keeps, in order, the first {@code m} entries of {@code rows} (and their values) whose rows are live. */
        private static void compact(int[] rows, double[] values, int m, boolean[] live) {
            int kept = 0;
            for (int x = 0; x < m; x++) {
                int r = rows[x];
                if (live[r]) {
                    rows[kept] = r;
                    if (values != null) {
                        values[kept] = values[x];
                    }
                    kept++;
                }
            }
        }

        /**
         * Fills {@code rows} with the rows in ascending order of their values in {@code column}, in the order of
         * {@link Double#compare} (that of {@link Arrays#sort(double[])}), and {@code values} with their values.
         * Sorts, by a radix sort of their high bits, keys that hold the value's order in their high bits and the
         * row in the low bits, then sorts exactly each run of rows whose keys' high bits tie and whose values are
         * out of order.
         */
        private static void sort(double[] column, int[] rows, double[] values) {
            int n = column.length;
            int rowBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
            long rowMask = (1L << rowBits) - 1;
            long[] keys = new long[n];
            for (int r = 0; r < n; r++) {
                keys[r] = (orderedBits(column[r]) & ~rowMask) | r;
            }
            radixSort(keys, rowBits);
            for (int k = 0; k < n; k++) {
                int r = (int) (keys[k] & rowMask);
                rows[k] = r;
                values[k] = column[r];
            }
            int start = 0;
            boolean sorted = true;
            for (int k = 1; k <= n; k++) {
                if (k == n || (keys[k] & ~rowMask) != (keys[start] & ~rowMask)) {
                    if (!sorted) {
                        sortRun(rows, values, start, k, column);
                    }
                    start = k;
                    sorted = true;
                } else {
                    sorted &= Double.compare(values[k - 1], values[k]) <= 0;
                }
            }
        }

        /** Sorts rows[from, to) by their values in {@code column}, and puts those values in values[from, to). */
        private static void sortRun(int[] rows, double[] values, int from, int to, double[] column) {
            Integer[] run = new Integer[to - from];
            for (int k = from; k < to; k++) {
                run[k - from] = rows[k];
            }
            Arrays.sort(run, (a, b) -> Double.compare(column[a], column[b]));
            for (int k = from; k < to; k++) {
                rows[k] = run[k - from];
                values[k] = column[rows[k]];
            }
        }

        /** Returns a long whose unsigned order is the order of {@link Double#compare} on finite values. */
        private static long orderedBits(double value) {
            long bits = Double.doubleToLongBits(value);
            return bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }

        /** Sorts {@code keys} stably by their bits from {@code low} up, read as an unsigned number. */
        private static void radixSort(long[] keys, int low) {
            int n = keys.length;
            long[] source = keys;
            long[] target = new long[n];
            int[] count = new int[1 << RADIX_BITS];
            for (int shift = low; shift < 64; shift += RADIX_BITS) {
                Arrays.fill(count, 0);
                for (long key : source) {
                    count[(int) ((key >>> shift) & RADIX_MASK)]++;
                }
                if (count[(int) ((source[0] >>> shift) & RADIX_MASK)] == n) {
                    continue;
                }
                int start = 0;
                for (int digit = 0; digit < count.length; digit++) {
                    int size = count[digit];
                    count[digit] = start;
                    start += size;
                }
                for (long key : source) {
                    target[count[(int) ((key >>> shift) & RADIX_MASK)]++] = key;
                }
                long[] swap = source;
                source = target;
                target = swap;
            }
            if (source != keys) {
                System.arraycopy(source, 0, keys, 0, n);
            }
        }

        Bounds paste(Bounds start) {
            int n = data.length;
            int d = columns.size();
            int[] outsideBy = new int[n];
            Bounds box = start;
            while (true) {
                // For each row: -1 inside the box, c when outside by column c's restriction alone, else d.
                int m = 0;
                int hits = 0;
                int[] count = new int[d + 1];
                for (int r = 0; r < n; r++) {
                    int by = box.outsideBy(data[r]);
                    outsideBy[r] = by;
                    if (by < 0) {
                        m++;
                        if (outcome[r]) {
                            hits++;
                        }
                    } else {
                        count[by]++;
                    }
                }
                int[][] outside = new int[d][];
                for (int c = 0; c < d; c++) {
                    outside[c] = new int[count[c]];
                }
                int[] fill = new int[d];
                for (int r = 0; r < n; r++) {
                    int by = outsideBy[r];
                    if (by >= 0 && by < d) {
                        outside[by][fill[by]++] = r;
                    }
                }
                double density = (double) hits / m;
                int add = Math.max(1, (int) Math.floor(options.pasteAlpha() * m));
                Bounds best = null;
                double bestDensity = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < d; c++) {
                    List<Bounds> candidates = new ArrayList<>(2);
                    if (columns.get(c) instanceof Column.Categorical categorical) {
                        for (int k = 0; k < categorical.categories().size(); k++) {
                            if (!box.allowed[c][k]) {
                                Bounds next = box.copy();
                                next.allowed[c][k] = true;
                                candidates.add(next);
                            }
                        }
                    } else {
                        double[] values = new double[outside[c].length];
                        for (int x = 0; x < values.length; x++) {
                            values[x] = data[outside[c][x]][c];
                        }
                        double lowerBound = box.lower[c];
                        double upperBound = box.upper[c];
                        if (lowerBound != Double.NEGATIVE_INFINITY) {
                            double[] below = Arrays.stream(values).filter(v -> v <= lowerBound).sorted().toArray();
                            if (below.length > 0) {
                                double newLowest = below[Math.max(0, below.length - add)];
                                Bounds next = box.copy();
                                next.lower[c] = newLowest == below[0] ? Double.NEGATIVE_INFINITY
                                        : between(nextBelow(below, below.length, newLowest), newLowest);
                                candidates.add(next);
                            }
                        }
                        if (upperBound != Double.POSITIVE_INFINITY) {
                            double[] above = Arrays.stream(values).filter(v -> v >= upperBound).sorted().toArray();
                            if (above.length > 0) {
                                double newHighest = above[Math.min(above.length - 1, add - 1)];
                                Bounds next = box.copy();
                                next.upper[c] = newHighest == above[above.length - 1] ? Double.POSITIVE_INFINITY
                                        : between(nextAbove(above, above.length, newHighest), newHighest);
                                candidates.add(next);
                            }
                        }
                    }
                    // A widened box holds the box's rows and those outside by column c alone that it admits.
                    for (Bounds next : candidates) {
                        int gained = 0;
                        int gainedHits = 0;
                        for (int r : outside[c]) {
                            if (next.contains(data[r], c)) {
                                gained++;
                                if (outcome[r]) {
                                    gainedHits++;
                                }
                            }
                        }
                        if (gained != 0) {
                            double candidateDensity = (double) (hits + gainedHits) / (m + gained);
                            if (candidateDensity > bestDensity) {
                                bestDensity = candidateDensity;
                                best = next;
                            }
                        }
                    }
                }
                if (best == null || bestDensity < density) {
                    return box;
                }
                box = best;
            }
        }

        PrimBox describe(Bounds box, int points, int hits) {
            return new PrimBox(box.restrictions(columns), points, hits, (double) hits / positives,
                    (double) hits / points, (double) points / data.length);
        }

        PrimBox describe(Bounds box) {
            int points = 0;
            int hits = 0;
            for (int r = 0; r < data.length; r++) {
                if (box.contains(data[r])) {
                    points++;
                    if (outcome[r]) {
                        hits++;
                    }
                }
            }
            return describe(box, points, hits);
        }

        /** Returns the largest of the first {@code m} ascending {@code values} below {@code value}. */
        private static double nextBelow(double[] values, int m, double value) {
            int i = Arrays.binarySearch(values, 0, m, value);
            if (i < 0) {
                i = -i - 1;
            }
            while (i > 0 && values[i - 1] >= value) {
                i--;
            }
            return values[i - 1];
        }

        /** Returns the smallest of the first {@code m} ascending {@code values} above {@code value}. */
        private static double nextAbove(double[] values, int m, double value) {
            int i = Arrays.binarySearch(values, 0, m, value);
            if (i < 0) {
                i = -i - 2;
            }
            while (i < m - 1 && values[i + 1] <= value) {
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
    }

    /**
     * The best peel of a step so far: its gain, column, kind (-1 the lower end, -2 the upper end, else the category
     * dropped), bound, how many rows it removes from the start or end of the column's sorted list, and the points and
     * hits left in the box after it. A later candidate replaces it only with a strictly greater gain.
     */
    private static final class Peel {
        double gain = Double.NEGATIVE_INFINITY;
        int column = -1;
        int kind;
        double bound;
        int removed;
        int points;
        int hits;

        void offer(double gain, int column, int kind, double bound, int removed, int points, int hits) {
            if (gain > this.gain) {
                this.gain = gain;
                this.column = column;
                this.kind = kind;
                this.bound = bound;
                this.removed = removed;
                this.points = points;
                this.hits = hits;
            }
        }
    }
}
