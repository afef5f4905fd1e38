package org.mandate.bargaining;

/** A reason a bargaining run stopped. */
public enum StopReason {
    /**
     * The movement of the last turn fell below the stop ratio times the first turn's movement
     * (after at least the minimum number of turns).
     */
    CONVERGENCE,
    /** The run reached the maximum number of turns. */
    TURN_CAP,
    /**
     * The state repeated an earlier state exactly, so a deterministic run would cycle for ever.
     * Only the {@link Profile#MANDATE} profile detects this; KTAB runs such cases to the cap.
     */
    CYCLE
}
