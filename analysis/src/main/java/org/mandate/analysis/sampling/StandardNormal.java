package org.mandate.analysis.sampling;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution's cumulative distribution function and its inverse, accurate far into the tails.
 *
 * <p>The quantile starts from Acklam's rational approximation (relative error below 1.15e-9) and takes one Halley
 * step against the complementary error function, which brings it to about machine precision for probabilities down
 * to the smallest normal double. The plain {@code erfInv(2p - 1)} form loses most of its digits below p = 1e-8.
 */
final class StandardNormal {
    private static final double[] A = {
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    };
    private static final double[] B = {
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01,
    };
    private static final double[] C = {
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00,
    };
    private static final double LOW = 0.02425;
    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

    private StandardNormal() {
    }

    /** Returns P(Z <= x), computed from the complementary error function so the lower tail keeps its digits. */
    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT_2);
    }

    /** Returns the x with P(Z <= x) = p; infinite at 0 and 1. */
    static double quantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (p > 0.5) {
            return -quantile(1.0 - p);
        }
        double x;
        if (p < LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        }
        double e = cdf(x) - p;
        if (e != 0 && Double.isFinite(x)) {
            double u = e * SQRT_2PI * Math.exp(x * x / 2);
            double step = u / (1 + x * u / 2);
            if (Double.isFinite(step)) {
                x -= step;
            }
        }
        return x;
    }
}
