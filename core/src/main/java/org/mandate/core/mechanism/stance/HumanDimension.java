package org.mandate.core.mechanism.stance;

import org.mandate.core.model.Interest;
import org.mandate.core.model.ResponseLevel;

/**
 * The human dimension (mechanism 11): where the organization's level-2 instrument monitors the host's conduct
 * (election observation, fact-finding, field-office reporting), a member values that level, and any presence above
 * it, which brings the monitoring along, by its stance on human-dimension monitoring, when the crisis is about how
 * the host is governed ({@link #POLITICAL}), in proportion to its precedent against incumbents (the type's precedent against incumbents):
 * democracies that back monitoring want it, governments that work to limit it oppose it as a precedent against
 * themselves, unless the host asked for that level (memo, section 'OSCE: From Helsinki to Osh (and Back Again)').
 */
public final class HumanDimension implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "human-dimension";
    /**
     * The precedent from which a crisis is about how the host is governed (changes of power, protests, crackdowns,
     * civil war), the crises human-dimension monitoring looks at; communal violence and terrorism are not.
     */
    public static final double POLITICAL = 0.5;

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
        if (!in.monitoring || in.precedent < POLITICAL) {
            return;
        }
        double w = 0.5 * in.interest(Interest.HUMAN_DIMENSION) * in.precedent;
        for (int level = ResponseLevel.FACILITATION.value(); level < utility.length; level++) {
            // monitoring the host asked for sets no precedent against anyone else, as with sovereignty
            utility[level] += w < 0 && in.hostRequested >= level ? 0 : w;
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        return contribution >= 0
                ? "backs human-dimension monitoring of how the host governs"
                : "works to limit human-dimension monitoring, a precedent against itself";
    }
}
