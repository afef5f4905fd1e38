package org.mandate.core.mechanism.stance;

import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Image and recognition: a member that cares how it is seen values a visible response to a crisis with people in
 * need, in proportion to its severity and to what the response can do on the ground.
 */
public final class Image implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "image";

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
        double w = in.interest(Interest.IMAGE) * in.severity * in.humanitarianNeed;
        for (int level = 1; level < utility.length; level++) {
            utility[level] += 0.5 * w * ResponseLevel.of(level).effect();
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return "wants to be seen responding to people in need";
    }
}
