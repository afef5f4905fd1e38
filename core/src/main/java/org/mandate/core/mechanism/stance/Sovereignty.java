package org.mandate.core.mechanism.stance;

import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Sovereignty: a member that guards its own domestic affairs dislikes any foreign presence in a member's internal
 * crisis, as a precedent against itself, unless the host asked for it: a presence the host asked for is no
 * interference. The host minds a presence it did not ask for.
 */
public final class Sovereignty implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "sovereignty";

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
        double w = in.interest(Interest.SOVEREIGNTY) * (in.domestic ? 1.0 : 0.5);
        for (int level = 1; level < utility.length; level++) {
            if (in.hostRequested < level) {
                utility[level] -= w * ResponseLevel.of(level).presence();
            }
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return in.isHost
                ? "does not want foreign personnel on its ground unasked"
                : "guards against outside interference in a member's domestic affairs";
    }
}
