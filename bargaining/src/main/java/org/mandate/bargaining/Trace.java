package org.mandate.bargaining;

/**
 * A listener for the inner numbers of a run (utilities, proposals, queue probabilities), used
 * by the compatibility tests; every method defaults to doing nothing.
 */
interface Trace {

    /** A trace that records nothing. */
    Trace NONE = new Trace() {
    };

    /**
     * Reports state {@code turn}: {@code ownUtilities[i * n + j]} is actor i's utility for actor
     * j's position with i's own perceived risk attitude.
     */
    default void state(int turn, int n, double[] ownUtilities) {
    }

    /**
     * Reports the risk-neutral probabilities {@code p} and risk attitudes {@code risk} of state
     * {@code turn}.
     */
    default void riskAttitudes(int turn, double[] p, double[] risk) {
    }

    /** Reports actor {@code actor}'s status-quo entry in turn {@code turn}. */
    default void statusQuo(int turn, int actor, double probability, boolean chosen) {
    }

    /**
     * Reports one proposal of turn {@code turn}: the initiator's estimate that it wins, its expected
     * gain, the two points (on [0, 1]) and the proposal's probability in both queues.
     */
    default void proposal(int turn, int initiator, int receiver, double initiatorWinProbability, double deltaEu,
            double[] initiatorPoint, double[] receiverPoint, double probInInitiatorQueue, boolean chosenByInitiator,
            double probInReceiverQueue, boolean chosenByReceiver) {
    }
}
