package org.mandate.core.mechanism.solidarity;

import org.mandate.core.mechanism.stance.StanceInput;
import org.mandate.core.mechanism.stance.StanceTerm;
import org.mandate.core.model.Interest;

/**
 * Regime solidarity: in a crisis that sets a precedent against incumbents, a member that fears for its own regime
 * values a statement. Against a government that took power unconstitutionally the statement condemns the change,
 * and is worth less the more the member supports the new government; for an incumbent it is a statement of
 * backing, worth more the more the member supports it, and the backing carries over to any help. The government
 * concerned never wants itself condemned.
 */
public final class RegimeSolidarity implements StanceTerm {
    /** The mechanism id. */
    public static final String ID = "regime-solidarity";

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
        if (in.precedent <= 0) {
            return;
        }
        double fear = in.interest(Interest.REGIME_SECURITY) * in.precedent;
        if (in.interimGovernment) {
            utility[1] += in.isHost ? -fear - in.interest(Interest.IMAGE) : fear * (1 - Math.max(0, in.alignment));
        } else {
            double backing = fear * (1 + in.alignment) / 2;
            for (int level = 1; level < utility.length; level++) {
                // monitoring the host's conduct scrutinises the government rather than backing it, unless it asked
                if (level == 1 || !in.monitoring || in.hostRequested >= level) {
                    utility[level] += backing;
                }
            }
        }
    }

    @Override
    public String explain(StanceInput in, int level, double contribution) {
        if (in.interimGovernment) {
            return in.isHost
                    ? "the government concerned will not have its own rise condemned"
                    : "fears the precedent of an unconstitutional change and wants it condemned";
        }
        return "fears the precedent against an incumbent and backs the government in power";
    }
}
