package org.mandate.core.mechanism.institutionalchange;

import java.util.List;
import java.util.Locale;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.engine.Stage;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.mechanism.choice.DecisionRule;
import org.mandate.core.model.Organization;

/**
 * Institutional change after failure: when an organization did less than most of its voting members (or the host
 * that asked) wanted, a patron among them (no rule changes against its lead state), and its mean credibility with its members has fallen below {@code changeThreshold}, it
 * changes the rule that set the level: a mandate gate admits the crisis type, an agenda gate opens tabling to any
 * member, a consensus becomes consensus-minus-one. The change holds for every later crisis of the run. Switched off,
 * rules never change.
 */
public final class InstitutionalChange {
    /** Mechanism id. */
    public static final String ID = "institutional-change";

    private InstitutionalChange() {
    }

    /**
     * Changes the failed rule if the organization's members have lost confidence in it.
     *
     * @return whether a rule changed
     */
    public static boolean afterCrisis(World w, int o, Organization rules, Outcome outcome, String crisisType,
                                      int requested, String episode) {
        if (!w.on(ID)) {
            return false;
        }
        double mean = w.meanCredibility(o);
        if (Double.isNaN(mean) || mean >= w.param(Parameter.CHANGE_THRESHOLD)) {
            return false;
        }
        int voters = 0;
        int wantMore = 0;
        for (MemberStance st : outcome.stances()) {
            if (st.voting()) {
                voters++;
                if (st.ideal() > outcome.decided()) {
                    wantMore++;
                }
            }
        }
        boolean failed = requested > outcome.decided() || (voters > 0 && 2 * wantMore >= voters);
        if (!failed || !patronsWantMore(w, o, outcome)) {
            return false;
        }
        World.Rules r = w.rules(o);
        String what;
        Stage stage = outcome.decidedStage();
        DecisionRule rule = r.decisionRule() != null ? r.decisionRule() : rules.decisionRule();
        if (stage == Stage.MANDATE_GATE && !rules.mandate().covers(crisisType)
                && !r.mandateAdds().contains(crisisType)) {
            r.mandateAdds().add(crisisType);
            what = "extends its mandate to " + crisisType;
        } else if (stage == Stage.AGENDA_GATE && !r.openTabling()) {
            r.openTabling(true);
            what = "lets any member table a member's crisis";
        } else if (stage == Stage.COLLECTIVE_CHOICE && rule.id().equals("consensus")) {
            r.decisionRule(DecisionRule.byId("consensus-minus-one"));
            what = "decides by consensus minus one";
        } else {
            return false;
        }
        String org = w.org(o).id();
        if (w.tracing()) {
            w.event(w.day(), HistoryEvent.Kind.RULE_CHANGE, org, null, mean, String.format(Locale.ROOT,
                    "%s %s after its response to %s (mean credibility %.2f)", org, what, episode, mean), List.of(
                    w.reason(ID, "credibility", mean, String.format(Locale.ROOT,
                            "mean credibility with its members fell to %.2f, below %.2f", mean,
                            w.param(Parameter.CHANGE_THRESHOLD))),
                    w.reason(ID, stage.id(), outcome.decided(), String.format(Locale.ROOT,
                            "the %s set level %d; %d of %d voting members wanted more%s", stage.id(), outcome.decided(),
                            wantMore, voters, requested > outcome.decided() ? ", and the host asked for level "
                                    + requested : ""))));
        }
        return true;
    }

    /** Whether the organization has no patron, or one of its patrons wanted more than was decided. */
    private static boolean patronsWantMore(World w, int o, Outcome outcome) {
        List<String> patrons = w.org(o).patrons();
        if (patrons.isEmpty()) {
            return true;
        }
        for (MemberStance st : outcome.stances()) {
            if (patrons.contains(st.actor()) && st.ideal() > outcome.decided()) {
                return true;
            }
        }
        return false;
    }
}
