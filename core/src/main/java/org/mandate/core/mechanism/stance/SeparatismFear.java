package org.mandate.core.mechanism.stance;

import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Fear of separatism: in a crisis about separatism, a member that fears for its own territorial integrity backs the
 * government fighting the separatists with a statement, and with help in proportion to its attitude to that
 * government (memo, section 'SCO: China's Passivity and the Problem of Deliberative Norms').
 */
public final class SeparatismFear implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "separatism-fear";

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
        if (in.separatist <= 0) {
            return;
        }
        double align = in.isHost ? 1.0 : in.alignment;
        double w = in.interest(Interest.SEPARATISM_FEAR) * in.separatist * (1 + align) / 2;
        utility[1] += w;
        for (int level = 2; level < utility.length; level++) {
            utility[level] += w * ResponseLevel.of(level).effect();
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return "fears separatism at home and backs a government fighting it";
    }
}
