package org.mandate.bargaining;

/**
 * A voting rule: the vote of an actor with weight {@code w} for option a over option b, given
 * the utility difference {@code Δ = U_a − U_b}.
 *
 * <p>KTAB's default is {@link #PROP}. The rule applies everywhere a vote is cast: risk
 * attitudes, challenges, queue resolution and reported probabilities.
 */
public enum VotingRule {
    /** {@code w·clamp(Δ/1e-8, −1, 1)}: a full vote for any noticeable preference. */
    BINARY("Binary"),
    /** {@code w·(0.8·Δ + 0.2·clamp(Δ/1e-8, −1, 1))}. */
    PROP_BIN("PropBin"),
    /** {@code w·Δ}; KTAB's default. */
    PROP("Prop"),
    /** {@code w·(0.5·Δ + 0.5·Δ³)}. */
    PROP_CBC("PropCbc"),
    /**
     * {@code w·Δ} for a loss ({@code Δ < 0}) and {@code 2·w·Δ/3} for a gain: losses loom
     * larger. The rule is not antisymmetric, so the result depends on which option is "a"; the
     * engine always votes "later option over earlier option" in a fixed order (status quo
     * first), which makes its runs reproducible.
     */
    ASYM_PROSP("ASymProsp"),
    /** {@code w·Δ³}. */
    CUBIC("Cubic");

    private final String ktabName;

    VotingRule(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "Prop"}. */
    public String ktabName() {
        return ktabName;
    }

    /**
     * Returns the vote of an actor with weight {@code w} for an option of utility {@code ua}
     * over one of utility {@code ub}.
     */
    double vote(double w, double ua, double ub) {
        double delta = ua - ub;
        switch (this) {
            case PROP:
                return w * delta;
            case BINARY:
                return w * clampUnit(delta / 1e-8);
            case PROP_BIN:
                return w * (0.8 * delta + 0.2 * clampUnit(delta / 1e-8));
            case PROP_CBC:
                return w * (0.5 * delta + 0.5 * delta * delta * delta);
            case CUBIC:
                return w * (delta * delta * delta);
            case ASYM_PROSP:
                if (delta < 0) {
                    return w * delta;
                }
                return delta > 0 ? (2 * w * delta) / 3 : 0.0;
            default:
                throw new AssertionError(this);
        }
    }

    private static double clampUnit(double x) {
        return x < -1 ? -1 : (x > 1 ? 1 : x);
    }
}
