package org.mandate.analysis.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mutable bounds of a box during a PRIM search: an open interval per column and allowed categories. */
final class Bounds {
    final double[] lower;
    final double[] upper;
    final boolean[][] allowed;

    private Bounds(double[] lower, double[] upper, boolean[][] allowed) {
        this.lower = lower;
        this.upper = upper;
        this.allowed = allowed;
    }

    static Bounds whole(List<Column> columns) {
        int d = columns.size();
        double[] lower = new double[d];
        double[] upper = new double[d];
        boolean[][] allowed = new boolean[d][];
        Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        for (int c = 0; c < d; c++) {
            if (columns.get(c) instanceof Column.Categorical categorical) {
                allowed[c] = new boolean[categorical.categories().size()];
                Arrays.fill(allowed[c], true);
            }
        }
        return new Bounds(lower, upper, allowed);
    }

    Bounds copy() {
        boolean[][] allowedCopy = new boolean[allowed.length][];
        for (int c = 0; c < allowed.length; c++) {
            allowedCopy[c] = allowed[c] == null ? null : allowed[c].clone();
        }
        return new Bounds(lower.clone(), upper.clone(), allowedCopy);
    }

    boolean contains(double[] row) {
        for (int c = 0; c < row.length; c++) {
            if (!contains(row, c)) {
                return false;
            }
        }
        return true;
    }

    boolean contains(double[] row, int c) {
        double value = row[c];
        return allowed[c] != null ? allowed[c][(int) value] : value > lower[c] && value < upper[c];
    }

    /**
     * Returns -1 if the row lies in the box, c if it lies outside by column c's restriction alone, and the number
     * of columns if by two or more.
     */
    int outsideBy(double[] row) {
        int by = -1;
        for (int c = 0; c < row.length; c++) {
            if (!contains(row, c)) {
                if (by >= 0) {
                    return row.length;
                }
                by = c;
            }
        }
        return by;
    }

    List<Restriction> restrictions(List<Column> columns) {
        List<Restriction> restrictions = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column instanceof Column.Categorical categorical) {
                List<String> labels = new ArrayList<>();
                List<Integer> indices = new ArrayList<>();
                for (int k = 0; k < allowed[c].length; k++) {
                    if (allowed[c][k]) {
                        labels.add(categorical.categories().get(k));
                        indices.add(k);
                    }
                }
                if (labels.size() < allowed[c].length) {
                    restrictions.add(new Restriction.Subset(c, column.name(), labels, indices));
                }
            } else if (lower[c] != Double.NEGATIVE_INFINITY || upper[c] != Double.POSITIVE_INFINITY) {
                restrictions.add(new Restriction.Range(c, column.name(), lower[c], upper[c]));
            }
        }
        return restrictions;
    }
}
