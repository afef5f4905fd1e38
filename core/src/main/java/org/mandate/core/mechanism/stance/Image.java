package org.mandate.core.mechanism.stance;

import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * Image and recognition: a member that cares how it is seen values a visible response to a crisis with people in
 * need, in proportion to its severity; relief and facilitation are the most visible for their cost.
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
        double w = in.interest(Interest.IMAGE) * in.severity * in.humanitarianNeed;
        for (int level = 1; level < utility.length; level++) {
            utility[level] += w * Math.min(ResponseLevel.of(level).effect(), ResponseLevel.FACILITATION.effect());
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return "wants to be seen responding to people in need";
    }
}
