package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A documented base agreement: an outside power's base in a host state, its dates, the rent it paid and the dated
 * episodes of its life (the library's record; in a history, bases after the start are outputs).
 *
 * @param id     id
 * @param name   display name
 * @param host   host state
 * @param power  the power that holds it
 * @param kind   what it is ({@code air-base}, {@code military-base}, ...)
 * @param opened first day
 * @param closed first day after it closed, or null
 * @param rents  annual rents, each in force from its date, in date order
 * @param events other dated episodes (eviction notices, reversals, renewals)
 */
public record BaseAgreement(String id, String name, String host, String power, String kind, LocalDate opened,
                            LocalDate closed, List<Rent> rents, List<Event> events) {

    /** Validates and copies. */
    public BaseAgreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opened, "opened");
        rents = List.copyOf(rents);
        events = List.copyOf(events);
    }

    /** Whether it is open on the day. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opened) && (closed == null || day.isBefore(closed));
    }

    /** The annual rent in force on the day, USD million, 0 when none is recorded. */
    public double rentOn(LocalDate day) {
        double r = 0;
        for (Rent rent : rents) {
            if (!rent.from().isAfter(day)) {
                r = rent.usdMillion();
            }
        }
        return r;
    }

    /**
     * An annual rent.
     *
     * @param from       first day in force
     * @param usdMillion USD million a year
     */
    public record Rent(LocalDate from, double usdMillion) {
    }

    /**
     * A dated episode.
     *
     * @param date the day
     * @param kind {@code eviction-notice}, {@code eviction-reversed}, {@code renewed}, ...
     * @param note what happened
     */
    public record Event(LocalDate date, String kind, String note) {
    }
}
