package org.mandate.bargaining;

/**
 * A behaviour profile: whether the engine reproduces KTAB exactly, quirks included, or applies
 * the project's documented fixes of those quirks.
 *
 * <p>The quirk numbers refer to the list in {@code docs/bargaining.md}. Both profiles share the
 * deterministic queue order (status quo, then proposals by ascending initiator), the seeded
 * stochastic draws, and every behaviour of KTAB not listed here.
 */
public enum Profile {
    /**
     * Reproduces KTAB's {@code smpc}, quirks included:
     * <ul>
     *   <li>third parties score both ways of joining with one probability (quirk 1);</li>
     *   <li>the challenge probability is the linear ratio whatever the VPM (quirk 2);</li>
     *   <li>the risk-attitude PCE keeps duplicate positions (quirk 4);</li>
     *   <li>queue resolution values unchanged positions through the perception matrix
     *       (quirk 6);</li>
     *   <li>cycles run to the turn cap (quirk 12);</li>
     *   <li>the target's interpolation uses an expected gain as a probability and
     *       {@code PW_COMP_INTERP} weights it with the initiator's capability (quirks 14,
     *       15).</li>
     * </ul>
     * Where KTAB aborts (quirk 13), this profile throws instead: {@link BigRAdjust#FULL} and a
     * total salience above 1 are rejected with an {@link IllegalArgumentException}; equal
     * risk-neutral probabilities, a failed sanity check and an out-of-range queue score stop
     * the run with an {@link IllegalStateException}.
     */
    KTAB,
    /**
     * Applies the project's fixes of KTAB's quirks:
     * <ul>
     *   <li>a third party scores joining each side with the probability that the challenger
     *       wins given that it joins that side;</li>
     *   <li>the challenge probability goes through the chosen VPM;</li>
     *   <li>the risk-attitude PCE merges equivalent positions, as the reported probabilities
     *       do;</li>
     *   <li>when every position is equally likely, every actor is risk neutral (R = 0);</li>
     *   <li>queue resolution values every position with the actor's true risk attitude;</li>
     *   <li>a deterministic run that repeats an earlier state stops with
     *       {@link StopReason#CYCLE};</li>
     *   <li>the target's interpolation uses the target's estimate of the probability that the
     *       initiator wins, weighted with the target's own capability;</li>
     *   <li>no sanity aborts: {@link BigRAdjust#FULL} runs, and a total salience above 1 by
     *       round-off counts as 1.</li>
     * </ul>
     */
    MANDATE
}
