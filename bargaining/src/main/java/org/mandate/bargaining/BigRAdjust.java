package org.mandate.bargaining;

/**
 * A BigRAdjust rule: how actor h perceives actor i's risk attitude {@code R_i}, as a mix of
 * h's own attitude {@code R_h} and the true one.
 *
 * <p>KTAB's default is {@link #ONE_THIRD}.
 */
public enum BigRAdjust {
    /** h assumes everyone shares its own attitude: {@code ρ = R_h}. */
    NONE("None"),
    /** {@code ρ = (2·R_h + R_i)/3}; KTAB's default. */
    ONE_THIRD("OneThird"),
    /** {@code ρ = (R_h + R_i)/2}. */
    HALF("Half"),
    /** {@code ρ = (R_h + 2·R_i)/3}. */
    TWO_THIRDS("TwoThirds"),
    /**
     * h knows the true attitude: {@code ρ = R_i}. KTAB aborts every run with this value (it
     * trips a sanity check), so the {@link Profile#KTAB} profile rejects it; the
     * {@link Profile#MANDATE} profile runs it.
     */
    FULL("Full");

    private final String ktabName;

    BigRAdjust(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "OneThird"}. */
    public String ktabName() {
        return ktabName;
    }

    /** Returns h's estimate of i's risk attitude, given {@code rh = R_h} and {@code ri = R_i}. */
    double perceive(double rh, double ri) {
        switch (this) {
            case NONE:
                return rh;
            case ONE_THIRD:
                return ((2 * rh) + ri) / 3;
            case HALF:
                return (rh + ri) / 2;
            case TWO_THIRDS:
                return (rh + (2 * ri)) / 3;
            case FULL:
                return ri;
            default:
                throw new AssertionError(this);
        }
    }
}
