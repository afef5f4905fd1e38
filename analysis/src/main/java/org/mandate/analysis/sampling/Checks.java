package org.mandate.analysis.sampling;

/** Argument checks shared by the distributions and designs of this package, each naming the bad value. */
final class Checks {
    private Checks() {
    }

    static void finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, was " + value);
        }
    }

    static void probability(double u) {
        if (!(u >= 0.0 && u <= 1.0)) {
            throw new IllegalArgumentException("u must be in [0, 1], was " + u);
        }
    }

    static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
    }

    static void row(int row, int rows) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row must be in [0, " + rows + "), was " + row);
        }
    }
}
