package org.mandate.core.history;

/**
 * A what-if imposed on a crisis inside a history: the organization decides and implements the given level,
 * whatever the crisis engine would decide ("had the CSTO sent a force in June 2010").
 *
 * @param episode      episode id
 * @param organization organization id
 * @param level        the level decided and implemented (0 to 4)
 */
public record ForcedOutcome(String episode, String organization, int level) {
    /** Validates the level. */
    public ForcedOutcome {
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("level must be 0 to 4, was " + level);
        }
    }
}
