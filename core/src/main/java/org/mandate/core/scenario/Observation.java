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
 */
public record Observation(String episode, String organization, Integer decided, Integer implemented,
                          String confidence, List<String> sources) {
    /** The value recorded for an organization of which the host was not a member. */
    public static final int NOT_MEMBER = -1;
}
