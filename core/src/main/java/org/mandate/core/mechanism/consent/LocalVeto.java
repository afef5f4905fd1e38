package org.mandate.core.mechanism.consent;

/**
 * Local veto: a sub-state actor that controls a region where an instrument would work, and resists outside presence
 * at least {@link #THRESHOLD}, blocks it unless the capital can overrule it. How far the capital can overrule its
 * regions measures the state's weakness.
 */
public final class LocalVeto {
    /** The stage id. */
    public static final String ID = "local-veto";
    /** The resistance from which a local actor refuses an outside presence. */
    public static final double THRESHOLD = 0.5;

    private LocalVeto() {
    }

    /**
     * What a local actor does to an instrument that needs local consent in its region.
     *
     * @param resistance         its resistance to outside presence
     * @param capitalCanOverrule whether the capital can overrule it
     */
    public static Verdict verdict(double resistance, boolean capitalCanOverrule) {
        if (resistance < THRESHOLD) {
            return Verdict.CONSENTS;
        }
        return capitalCanOverrule ? Verdict.OVERRULED : Verdict.VETOES;
    }

    /** A local actor's answer. */
    public enum Verdict {
        /** It lets the instrument work. */
        CONSENTS,
        /** It refuses, and the capital overrules it, after a delay. */
        OVERRULED,
        /** It refuses, and the capital cannot overrule it. */
        VETOES
    }
}
