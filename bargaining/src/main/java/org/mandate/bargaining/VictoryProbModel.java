package org.mandate.bargaining;

/**
 * A victory-probability model (VPM): how two coalition strengths become the probability that
 * one side beats the other.
 *
 * <p>Each model maps a strength {@code S} to a transformed value {@code x}, and the probability
 * that side a beats side b is {@code x_a / (x_a + x_b)}. KTAB's default is {@link #LINEAR}.
 * Under the {@link Profile#KTAB} profile the challenge evaluation ignores this option and
 * always uses the linear ratio (KTAB quirk 2); the {@link Profile#MANDATE} profile applies it
 * there as well.
 */
public enum VictoryProbModel {
    /** {@code x = S}; KTAB's default. */
    LINEAR("Linear"),
    /** {@code x = S²}. */
    SQUARE("Square"),
    /** {@code x = S⁴}. */
    QUARTIC("Quartic"),
    /** {@code x = S⁸}. */
    OCTIC("Octic"),
    /**
     * A nearly binary model: the side with at least 1.1 times the other's strength wins with
     * {@code 1/(1 + 1e-6)}; between those bounds the probability rises linearly.
     */
    BINARY("Binary");

    private final String ktabName;

    VictoryProbModel(String ktabName) {
        this.ktabName = ktabName;
    }

    /** Returns the name KTAB uses for this value, e.g. {@code "Linear"}. */
    public String ktabName() {
        return ktabName;
    }
}
