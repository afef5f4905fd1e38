package org.mandate.core.mechanism.agenda;

import java.time.LocalDate;
import org.mandate.core.model.AgendaRules;

/**
 * The agenda gate: a crisis is tabled by a request addressed to the organization, or, where the rules allow, by a
 * member or the lead state that wants the organization to act. Issues the rules exclude, such as disputes between
 * members, are never tabled; and a body that deliberates slowly decides too late for a crisis judged before its
 * deliberation ends.
 */
public final class AgendaGate {
    /** The stage id. */
    public static final String ID = "agenda-gate";

    private AgendaGate() {
    }

    /**
     * Whether the crisis is tabled.
     *
     * @param rules            the organization's agenda rules
     * @param requested        whether anyone addressed a request to the organization
     * @param memberWantsAction whether a voting member prefers some response to none
     * @param leadWantsAction  whether the lead state prefers some response to none
     * @param disputeBetweenMembers whether another member state is a party to the crisis, or it is one by nature
     * @param tabledOn         the day it would be tabled
     * @param assessOn         the day by which outcomes are judged
     */
    public static Verdict decide(AgendaRules rules, boolean requested, boolean memberWantsAction,
                                 boolean leadWantsAction, boolean disputeBetweenMembers, LocalDate tabledOn,
                                 LocalDate assessOn) {
        return decide(rules, requested, memberWantsAction, leadWantsAction, disputeBetweenMembers,
                !tabledOn.plusDays(rules.deliberationDays()).isAfter(assessOn));
    }

    /**
     * Whether the crisis is tabled, when it is already known whether a decision could come in time.
     *
     * @param inTime whether the body's deliberation would end by the day outcomes are judged
     */
    public static Verdict decide(AgendaRules rules, boolean requested, boolean memberWantsAction,
                                 boolean leadWantsAction, boolean disputeBetweenMembers, boolean inTime) {
        if (disputeBetweenMembers && rules.excludes().contains(AgendaRules.DISPUTE_BETWEEN_MEMBERS)) {
            return Verdict.EXCLUDED;
        }
        boolean tabled = requested
                || (rules.tabledBy() == AgendaRules.TabledBy.ANY_MEMBER && memberWantsAction)
                || (rules.tabledBy() == AgendaRules.TabledBy.LEAD_STATE && leadWantsAction);
        if (!tabled) {
            return Verdict.NOT_TABLED;
        }
        if (!inTime) {
            return Verdict.TOO_SLOW;
        }
        return Verdict.TABLED;
    }

    /**
     * The highest level the agenda admits: every level when the crisis is tabled in time; when it is not, level 1 if
     * the rules let members (or the lead state, or the host) table a statement, one wants it and the body can decide
     * it in time (at a session, or at once); when the body is too slow, the levels it can decide at once; otherwise
     * none.
     *
     * @param verdict             the gate's verdict for tabling the crisis as such
     * @param memberWantsStatement whether a voting member prefers a statement to nothing
     * @param leadWantsStatement  whether the lead state prefers a statement to nothing
     * @param hostWantsStatement  whether the host government frames the crisis as foreign and prefers a statement
     * @param inTime              whether the body's decision would come by the day outcomes are judged
     * @param quickUpTo           the highest level the organization can decide at once on the tabling day
     */
    public static int ceiling(AgendaRules rules, Verdict verdict, boolean memberWantsStatement,
                              boolean leadWantsStatement, boolean hostWantsStatement, boolean inTime,
                              int quickUpTo) {
        return switch (verdict) {
            case TABLED -> 4;
            case EXCLUDED -> 0;
            case TOO_SLOW -> quickUpTo;
            case NOT_TABLED -> rules.statementsBy() != null && (inTime || quickUpTo >= 1)
                    && wants(rules.statementsBy(), memberWantsStatement, leadWantsStatement, hostWantsStatement)
                    ? 1 : 0;
        };
    }

    /** {@link #ceiling(AgendaRules, Verdict, boolean, boolean, boolean, boolean, int)} for a body with no sessions
     * and no host-tabled statements, deciding in time. */
    public static int ceiling(AgendaRules rules, Verdict verdict, boolean memberWantsStatement,
                              boolean leadWantsStatement) {
        return ceiling(rules, verdict, memberWantsStatement, leadWantsStatement, false, true, rules.quickUpTo());
    }

    private static boolean wants(AgendaRules.TabledBy by, boolean member, boolean lead, boolean host) {
        return switch (by) {
            case ANY_MEMBER -> member;
            case LEAD_STATE -> lead;
            case HOST -> host;
            case REQUEST -> false;
        };
    }

    /** What the gate found. */
    public enum Verdict {
        /** The crisis is on the agenda and can be decided in time. */
        TABLED,
        /** No one with the right to table it did. */
        NOT_TABLED,
        /** The rules keep this kind of issue off the agenda. */
        EXCLUDED,
        /** Tabled, but the body's deliberation outlasts the crisis. */
        TOO_SLOW
    }
}
