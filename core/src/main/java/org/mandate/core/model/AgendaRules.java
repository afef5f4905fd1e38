package org.mandate.core.model;

import java.time.LocalDate;
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
 * @param sessions         the dates of the deciding body's regular sessions, in order, or empty when it can meet at
 *                         any time: a body that meets only in session decides at its first session on or after the
 *                         tabling date (after the last listed session, {@code deliberationDays} after tabling)
 * @param quickSince       the first day on which the quick levels exist (a secretariat founded later), or null
 */
public record AgendaRules(TabledBy tabledBy, List<String> excludes, int deliberationDays, TabledBy statementsBy,
                          int quickUpTo, org.mandate.core.mechanism.choice.DecisionRule quickRule,
                          List<LocalDate> sessions, LocalDate quickSince) {

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
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        for (int i = 1; i < sessions.size(); i++) {
            if (!sessions.get(i).isAfter(sessions.get(i - 1))) {
                throw new IllegalArgumentException("sessions must be in date order, " + sessions.get(i)
                        + " follows " + sessions.get(i - 1));
            }
        }
        if (deliberationDays < 0) {
            throw new IllegalArgumentException("deliberationDays must be 0 or more, was " + deliberationDays);
        }
        if (quickUpTo < 0 || quickUpTo > 4) {
            throw new IllegalArgumentException("quickUpTo must be a level from 0 to 4, was " + quickUpTo);
        }
    }

    /** Rules for a body that can meet at any time and whose quick levels, if any, always exist. */
    public AgendaRules(TabledBy tabledBy, List<String> excludes, int deliberationDays, TabledBy statementsBy,
                       int quickUpTo, org.mandate.core.mechanism.choice.DecisionRule quickRule) {
        this(tabledBy, excludes, deliberationDays, statementsBy, quickUpTo, quickRule, List.of(), null);
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
        return new AgendaRules(by, excludes, deliberationDays, statementsBy, quickUpTo, quickRule, sessions,
                quickSince);
    }

    /**
     * The day a crisis tabled on {@code tabledOn} is decided by the body: its first regular session on or after that
     * day, or {@code deliberationDays} later when the body meets at any time or no later session is listed.
     */
    public LocalDate decisionDay(LocalDate tabledOn) {
        LocalDate session = nextSession(tabledOn);
        return session != null ? session : tabledOn.plusDays(deliberationDays);
    }

    /** The first listed regular session on or after {@code day}, or null when none is listed. */
    public LocalDate nextSession(LocalDate day) {
        for (LocalDate s : sessions) {
            if (!s.isBefore(day)) {
                return s;
            }
        }
        return null;
    }

    /** The highest level the organization can decide at once on the given day: {@code quickUpTo}, or 0 before
     * {@code quickSince}. */
    public int quickUpToOn(LocalDate day) {
        return quickSince != null && day.isBefore(quickSince) ? 0 : quickUpTo;
    }

    /** Who can table a crisis. */
    public enum TabledBy {
        /** Only a formal request addressed to the organization puts the crisis on its agenda. */
        REQUEST,
        /** A request, or any member that wants the organization to act. */
        ANY_MEMBER,
        /** A request, or the lead state. */
        LEAD_STATE,
        /**
         * For statements only: the host government, when it presents its crisis as a threat from outside (its own
         * framing is foreign) and wants its partners to speak; a government that calls its crisis domestic keeps it
         * off the agenda.
         */
        HOST
    }
}
