package org.mandate.core.mechanism.neighbour;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Neighbour veto: for a member whose sphere covers the host or the regions hit, a response is worth its effect on
 * containing the crisis, less the weight of a foreign presence on that ground, which is the heavier the more
 * open-ended it would be. The lead state's own presence is no third party's, so it feels only the benefit.
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
        if (!in.zoneCovered || in.isHost) {
            return;
        }
        double zone = in.interest(Interest.ZONE_OF_INTEREST);
        for (int level = 1; level < utility.length; level++) {
            ResponseLevel l = ResponseLevel.of(level);
            double presence = in.isLead ? 0 : l.presence() * in.openEnded;
            utility[level] += zone * (0.5 * in.severity * l.effect() - presence);
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return contribution < 0
                ? "opposes a lasting third-party presence in an area it counts as its own sphere"
                : "wants the crisis in its own sphere contained";
    }
}
