package org.mandate.bargaining;

/**
 * A bargain model (KTAB's {@code BargnModel}): which interpolations a challenge puts into the
 * bargaining queues.
 *
 * <p>KTAB's default is {@link #INIT_ONLY_INTERP}. Under the {@link Profile#KTAB} profile the
 * target's interpolation uses the target's estimate of the initiator's expected gain in place
 * of a probability (KTAB quirk 14), and {@link #PW_COMP_INTERP} weights the target's version
 * with the initiator's capability (quirk 15). The {@link Profile#MANDATE} profile uses the
 * target's estimate of the probability that the initiator wins and the target's own
 * capability.
 */
public enum BargainModel {
    /** One proposal, interpolated with the initiator's estimate; KTAB's default. */
    INIT_ONLY_INTERP("InitOnlyInterp"),
    /** Two proposals, the initiator's interpolation and then the target's. */
    INIT_RCVR_INTERP("InitRcvrInterp"),
    /** One proposal, the weighted average of the two interpolations (not re-rounded). */
    PW_COMP_INTERP("PWCompInterp");

    private final String ktabName;

    BargainModel(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "InitOnlyInterp"}. */
    public String ktabName() {
        return ktabName;
    }
}
