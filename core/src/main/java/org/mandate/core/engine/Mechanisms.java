package org.mandate.core.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mechanisms of the model that can be switched off, by id, for ablations and what-if questions.
 *
 * @param disabled ids of switched-off mechanisms
 */
public record Mechanisms(Set<String> disabled) {

    /** Every mechanism id, in pipeline order. */
    public static final List<String> IDS = List.of("agenda-gate", "mandate-gate", "regime-solidarity",
            "lead-state-reluctance", "neighbour-veto", "wait-and-see", "legitimacy-brokerage", "sovereignty",
            "government-alignment", "separatism-fear", "image", "human-dimension", "host-consent", "local-veto", "implementation");

    /**
     * The mechanisms that act as gates after the member stances (agenda, mandate, host consent, local veto,
     * implementation); the others are stance terms.
     */
    public static final List<String> GATES = List.of("agenda-gate", "mandate-gate", "host-consent", "local-veto",
            "implementation");

    /** Validates the ids. */
    public Mechanisms {
        disabled = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(disabled));
        for (String id : disabled) {
            if (!IDS.contains(id)) {
                throw new IllegalArgumentException("unknown mechanism '" + id + "'; expected one of "
                        + String.join(", ", IDS));
            }
        }
    }

    /** All mechanisms on. */
    public static Mechanisms all() {
        return new Mechanisms(Set.of());
    }

    /** All mechanisms on but the given ones. */
    public static Mechanisms without(String... ids) {
        return new Mechanisms(Set.of(ids));
    }

    /** Whether the mechanism is on. */
    public boolean on(String id) {
        return !disabled.contains(id);
    }
}
