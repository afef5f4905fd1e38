package org.mandate.core.mechanism.brokerage;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Legitimacy brokerage: when the host's government is interim and unsettled and the organization has a field office
 * there, political facilitation (level 2) is worth the member's care for its image plus its support for the new
 * government; it is cheap, visible and commits no one.
 */
public final class LegitimacyBrokerage implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "legitimacy-brokerage";

    @Override
    public String mechanism() {
        return ID;
    }

    @Override
    public void addTo(StanceInput in, double[] utility) {
        add(in, utility);
    }

    /** Adds this term's contribution to each level 1 to 4; static so the stance stage can call it directly. */
    public static void add(StanceInput in, double[] utility) {
        if (!in.contestedGovernment || !in.fieldPresence) {
            return;
        }
        utility[ResponseLevel.FACILITATION.value()] +=
                0.5 * (in.interest(Interest.IMAGE) + Math.max(0, in.alignment));
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return "values brokering the new government through the field office: visible and cheap";
    }
}
