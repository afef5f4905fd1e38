package org.mandate.analysis.backtest;

/**
 * The model's predicted distribution over the levels of one cell, from an ensemble of runs with jittered inputs.
 *
 * @param caseId       the case
 * @param episode      the episode
 * @param organization the organization
 * @param decided      probability of each decided level 0-4
 * @param implemented  probability of each implemented level 0-4
 */
public record Forecast(String caseId, String episode, String organization, double[] decided, double[] implemented) {
    /** Checks the distributions. */
    public Forecast {
        check(decided, "decided");
        check(implemented, "implemented");
        decided = decided.clone();
        implemented = implemented.clone();
    }

    private static void check(double[] p, String what) {
        if (p.length != 5) {
            throw new IllegalArgumentException(what + " needs 5 probabilities, had " + p.length);
        }
        double sum = 0;
        for (double v : p) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException(what + " probabilities must be 0 or more, had " + v);
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(what + " probabilities must sum to 1, summed to " + sum);
        }
    }

    /** The distribution of a measure. */
    public double[] of(Measure measure) {
        return measure == Measure.DECIDED ? decided.clone() : implemented.clone();
    }

    /** The key of a cell. */
    static String key(String caseId, String episode, String organization) {
        return caseId + "\u0000" + episode + "\u0000" + organization;
    }
}
