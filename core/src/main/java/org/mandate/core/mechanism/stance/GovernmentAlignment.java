package org.mandate.core.mechanism.stance;

import org.mandate.core.model.ResponseLevel;

/**
 * Solidarity with or hostility to the host's government in power: help on the ground (levels 2 to 4) strengthens
 * that government, so a member values it by its attitude to the government times the crisis's severity and the
 * help's effect, in so far as the crisis is about who governs (the type's precedent against incumbents): protecting
 * people from communal violence is not taking sides on the government. The host's government is fully aligned with
 * itself.
 */
public final class GovernmentAlignment implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "government-alignment";

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
        double align = in.isHost ? 1.0 : in.alignment;
        for (int level = 2; level < utility.length; level++) {
            utility[level] += 0.5 * align * in.precedent * in.severity * ResponseLevel.of(level).effect();
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return contribution >= 0
                ? "supports the host's government in power and would see it helped"
                : "is hostile to the host's government in power and would not see it helped";
    }
}
