package org.mandate.core.mechanism.reluctance;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Lead-state reluctance: the cost of a commitment to a member is its aversion to open-ended commitments times its
 * share of the burden (its share of the organization's capability) times the size of the commitment, and grows
 * with how open-ended a mission into this kind of crisis would be, and, for a presence on the ground, with the
 * resistance of the local authorities it would meet there. The host carries no burden abroad.
 */
public final class LeadStateReluctance implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "lead-state-reluctance";

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
        if (in.isHost) {
            return;
        }
        double weight = in.interest(Interest.COST_AVERSION) * in.burden * (0.5 + in.openEnded);
        for (int level = 1; level < utility.length; level++) {
            ResponseLevel l = ResponseLevel.of(level);
            utility[level] -= weight * l.commitment() * (1 + in.localResistance * l.presence());
        }
    }

    /**
     * The change in the member's utility for each level per unit of burden share: how the term grows with the
     * burden, all else equal. Zero for the host.
     */
    public static void perBurden(StanceInput in, double[] slope) {
        java.util.Arrays.fill(slope, 0.0);
        if (in.isHost) {
            return;
        }
        double weight = in.interest(Interest.COST_AVERSION) * (0.5 + in.openEnded);
        for (int level = 1; level < slope.length; level++) {
            ResponseLevel l = ResponseLevel.of(level);
            slope[level] = -weight * l.commitment() * (1 + in.localResistance * l.presence());
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return String.format(java.util.Locale.ROOT,
                "would carry %.0f%% of the burden and fears an open-ended commitment%s", 100 * in.burden,
                in.localResistance > 0 && ResponseLevel.of(level).presence() > 0
                        ? " against local resistance" : "");
    }
}
