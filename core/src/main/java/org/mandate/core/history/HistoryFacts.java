package org.mandate.core.history;

import java.util.List;
import java.util.Map;

/**
 * The library's dated facts that histories read: blocs (organizations without crisis instruments), charters, base
 * agreements, drivers and field presences.
 *
 * @param blocs     blocs by id, in file order, each with its charter when one is recorded
 * @param charters  charters by organization id
 * @param bases     base agreements, in file order
 * @param drivers   dated drivers, in file order
 * @param presences field presences, in file order
 */
public record HistoryFacts(Map<String, Institution> blocs, Map<String, Charter> charters, List<BaseAgreement> bases,
                           List<Driver> drivers, List<FieldPresence> presences) {

    /** Copies. */
    public HistoryFacts {
        blocs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(blocs));
        charters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(charters));
        bases = List.copyOf(bases);
        drivers = List.copyOf(drivers);
        presences = List.copyOf(presences);
    }
}
