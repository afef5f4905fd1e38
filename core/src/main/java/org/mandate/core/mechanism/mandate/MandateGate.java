package org.mandate.core.mechanism.mandate;

import org.mandate.core.model.Mandate;
import org.mandate.core.model.ResponseLevel;

/**
 * The mandate gate: a crisis whose type the mandate names, or that the deciding body frames as foreign where the
 * mandate covers foreign threats, admits every level; any other crisis is "a domestic matter" and admits only the
 * levels up to the mandate's ceiling for crises outside it.
 */
public final class MandateGate {
    /** The stage id. */
    public static final String ID = "mandate-gate";

    private MandateGate() {
    }

    /** The highest level the mandate admits for the crisis. */
    public static int ceiling(Mandate mandate, String crisisType, boolean framedForeign) {
        if (covers(mandate, crisisType, framedForeign)) {
            return ResponseLevel.FORCE.value();
        }
        return mandate.outsideCeiling().value();
    }

    /** Whether the crisis is inside the mandate. */
    public static boolean covers(Mandate mandate, String crisisType, boolean framedForeign) {
        return mandate.covers(crisisType) || (framedForeign && mandate.foreignFramed());
    }
}
