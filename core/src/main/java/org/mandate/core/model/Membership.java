package org.mandate.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A state's membership of an organization: when it joined, when it left, and any periods of suspension.
 *
 * @param state      state id
 * @param joined     first day of membership
 * @param left       first day it was no longer a member, or null while it still is
 * @param suspended  periods in which it was a member but took no part
 */
public record Membership(String state, LocalDate joined, LocalDate left, List<Period> suspended) {

    /** Validates the dates. */
    public Membership {
        if (left != null && !left.isAfter(joined)) {
            throw new IllegalArgumentException("membership of " + state + " left " + left + " before it joined "
                    + joined);
        }
        suspended = List.copyOf(suspended);
    }

    /** Whether the state is an active member on the date. */
    public boolean activeOn(LocalDate date) {
        if (date.isBefore(joined) || (left != null && !date.isBefore(left))) {
            return false;
        }
        for (Period p : suspended) {
            if (p.contains(date)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A closed-open period of days.
     *
     * @param from first day
     * @param to   first day after the period, or null when open
     */
    public record Period(LocalDate from, LocalDate to) {
        /** Whether the date falls in the period. */
        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }
}
