package org.mandate.core.model;

import java.util.List;

/**
 * A sub-state actor that controls territory in a host state and can resist what outsiders do there (mechanism 5).
 *
 * @param id                 id, unique in the scenario
 * @param name               display name
 * @param state              the host state it belongs to
 * @param kind               what it is, for example {@code regional-authority} or {@code security-service}
 * @param controls           regions it controls
 * @param resistance         how strongly it opposes an outside presence on its ground (0 to 1)
 * @param capitalCanOverrule whether the capital can overrule it; null means the host state's standing capacity
 */
public record LocalActor(String id, String name, String state, String kind, List<String> controls, double resistance,
                         Boolean capitalCanOverrule) {

    /** Validates and copies. */
    public LocalActor {
        controls = List.copyOf(controls);
        if (!(resistance >= 0 && resistance <= 1)) {
            throw new IllegalArgumentException("resistance of " + id + " must be in [0, 1], was " + resistance);
        }
    }
}
