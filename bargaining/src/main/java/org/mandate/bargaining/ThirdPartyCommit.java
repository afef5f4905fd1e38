package org.mandate.bargaining;

/**
 * A third-party commitment rule: what a third party that joins a side of a challenge expects
 * to happen to its own position.
 *
 * <p>KTAB's default is {@link #SEMI_COMMIT}. Under the {@link Profile#KTAB} profile a third
 * party scores both ways of joining with the same probability that the challenger wins, so
 * under {@link #NO_COMMIT} and {@link #FULL_COMMIT} the two ways score the same and third
 * parties never contribute (KTAB quirk 1). The {@link Profile#MANDATE} profile uses the
 * probability given the side joined, so third parties contribute under all three rules.
 */
public enum ThirdPartyCommit {
    /** The third party keeps its position whoever wins. */
    NO_COMMIT("NoCommit"),
    /**
     * The third party keeps its position if its side wins and moves to the winner's position if
     * its side loses; KTAB's default.
     */
    SEMI_COMMIT("SemiCommit"),
    /** The third party moves to the winner's position whoever wins. */
    FULL_COMMIT("FullCommit");

    private final String ktabName;

    ThirdPartyCommit(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "SemiCommit"}. */
    public String ktabName() {
        return ktabName;
    }
}
