package org.mandate.analysis.stats;

/** The mean and variance of a sample of model outputs, summed in order (so the same sample gives the same bits). */
public final class Moments {
    private Moments() {
    }

    /** The mean of {@code y}, 0 for no values. */
    public static double mean(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return y.length == 0 ? 0 : s / y.length;
    }

    /** The sample variance of {@code y} (divided by n - 1), 0 for fewer than two values. */
    public static double variance(double[] y) {
        double m = mean(y);
        double s = 0;
        for (double v : y) {
            s += (v - m) * (v - m);
        }
        return y.length < 2 ? 0 : s / (y.length - 1);
    }
}
