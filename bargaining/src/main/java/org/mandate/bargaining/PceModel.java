package org.mandate.bargaining;

/**
 * A probabilistic-Condorcet-election (PCE) model: how pairwise victory probabilities between
 * options become one probability per option of being the outcome.
 *
 * <p>KTAB's default is {@link #CONDITIONAL}.
 */
public enum PceModel {
    /**
     * The probability of an option is proportional to the product of its victory probabilities
     * against every option, itself included (which contributes ½); KTAB's default.
     */
    CONDITIONAL("Conditional"),
    /**
     * A Markov chain in which an option challenges another with a probability proportional to
     * the incentive {@code S(a,b)·V(a,b)}; iterated from the uniform distribution to a change of
     * at most 1e-8.
     */
    MARKOV_INCENTIVE("MarkovIncentive"),
    /**
     * A Markov chain in which every pair meets with the same probability; iterated from the
     * uniform distribution to a change of at most 1e-6.
     */
    MARKOV_UNIFORM("MarkovUniform");

    private final String ktabName;

    PceModel(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "Conditional"}. */
    public String ktabName() {
        return ktabName;
    }
}
