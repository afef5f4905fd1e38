package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated fact from outside the region that a history takes as given: an outside power's demand for bases in range
 * of a war, or a state's declared neutrality.
 *
 * @param id    id
 * @param kind  {@code basing-demand}, {@code transit-demand}, {@code neutrality} or {@code other}
 * @param power the power that wants bases or transit, or null
 * @param state the neutral state, or null
 * @param from  first day
 * @param to    last day, or null while it lasts
 * @param hosts the states in range, for a demand
 */
public record Driver(String id, String kind, String power, String state, LocalDate from, LocalDate to,
                     List<String> hosts) {
    /** A power's demand for bases. */
    public static final String BASING_DEMAND = "basing-demand";
    /** A power's demand for transit. */
    public static final String TRANSIT_DEMAND = "transit-demand";
    /** A state's declared neutrality. */
    public static final String NEUTRALITY = "neutrality";

    /** Copies. */
    public Driver {
        hosts = List.copyOf(hosts);
    }

    /** Whether it is in force on the day. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
