package org.mandate.core.scenario;

import java.util.Map;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Interests;
import org.mandate.core.model.Organization;
import org.mandate.core.model.State;

/**
 * The shared library: the standing facts every scenario draws on.
 *
 * @param crisisTypes   crisis types by id
 * @param mechanisms    the memo section of each mechanism, by mechanism id
 * @param defaults      the neutral profile of states the library names without weights
 * @param defaultCapability capability of such states
 * @param defaultRegime regime of such states
 * @param states        state profiles by id, in file order
 * @param organizations organizations by id, in file order
 * @param periods       the period each state profile describes, by state id (states without one are not listed)
 */
public record Library(Map<String, CrisisType> crisisTypes, Map<String, String> mechanisms, Interests defaults,
                      double defaultCapability, State.Regime defaultRegime, Map<String, State> states,
                      Map<String, Organization> organizations, Map<String, Period> periods) {

    /** A library whose profiles say no period. */
    public Library(Map<String, CrisisType> crisisTypes, Map<String, String> mechanisms, Interests defaults,
                   double defaultCapability, State.Regime defaultRegime, Map<String, State> states,
                   Map<String, Organization> organizations) {
        this(crisisTypes, mechanisms, defaults, defaultCapability, defaultRegime, states, organizations, Map.of());
    }

    /**
     * The years a state profile describes ({@code period: {from, to}} in {@code data/states.yaml}).
     *
     * @param from the first day described
     * @param to   the last day described, not before {@code from}
     */
    public record Period(java.time.LocalDate from, java.time.LocalDate to) {
        /** Checks the order. */
        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a period must not end (" + to + ") before it starts (" + from
                        + ")");
            }
        }

        /** Whether the day lies in the period. */
        public boolean covers(java.time.LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
