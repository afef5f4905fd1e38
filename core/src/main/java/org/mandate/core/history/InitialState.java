package org.mandate.core.history;

import java.util.Map;

/**
 * A state's condition on the first day of a history.
 *
 * @param threat        regime threat (0 to 1)
 * @param coercive      coercive capacity (0 to 1)
 * @param institutional institutional capacity (0 to 1)
 * @param alignment     standing alignment with each outside power (-1 to 1), by power id
 * @param independence  the day the state became independent, or null when long before the history
 */
public record InitialState(double threat, double coercive, double institutional, Map<String, Double> alignment,
                           java.time.LocalDate independence) {

    /** Validates and copies. */
    public InitialState {
        check("threat", threat);
        check("coercive", coercive);
        check("institutional", institutional);
        alignment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alignment));
        alignment.forEach((k, v) -> {
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("alignment with " + k + " must be in [-1, 1], was " + v);
            }
        });
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
        }
    }
}
