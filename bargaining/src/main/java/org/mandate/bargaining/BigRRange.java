package org.mandate.bargaining;

/**
 * A BigRRange rule: the range onto which risk attitudes are mapped from the risk-neutral
 * probabilities {@code p} of the actors' positions.
 *
 * <p>The likeliest position gets the top of the range (most risk averse) and the least likely
 * the bottom. KTAB's default is {@link #MID}.
 */
public enum BigRRange {
    /** {@code R_i = (p_i − p_min)/(p_max − p_min)}, range [0, 1]. */
    MIN("Min"),
    /** {@code R_i = (3·p_i − (p_max + 2·p_min))/(2·(p_max − p_min))}, range [−½, 1]; KTAB's default. */
    MID("Mid"),
    /** {@code R_i = (2·p_i − p_max − p_min)/(p_max − p_min)}, range [−1, 1]. */
    MAX("Max");

    private final String ktabName;

    BigRRange(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "Mid"}. */
    public String ktabName() {
        return ktabName;
    }

    /** Returns the risk attitude for probability {@code p}, given the extremes of all p. */
    double riskAttitude(double p, double pMin, double pMax) {
        switch (this) {
            case MIN:
                return (p - pMin) / (pMax - pMin);
            case MID:
                return (3 * p - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
            case MAX:
                return (2 * p - pMax - pMin) / (pMax - pMin);
            default:
                throw new AssertionError(this);
        }
    }
}
