package org.mandate.analysis.ensemble;

import org.mandate.analysis.sampling.Distribution;

/**
 * A fast inverse CDF for distributions whose exact quantile is slow to compute (beta, truncated normal): the exact
 * quantile tabulated once at {@link #POINTS} + 1 probabilities that crowd towards 0 and 1 (u = (1 - cos(pi t)) / 2 for
 * equally spaced t), then interpolated linearly. For the smooth distributions it serves, the error is far below the
 * six decimals the ensemble records.
 *
 * <p>Finding t for a probability takes an arc cosine. {@link #rounded} computes it from square roots and a small
 * table of arc sines instead of the library's arc cosine, which is several times slower, and gives exactly the value
 * {@link #quantile} rounded to six decimals gives: the two arc cosines differ by a few units in the last place, far
 * less than the {@link #MARGIN} within which a value so close to the midpoint between two six-decimal values that
 * they could round apart is computed again the library's way.
 */
final class TabulatedQuantile {
    /** Intervals in the table. */
    static final int POINTS = 4096;
    /** How close, in millionths, to the midpoint between two six-decimal values a value is computed exactly. */
    static final double MARGIN = 1e-3;

    private static final int GRID = 64;
    // arc sines, and the cosines of those angles, at s = j / GRID for s up to 1/2
    private static final double[] ASIN = new double[GRID / 2 + 1];
    private static final double[] COS = new double[ASIN.length];

    static {
        for (int j = 0; j < ASIN.length; j++) {
            double s = (double) j / GRID;
            ASIN[j] = StrictMath.asin(s);
            COS[j] = StrictMath.sqrt(1 - s * s);
        }
    }

    private final double[] table = new double[POINTS + 1];

    TabulatedQuantile(Distribution exact) {
        for (int i = 0; i <= POINTS; i++) {
            double t = (double) i / POINTS;
            double u = i == 0 ? 0 : i == POINTS ? 1 : (1 - Math.cos(Math.PI * t)) / 2;
            table[i] = exact.quantile(u);
        }
    }

    /** The interpolated quantile, with the library's arc cosine. */
    double quantile(double u) {
        return interpolate(Math.acos(1 - 2 * Math.max(0, Math.min(1, u))) / Math.PI * POINTS);
    }

    /** {@code EnsembleSetup.round(quantile(u))}, bit for bit, without the library's arc cosine (but rarely). */
    double rounded(double u) {
        double v = interpolate(acos(1 - 2 * Math.max(0, Math.min(1, u))) / Math.PI * POINTS);
        double scaled = v * 1e6;
        if (Math.abs(scaled - Math.floor(scaled) - 0.5) < MARGIN) {
            return EnsembleSetup.round(quantile(u));
        }
        return EnsembleSetup.round(v);
    }

    private double interpolate(double t) {
        int i = Math.min(POINTS - 1, (int) t);
        double f = t - i;
        return table[i] + f * (table[i + 1] - table[i]);
    }

    /**
     * The arc cosine of x in [-1, 1], within a few units in the last place: pi/2 minus the arc sine near 0, twice the
     * arc sine of the half angle towards 1 and -1 (where 1 - |x| is exact).
     */
    static double acos(double x) {
        if (x > 0.5) {
            return 2 * asin(Math.sqrt((1 - x) * 0.5));
        }
        if (x < -0.5) {
            return Math.PI - 2 * asin(Math.sqrt((1 + x) * 0.5));
        }
        return x >= 0 ? Math.PI / 2 - asin(x) : Math.PI / 2 + asin(-x);
    }

    /**
     * The arc sine of s in [0, 1/2]: the tabulated arc sine of the nearest grid point plus the arc sine of the
     * sine of the small difference (sin(a - b) = sin a cos b - cos a sin b), from its Taylor series.
     */
    private static double asin(double s) {
        int j = (int) (s * GRID + 0.5);
        double d = s * COS[j] - Math.sqrt(1 - s * s) * ((double) j / GRID);
        double d2 = d * d;
        return ASIN[j] + d * (1 + d2 * (1.0 / 6 + d2 * (3.0 / 40 + d2 * (5.0 / 112 + d2 * (35.0 / 1152)))));
    }
}
