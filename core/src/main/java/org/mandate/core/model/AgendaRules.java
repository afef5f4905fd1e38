package org.mandate.core.model;

import java.util.List;

/**
 * How a crisis reaches an organization's agenda, and what can never be tabled (mechanism 6).
 *
 * @param tabledBy         who can put a crisis on the agenda
 * @param excludes         kinds of issue that can never be tabled; {@code dispute-between-members} excludes any crisis
 *                         in which another member state is a party
 * @param deliberationDays days the deciding body needs, at the least, from tabling to a decision
 * @param statementsBy     who can table a crisis for a statement (level 1) alone when it is not otherwise tabled,
 *                         or null when statements follow {@code tabledBy}
 * @param quickUpTo        the highest level the organization can decide at once, without the deliberation delay
 *                         (a chair or a field office acting alone), 0 when none
 * @param quickRule        how those quick levels are decided, or null when by the body's own rule (for example
 *                         majority: a chair acts with the broad support of the members, no single one can stop it)
 */
public record AgendaRules(TabledBy tabledBy, List<String> excludes, int deliberationDays, TabledBy statementsBy,
                          int quickUpTo, org.mandate.core.mechanism.choice.DecisionRule quickRule) {

    /** The exclusion that keeps disputes between members off the agenda. */
    public static final String DISPUTE_BETWEEN_MEMBERS = "dispute-between-members";
    /**
     * The exclusion that keeps a member's domestic crisis off the agenda unless its recognised government asks
     * (non-interference in matters within national jurisdiction); a government whose legitimacy is itself in question
     * can still be tabled by members.
     */
    public static final String DOMESTIC_WITHOUT_REQUEST = "domestic-without-request";

    /** Validates and copies. */
    public AgendaRules {
        excludes = List.copyOf(excludes);
        if (deliberationDays < 0) {
            throw new IllegalArgumentException("deliberationDays must be 0 or more, was " + deliberationDays);
        }
        if (quickUpTo < 0 || quickUpTo > 4) {
            throw new IllegalArgumentException("quickUpTo must be a level from 0 to 4, was " + quickUpTo);
        }
    }

    /** Rules where statements follow the main rule and nothing is decided without deliberation. */
    public AgendaRules(TabledBy tabledBy, List<String> excludes, int deliberationDays) {
        this(tabledBy, excludes, deliberationDays, null, 0, null);
    }

    /** Rules whose quick levels, if any, are decided by the body's own rule. */
    public AgendaRules(TabledBy tabledBy, List<String> excludes, int deliberationDays, TabledBy statementsBy,
                       int quickUpTo) {
        this(tabledBy, excludes, deliberationDays, statementsBy, quickUpTo, null);
    }

    /** A copy with another way of tabling. */
    public AgendaRules withTabledBy(TabledBy by) {
        return new AgendaRules(by, excludes, deliberationDays, statementsBy, quickUpTo, quickRule);
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
