package org.mandate.bargaining;

/**
 * A bargain-interpolation rule (KTAB's {@code InterVecBrgn}): how the compromise point of a
 * bargain between initiator i and target j is placed between their positions, given the
 * probability {@code P_I} that i would win.
 *
 * <p>KTAB's default is {@link #S2P2}.
 */
public enum BargainInterpolation {
    /**
     * Weights {@code s_ik·P_I} and {@code s_jk·P_J}; both points are rounded to 4 decimals on
     * [0, 1].
     */
    S1P1("S1P1"),
    /**
     * Weights {@code s_ik²·P_I²} and {@code s_jk²·P_J²}; both points are rounded to 4 decimals
     * on [0, 1]. KTAB's default.
     */
    S2P2("S2P2"),
    /** Only the side less likely to win moves toward the other, without rounding. */
    S2PMAX("S2PMax");

    private final String ktabName;

    BargainInterpolation(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "S2P2"}. */
    public String ktabName() {
        return ktabName;
    }
}
