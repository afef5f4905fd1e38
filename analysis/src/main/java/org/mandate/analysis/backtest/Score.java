package org.mandate.analysis.backtest;

/**
 * Counts behind exact-level accuracy and mean absolute error on the 0-4 scale.
 *
 * @param n             the number of observed levels scored
 * @param exact         how many were predicted exactly
 * @param absoluteError the sum of |predicted - observed|
 */
public record Score(int n, int exact, int absoluteError) {
    /** No observations. */
    public static final Score EMPTY = new Score(0, 0, 0);

    /** Checks the counts. */
    public Score {
        if (n < 0 || exact < 0 || exact > n || absoluteError < 0 || absoluteError > 4 * n) {
            throw new IllegalArgumentException("a score needs 0 <= exact <= n and 0 <= absoluteError <= 4n, was n="
                    + n + ", exact=" + exact + ", absoluteError=" + absoluteError);
        }
    }

    /** The score of one prediction. */
    public static Score of(int observed, int predicted) {
        int error = Math.abs(predicted - observed);
        return new Score(1, error == 0 ? 1 : 0, error);
    }

    /** Both scores together. */
    public Score plus(Score other) {
        return new Score(n + other.n, exact + other.exact, absoluteError + other.absoluteError);
    }

    /** The share predicted exactly, or NaN when nothing was scored. */
    public double accuracy() {
        return n == 0 ? Double.NaN : (double) exact / n;
    }

    /** The mean absolute error, or NaN when nothing was scored. */
    public double mae() {
        return n == 0 ? Double.NaN : (double) absoluteError / n;
    }
}
