package org.mandate.core.mechanism.competition;

import java.util.List;
import org.mandate.core.history.Driver;
import org.mandate.core.history.FieldPresence;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.model.Interest;

/**
 * Great-power competition (mechanism 12): the assistance each donor offers each state in a step, the tension between
 * powers that take opposite sides in crises, and the rival offers that tension puts on the table.
 *
 * <p>A power spreads its budget over the states by its interest in them (its zone, and the hosts it wants bases in)
 * and their alignment with it; with competition on, it adds an offer in proportion to its rivalry interest and its
 * rivals' alignment with the state, so contested states get more. An organization's budget goes to the member
 * hosts of its police-assistance field presences. Switched off, powers neither court contested states nor feel
 * tension, and no rival bids for a base.
 */
public final class GreatPowerCompetition {
    /** Mechanism id. */
    public static final String ID = "great-power-competition";

    private GreatPowerCompetition() {
    }

    /** Sets every donor's offer to every state for the current step. */
    public static void offers(World w) {
        boolean on = w.on(ID);
        for (int d = 0; d < w.donors(); d++) {
            double budget = w.donor(d).budgetOn(w.day());
            int p = w.donorPower(d);
            if (p >= 0) {
                powerOffers(w, d, p, budget, on);
            } else {
                organizationOffers(w, d, budget);
            }
        }
    }

    private static void powerOffers(World w, int d, int p, double budget, boolean on) {
        double norm = 0;
        for (int s = 0; s < w.states(); s++) {
            if (w.powerOf(s) < 0) {
                norm += interest(w, p, s) * (1 + w.align(s, p)) / 2;
            }
        }
        double rivalry = w.interest(w.powerState(p), Interest.RIVALRY);
        for (int s = 0; s < w.states(); s++) {
            if (w.powerOf(s) >= 0 || norm <= 0) {
                w.offer(d, s, 0);
                continue;
            }
            double i = interest(w, p, s);
            double weight = i * (1 + w.align(s, p)) / 2;
            if (on) {
                double rivals = 0;
                for (int q = 0; q < w.powers(); q++) {
                    if (w.rivals(p, q)) {
                        rivals += Math.max(0, w.align(s, q));
                    }
                }
                weight += w.param(Parameter.COMPETITION_BOOST) * rivalry * rivals * i;
            }
            w.offer(d, s, budget * weight / norm);
        }
    }

    private static void organizationOffers(World w, int d, double budget) {
        int o = w.donorOrg(d);
        int hosts = 0;
        boolean[] served = new boolean[w.states()];
        List<FieldPresence> presences = w.spec().presences();
        for (int i = 0; i < presences.size(); i++) {
            FieldPresence f = presences.get(i);
            int s = w.presenceHost(i);
            if (s >= 0 && w.presencePoliceDonor(i) == d && f.openOn(w.day())
                    && (o < 0 || w.status(o, s) == World.MEMBER) && !served[s]) {
                served[s] = true;
                hosts++;
            }
        }
        for (int s = 0; s < w.states(); s++) {
            w.offer(d, s, served[s] ? budget / hosts : 0);
        }
    }

    /** A power's interest in a state: its zone, or a quarter of that, and more where it wants a base. */
    public static double interest(World w, int p, int s) {
        double i = w.param(Parameter.ZONE_INTEREST) * (w.inZone(p, s) ? 1 : 0.25);
        if (basingDemand(w, p, s) != null) {
            i += w.param(Parameter.ZONE_INTEREST);
        }
        return i;
    }

    /** The basing demand of the power in force today that covers the host, or null. */
    public static Driver basingDemand(World w, int p, int s) {
        return w.demand(p, s);
    }

    /** Lets tension between powers fade over the step. */
    public static void fade(World w) {
        double keep = Math.exp(-w.param(Parameter.TENSION_DECAY) * w.dt());
        for (int p = 0; p < w.powers(); p++) {
            for (int q = p + 1; q < w.powers(); q++) {
                w.tension(p, q, w.tension(p, q) * keep);
            }
        }
    }

    /**
     * Raises the tension between powers that took opposite sides on a host's government in a crisis: by the
     * disagreement beyond a half, times severity. Nothing when the mechanism is off.
     *
     * @param stance each power's alignment with the host's government in the episode, NaN when it took none
     */
    public static void crisis(World w, double[] stance, double severity) {
        if (!w.on(ID)) {
            return;
        }
        for (int p = 0; p < w.powers(); p++) {
            for (int q = p + 1; q < w.powers(); q++) {
                if (Double.isNaN(stance[p]) || Double.isNaN(stance[q]) || !(w.rivals(p, q) || w.rivals(q, p))) {
                    continue;
                }
                double gap = Math.abs(stance[p] - stance[q]) - 0.5;
                if (gap > 0) {
                    w.tension(p, q, w.tension(p, q) + w.param(Parameter.TENSION_GAIN) * gap * severity);
                }
            }
        }
    }

    /**
     * What rivals of the base's power offer its host a year to evict it: the largest, over the powers that count
     * the base's power as a rival and the host as their zone, of the rival pressure times their rivalry and zone
     * interests and their tension with it. Zero when the mechanism is off.
     */
    public static double rivalOffer(World w, int host, int power) {
        if (!w.on(ID)) {
            return 0;
        }
        double best = 0;
        for (int q = 0; q < w.powers(); q++) {
            if (q == power || !w.rivals(q, power) || !w.inZone(q, host)) {
                continue;
            }
            int qs = w.powerState(q);
            double bid = w.param(Parameter.RIVAL_PRESSURE) * w.interest(qs, Interest.RIVALRY)
                    * w.interest(qs, Interest.ZONE_OF_INTEREST) * w.tension(q, power);
            best = Math.max(best, bid);
        }
        return best;
    }

    /** The strongest rival of the power with a zone claim on the host, or -1. */
    public static int rivalBidder(World w, int host, int power) {
        int best = -1;
        double bestBid = 0;
        for (int q = 0; q < w.powers(); q++) {
            if (q == power || !w.rivals(q, power) || !w.inZone(q, host)) {
                continue;
            }
            double bid = w.interest(w.powerState(q), Interest.RIVALRY) * w.tension(q, power);
            if (bid > bestBid) {
                bestBid = bid;
                best = q;
            }
        }
        return best;
    }
}
