package org.mandate.core.mechanism.waitandsee;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Wait-and-see: while the host's government is interim and its composition unclear, a statement about it (level 1)
 * or a mission or force working with it (levels 3 and 4) takes a position on its legitimacy, which costs a cautious
 * member its whole wait-and-see weight. Relief, facilitation and monitoring (level 2) take no such position.
 */
public final class WaitAndSee implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "wait-and-see";

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
        if (!in.contestedGovernment || in.isHost) {
            return;
        }
        double w = in.interest(Interest.WAIT_AND_SEE);
        for (int level = 1; level < utility.length; level++) {
            if (level != ResponseLevel.FACILITATION.value()) {
                utility[level] -= w;
            }
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return "takes no position on the new government until its composition is clear";
    }
}
