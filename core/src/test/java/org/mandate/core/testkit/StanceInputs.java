package org.mandate.core.testkit;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.model.Interest;

/** Stance inputs filled by hand for testing stance terms alone. */
public final class StanceInputs {
    private StanceInputs() {
    }

    /**
     * An input in which nothing moves anyone: every interest at zero, no precedent, need, separatism, open-endedness
     * or severity, an incumbent government, no field office, no lead, no sphere, no resistance, no request.
     */
    public static StanceInput neutral() {
        return new StanceInput();
    }

    /** The input with one interest set. */
    public static StanceInput with(StanceInput in, Interest interest, double value) {
        in.interests[interest.ordinal()] = value;
        return in;
    }

    /** The utilities (levels 0-4) that one term alone adds to a neutral utility vector. */
    public static double[] contribution(org.mandate.core.mechanism.stance.StanceTerm term, StanceInput in) {
        double[] utility = new double[5];
        term.addTo(in, utility);
        return utility;
    }
}
