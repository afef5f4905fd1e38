package org.mandate.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.core.mechanism.choice.DecisionRule;

/**
 * A regional security organization: its members over time, its rules, its mandate and what it can do.
 *
 * @param id            short id ({@code CSTO})
 * @param name          full name
 * @param body          the body that decides on a crisis
 * @param decisionRule  how that body decides
 * @param leadState     the lead state, or null when there is none
 * @param memberships   dated memberships
 * @param mandate       threat types it may act on
 * @param agenda        how crises reach its agenda
 * @param instruments   what it can do, each at one level
 * @param fieldPresence host states where it keeps a standing field office
 * @param downsizeStep  the share by which it cuts a stalled mission to win consent (0 to 1)
 * @param memo          memo sections that document this organization's behaviour, by mechanism id
 */
public record Organization(String id, String name, String body, DecisionRule decisionRule, String leadState,
                           List<Membership> memberships, Mandate mandate, AgendaRules agenda,
                           List<Instrument> instruments, List<String> fieldPresence, double downsizeStep,
                           Map<String, String> memo) {

    /** Validates and copies. */
    public Organization {
        memberships = List.copyOf(memberships);
        instruments = List.copyOf(instruments);
        fieldPresence = List.copyOf(fieldPresence);
        memo = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(memo));
        if (!(downsizeStep >= 0 && downsizeStep < 1)) {
            throw new IllegalArgumentException("downsizeStep of " + id + " must be in [0, 1), was " + downsizeStep);
        }
    }

    /** Ids of the active members on the date, in membership-list order. */
    public List<String> membersOn(LocalDate date) {
        List<String> out = new ArrayList<>();
        for (Membership m : memberships) {
            if (m.activeOn(date)) {
                out.add(m.state());
            }
        }
        return out;
    }

    /** Whether the state is an active member on the date. */
    public boolean isMemberOn(String state, LocalDate date) {
        for (Membership m : memberships) {
            if (m.state().equals(state) && m.activeOn(date)) {
                return true;
            }
        }
        return false;
    }

    /** The instrument of the highest level at or below the given level that applies to the crisis type, or null. */
    public Instrument instrumentFor(int level, String crisisType) {
        Instrument best = null;
        for (Instrument i : instruments) {
            if (i.level().value() == level && i.appliesTo(crisisType) && best == null) {
                best = i;
            }
        }
        return best;
    }

    /** A copy with another decision rule. */
    public Organization withDecisionRule(DecisionRule rule) {
        return new Organization(id, name, body, rule, leadState, memberships, mandate, agenda, instruments,
                fieldPresence, downsizeStep, memo);
    }

    /** A copy with another mandate. */
    public Organization withMandate(Mandate newMandate) {
        return new Organization(id, name, body, decisionRule, leadState, memberships, newMandate, agenda, instruments,
                fieldPresence, downsizeStep, memo);
    }

    /** A copy with other agenda rules. */
    public Organization withAgenda(AgendaRules newAgenda) {
        return new Organization(id, name, body, decisionRule, leadState, memberships, mandate, newAgenda, instruments,
                fieldPresence, downsizeStep, memo);
    }
}
