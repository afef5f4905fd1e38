package org.mandate.core.model;

import java.util.List;

/**
 * How a crisis reaches an organization's agenda, and what can never be tabled (mechanism 6).
 *
 * @param tabledBy         who can put a crisis on the agenda
 * @param excludes         kinds of issue that can never be tabled; {@code dispute-between-members} excludes any crisis
 *                         in which another member state is a party
 * @param deliberationDays days the deciding body needs, at the least, from tabling to a decision
 */
public record AgendaRules(TabledBy tabledBy, List<String> excludes, int deliberationDays) {

    /** The exclusion that keeps disputes between members off the agenda. */
    public static final String DISPUTE_BETWEEN_MEMBERS = "dispute-between-members";

    /** Validates and copies. */
    public AgendaRules {
        excludes = List.copyOf(excludes);
        if (deliberationDays < 0) {
            throw new IllegalArgumentException("deliberationDays must be 0 or more, was " + deliberationDays);
        }
    }

    /** Who can table a crisis. */
    public enum TabledBy {
        /** Only a formal request addressed to the organization puts the crisis on its agenda. */
        REQUEST,
        /** A request, or any member that wants the organization to act. */
        ANY_MEMBER,
        /** A request, or the lead state. */
        LEAD_STATE
    }
}
