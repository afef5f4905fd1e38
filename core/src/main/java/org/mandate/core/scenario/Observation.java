package org.mandate.core.scenario;

import java.util.List;

/**
 * What an organization actually did in an episode, as recorded in a case file. Backtests read it; the engine never
 * does.
 *
 * @param episode      episode id
 * @param organization organization id
 * @param decided      decided level, or -1 for not-member, or null when not recorded
 * @param implemented  implemented level, or -1 for not-member, or null when not recorded
 * @param confidence   high, medium or low
 * @param sources      where the observation comes from
 * @param second       a second, independent coder's codes, or null when the cell was coded once
 */
public record Observation(String episode, String organization, Integer decided, Integer implemented,
                          String confidence, List<String> sources, SecondCoder second) {
    /** The value recorded for an organization of which the host was not a member. */
    public static final int NOT_MEMBER = -1;

    /** An observation coded once. */
    public Observation(String episode, String organization, Integer decided, Integer implemented,
                       String confidence, List<String> sources) {
        this(episode, organization, decided, implemented, confidence, sources, null);
    }

    /**
     * A second coder's codes for a cell, written blind to the first coder's.
     *
     * @param decided     decided level, or -1 for not-member
     * @param implemented implemented level, or -1 for not-member
     * @param confidence  high, medium or low
     * @param note        the coder's justification
     */
    public record SecondCoder(int decided, int implemented, String confidence, String note) {
    }
}
