package org.mandate.analysis.backtest;

/**
 * A voting member's stance in one decision, as the model computed it: what the baselines build on.
 *
 * @param state      the member's state id
 * @param capability its power weight, above 0
 * @param ideal      its preferred level, 0 to 4
 */
public record Stance(String state, double capability, int ideal) {
    /** Checks the values. */
    public Stance {
        if (state == null || state.isBlank()) {
            throw new IllegalArgumentException("state must be a state id, was " + (state == null ? "null"
                    : "'" + state + "'"));
        }
        if (!(capability > 0) || Double.isInfinite(capability)) {
            throw new IllegalArgumentException("capability of " + state + " must be above 0, was " + capability);
        }
        Prediction.checkLevel("ideal of " + state, ideal);
    }
}
