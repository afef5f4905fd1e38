package org.mandate.core.mechanism.neighbour;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Neighbour veto: for a member whose sphere covers the host or the regions hit, a response is worth its effect on
 * containing the crisis, less the weight of a foreign presence on that ground, which is the heavier the more
 * open-ended it would be and the more it is a third party's: the lead state's own presence is no third party's, so
 * it feels only the benefit; a presence led by a state it counts a rival weighs fully, one led by a partner a
 * quarter as much.
 */
public final class NeighbourVeto implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "neighbour-veto";

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
        if (!in.zoneCovered || in.isHost) {
            return;
        }
        double zone = in.interest(Interest.ZONE_OF_INTEREST);
        for (int level = 1; level < utility.length; level++) {
            ResponseLevel l = ResponseLevel.of(level);
            double presence = l.presence() * in.openEnded * thirdParty(in);
            utility[level] += zone * (0.5 * in.severity * l.effect() - presence);
        }
    }

    /**
     * How far the organization's presence counts as a third party's: not at all for its own lead state, fully where
     * there is no lead or the lead is a rival, and a quarter where the lead is a partner it does not count a rival.
     */
    static double thirdParty(StanceInput in) {
        if (in.isLead) {
            return 0;
        }
        return !in.hasLead || in.rivalOfLead ? 1 : 0.25;
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return contribution < 0
                ? "opposes a lasting third-party presence in an area it counts as its own sphere"
                : "wants the crisis in its own sphere contained";
    }
}
