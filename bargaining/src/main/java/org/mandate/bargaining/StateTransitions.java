package org.mandate.bargaining;

/**
 * A state-transition rule: how an actor picks one entry of its bargaining queue once the
 * entries have probabilities.
 *
 * <p>KTAB's default is {@link #DETERMINISTIC}.
 */
public enum StateTransitions {
    /**
     * Pick the entry with the largest probability; an exact tie goes to the entry that comes
     * first in the queue. KTAB's default.
     */
    DETERMINISTIC("Deterministic"),
    /**
     * Draw the entry at random with its probability. The engine draws one uniform number per
     * actor per turn, in actor order, from the run's seeded generator, so runs are
     * reproducible (KTAB's are not, because its threads share a generator).
     */
    STOCHASTIC("Stochastic");

    private final String ktabName;

    StateTransitions(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "Deterministic"}. */
    public String ktabName() {
        return ktabName;
    }
}
