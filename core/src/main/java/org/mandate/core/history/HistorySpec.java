package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.model.Scenario;

/**
 * A history ready to run: the period, the states and powers simulated, the organizations, the library's dated
 * facts, the initial conditions, the donors, the mechanisms' constants and switches, and the scheduled crises.
 *
 * @param id          history id
 * @param title       display title
 * @param from        first day
 * @param to          last day
 * @param stepMonths  months per step (3: a quarter, 1: a month)
 * @param states      simulated states, in order (powers among them)
 * @param powers      the outside powers, in order
 * @param library     the library's states, crisis organizations, crisis types and mechanisms (no episodes)
 * @param institutions organizations the history follows, in order
 * @param bases       documented base agreements: those open on the first day are inputs, the rest the record
 * @param drivers     dated facts from outside the region
 * @param presences   field presences of organizations
 * @param initial     initial conditions by state id
 * @param donors      donors by id, in order
 * @param parameters  the mechanisms' constants, indexed by {@link Parameter#ordinal()}
 * @param disabled    switched-off mechanisms (history and crisis mechanism ids)
 * @param crises      scheduled crises, in date order
 * @param forced      imposed crisis outcomes
 * @param seed        the seed of the run (the model draws nothing at random today; recorded in every row)
 */
public record HistorySpec(String id, String title, LocalDate from, LocalDate to, int stepMonths, List<String> states,
                          List<String> powers, Scenario library, List<Institution> institutions,
                          List<BaseAgreement> bases, List<Driver> drivers, List<FieldPresence> presences,
                          Map<String, InitialState> initial, Map<String, Donor> donors, double[] parameters,
                          Set<String> disabled, List<ScheduledCrisis> crises, List<ForcedOutcome> forced, long seed) {

    /** Copies. */
    public HistorySpec {
        states = List.copyOf(states);
        powers = List.copyOf(powers);
        institutions = List.copyOf(institutions);
        bases = List.copyOf(bases);
        drivers = List.copyOf(drivers);
        presences = List.copyOf(presences);
        initial = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(initial));
        donors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(donors));
        if (parameters.length != Parameter.count()) {
            throw new IllegalArgumentException("expected " + Parameter.count() + " parameters, got "
                    + parameters.length);
        }
        parameters = parameters.clone();
        disabled = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(disabled));
        crises = List.copyOf(crises);
        forced = List.copyOf(forced);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("history ends " + to + " before it starts " + from);
        }
        if (stepMonths != 1 && stepMonths != 3) {
            throw new IllegalArgumentException("step must be 1 or 3 months, was " + stepMonths);
        }
    }

    /** The value of a parameter. */
    public double parameter(Parameter p) {
        return parameters[p.ordinal()];
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** Whether a mechanism is on. */
    public boolean on(String mechanism) {
        return !disabled.contains(mechanism);
    }

    /** A copy with other parameter values. */
    public HistorySpec withParameters(double[] values) {
        return new HistorySpec(id, title, from, to, stepMonths, states, powers, library, institutions, bases, drivers,
                presences, initial, donors, values, disabled, crises, forced, seed);
    }

    /** A copy with another period. */
    public HistorySpec withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new HistorySpec(id, title, newFrom, newTo, stepMonths, states, powers, library, institutions, bases,
                drivers, presences, initial, donors, parameters, disabled, crises, forced, seed);
    }

    /** A copy with other switched-off mechanisms. */
    public HistorySpec withDisabled(Set<String> off) {
        return new HistorySpec(id, title, from, to, stepMonths, states, powers, library, institutions, bases, drivers,
                presences, initial, donors, parameters, off, crises, forced, seed);
    }

    /** A copy with other donors. */
    public HistorySpec withDonors(Map<String, Donor> newDonors) {
        return new HistorySpec(id, title, from, to, stepMonths, states, powers, library, institutions, bases, drivers,
                presences, initial, newDonors, parameters, disabled, crises, forced, seed);
    }

    /** A copy with other imposed outcomes. */
    public HistorySpec withForced(List<ForcedOutcome> newForced) {
        return new HistorySpec(id, title, from, to, stepMonths, states, powers, library, institutions, bases, drivers,
                presences, initial, donors, parameters, disabled, crises, newForced, seed);
    }

    /** A copy with other organizations and bases (the record). */
    public HistorySpec withRecord(List<Institution> newInstitutions, List<BaseAgreement> newBases) {
        return new HistorySpec(id, title, from, to, stepMonths, states, powers, library, newInstitutions, newBases,
                drivers, presences, initial, donors, parameters, disabled, crises, forced, seed);
    }
}
