package org.mandate.core.mechanism.forumshopping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.history.Base;
import org.mandate.core.history.Driver;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.mechanism.competition.GreatPowerCompetition;
import org.mandate.core.model.Interest;

/**
 * Forum shopping and rents: states drift toward the power that pays them more, and hosts grant, price, renegotiate
 * and revoke bases.
 *
 * <p>A state's alignment with a power that pays it more than an even share of what the powers pay it rises, in
 * proportion to its rents interest, and returns toward its standing alignment over time.
 *
 * <p>A host's willingness to keep a power's base is its alignment with the power, plus, in proportion to its rents
 * interest, the rent against what the power's rivals offer to see the base go (in units of {@code rentScale}),
 * (the power's assistance counts with the rent), less the sovereignty cost of a foreign base; a declared neutral
 * refuses bases. Below {@code evictThreshold} the host gives notice; a power that still needs the base matches the
 * rival's offer if it can and the host's alignment with it is at least {@code reversalAlign}, and the notice is withdrawn at the higher rent; otherwise the base closes after notice. A new government
 * renegotiates every base on its ground a while after it takes power, at the rent the rivals' offer lets it ask.
 * Switched off, states do not weigh rents: no drift toward payers, no rent bargaining.
 */
public final class ForumShopping {
    /** Mechanism id. */
    public static final String ID = "forum-shopping";

    private ForumShopping() {
    }

    /** Moves each state's alignment toward the powers that pay it more, and back toward its standing alignment. */
    public static void drift(World w) {
        double dt = w.dt();
        int np = w.powers();
        double[] received = new double[np];
        for (int s = 0; s < w.states(); s++) {
            if (w.powerOf(s) >= 0) {
                continue;
            }
            double total = 0;
            for (int p = 0; p < np; p++) {
                received[p] = w.rent(s, p);
                for (int d = 0; d < w.donors(); d++) {
                    if (w.donorPower(d) == p) {
                        received[p] += w.offer(d, s);
                    }
                }
                total += received[p];
            }
            double rents = w.on(ID) ? w.interest(s, Interest.RENTS) : 0;
            for (int p = 0; p < np; p++) {
                double a = w.align(s, p);
                // a state courts the powers that pay it more than an even share; one that pays less is not
                // thereby an enemy, it only loses ground relative to the others
                double pull = total > 0 ? w.param(Parameter.FORUM_SHOPPING) * rents * 2
                        * Math.max(0, received[p] / total - 1.0 / np) : 0;
                double memory = w.param(Parameter.ALIGN_MEMORY) * (w.alignAnchor(s, p) - a);
                w.align(s, p, a + dt * (pull + memory));
            }
        }
    }

    /** A host's willingness to keep (or grant) a power's base at a rent, against a rival's offer. */
    public static double willingness(World w, int host, int power, double rent, double rivalOffer) {
        if (w.neutral(host)) {
            return -10;
        }
        double rents = w.on(ID) ? w.interest(host, Interest.RENTS) : 0;
        return w.align(host, power) - w.param(Parameter.BASE_CAMP) * rivalCamp(w, host, power)
                + rents * (rent + aid(w, host, power) - rivalOffer) / w.param(Parameter.RENT_SCALE)
                - w.param(Parameter.BASE_SOVEREIGNTY) * w.interest(host, Interest.SOVEREIGNTY);
    }

    /** The host's closest alignment with a rival of the power (0 when none is positive). */
    static double rivalCamp(World w, int host, int power) {
        double best = 0;
        for (int q = 0; q < w.powers(); q++) {
            if (q != power && (w.rivals(q, power) || w.rivals(power, q))) {
                best = Math.max(best, w.align(host, q));
            }
        }
        return best;
    }

    /** The assistance the power offers the host this step, USD million a year: part of the price of a base. */
    static double aid(World w, int host, int power) {
        double usd = 0;
        for (int d = 0; d < w.donors(); d++) {
            if (w.donorPower(d) == power) {
                usd += w.offer(d, host);
            }
        }
        return usd;
    }

    /**
     * The rent that brings the host's willingness up to the threshold for granting a base, or infinity when no rent
     * can (a host that does not weigh rents).
     */
    public static double rentNeeded(World w, int host, int power, double rivalOffer) {
        double rents = w.on(ID) ? w.interest(host, Interest.RENTS) : 0;
        double gap = w.param(Parameter.BASE_THRESHOLD) - willingness(w, host, power, rivalOffer, rivalOffer);
        if (gap <= 0) {
            return rivalOffer;
        }
        return rents <= 0 ? Double.POSITIVE_INFINITY : rivalOffer + gap * w.param(Parameter.RENT_SCALE) / rents;
    }

    /** One step of the bases' lives: closures, reversals, notices, renegotiations, new bases. */
    public static void bases(World w) {
        closures(w);
        notices(w);
        renegotiations(w);
        openings(w);
    }

    private static void closures(World w) {
        for (Base b : w.bases()) {
            if (!b.open()) {
                continue;
            }
            String power = w.stateId(w.powerState(b.power()));
            String host = w.stateId(b.host());
            if (b.noticeOn() != null) {
                java.time.LocalDate out = b.noticeOn().plusDays((long) w.param(Parameter.NOTICE_DAYS));
                if (out.isBefore(w.stepEnd())) {
                    b.close(out.isBefore(w.day()) ? w.day() : out);
                    w.rentsChanged();
                    if (w.tracing()) {
                        w.event(b.closed(), HistoryEvent.Kind.BASE_CLOSE, host, power, 0, String.format(Locale.ROOT,
                                "%s's base %s in %s closes after the host's notice", power, b.id(), host),
                                List.of(w.reason(ID, null, Double.NaN, "the notice of " + b.noticeOn() + " ran out")));
                    }
                }
                continue;
            }
            if (b.demand() != null && GreatPowerCompetition.basingDemand(w, b.power(), b.host()) == null) {
                b.close(w.day());
                w.rentsChanged();
                if (w.tracing()) {
                    w.event(w.day(), HistoryEvent.Kind.BASE_CLOSE, host, power, 0, String.format(Locale.ROOT,
                            "%s leaves its base %s in %s: the demand it served (%s) has ended", power, b.id(), host,
                            b.demand()), List.of(w.reason(GreatPowerCompetition.ID, "basing-demand", Double.NaN,
                            "the power no longer needs a base in range")));
                }
            }
        }
    }

    private static void notices(World w) {
        for (Base b : w.bases()) {
            if (!b.open() || b.noticeOn() != null) {
                continue;
            }
            int s = b.host();
            int p = b.power();
            double rival = GreatPowerCompetition.rivalOffer(w, s, p);
            double will = willingness(w, s, p, b.rent(), rival);
            if (will >= w.param(Parameter.EVICT_THRESHOLD)) {
                continue;
            }
            String power = w.stateId(w.powerState(p));
            String host = w.stateId(s);
            List<HistoryEvent.Reason> why = w.tracing() ? reasons(w, s, p, b.rent(), rival) : List.of();
            b.noticeOn(w.day());
            if (w.tracing()) {
                w.event(w.day(), HistoryEvent.Kind.EVICTION_NOTICE, host, power, b.rent(), String.format(Locale.ROOT,
                        "%s gives %s notice to leave its base %s (willingness %.2f)", host, power, b.id(), will),
                        why);
            }
            // the power answers at once if it still needs the base, can pay, and the host is not hostile
            double needed = rentNeeded(w, s, p, rival);
            boolean needs = GreatPowerCompetition.basingDemand(w, p, s) != null || b.demand() == null;
            if (needs && w.align(s, p) >= w.param(Parameter.REVERSAL_ALIGN) && needed <= w.param(Parameter.RENT_CEILING)
                    && needed > b.rent()) {
                java.time.LocalDate on = w.day().plusMonths(w.spec().stepMonths() == 1 ? 1 : 3);
                double old = b.rent();
                b.rent(needed);
                w.rentsChanged();
                b.noticeOn(null);
                if (w.tracing()) {
                    List<HistoryEvent.Reason> r2 = new ArrayList<>(why);
                    r2.add(w.reason(ID, Interest.RENTS.key(), needed, String.format(Locale.ROOT,
                            "%s matches the rival offer of %.1f with a rent of %.1f a year", power, rival, needed)));
                    w.event(on, HistoryEvent.Kind.EVICTION_REVERSED, host, power, needed, String.format(Locale.ROOT,
                            "%s withdraws its notice: %s raises the rent of %s from %.1f to %.1f", host, power,
                            b.id(), old, needed), r2);
                    w.event(on, HistoryEvent.Kind.RENT_RISE, host, power, needed, String.format(Locale.ROOT,
                            "rent of %s rises from %.1f to %.1f a year", b.id(), old, needed), r2);
                }
            }
        }
    }

    private static void renegotiations(World w) {
        for (Base b : w.bases()) {
            if (!b.open() || b.renegotiateOn() == null || b.renegotiateOn().isAfter(w.day())) {
                continue;
            }
            b.renegotiateOn(null);
            if (!w.on(ID)) {
                continue;
            }
            int s = b.host();
            int p = b.power();
            double rival = GreatPowerCompetition.rivalOffer(w, s, p);
            // the new government asks what the rivals' offer lets it ask, and the power pays up to its ceiling
            double ask = Math.min(w.param(Parameter.RENT_CEILING), rentNeeded(w, s, p, rival) + rival * 0.5);
            if (ask > b.rent() * 1.05) {
                double old = b.rent();
                b.rent(ask);
                w.rentsChanged();
                String power = w.stateId(w.powerState(p));
                String host = w.stateId(s);
                if (w.tracing()) {
                    List<HistoryEvent.Reason> why = reasons(w, s, p, old, rival);
                    why.add(w.reason(ID, Interest.RENTS.key(), ask, "a new government renegotiates the base's terms"));
                    w.event(w.day(), HistoryEvent.Kind.RENT_RISE, host, power, ask, String.format(Locale.ROOT,
                            "%s's new government renegotiates %s: rent rises from %.1f to %.1f a year", host, b.id(),
                            old, ask), why);
                }
            }
        }
    }

    private static void openings(World w) {
        for (int p = 0; p < w.powers(); p++) {
            List<Driver> drivers = w.spec().drivers();
            for (int i = 0; i < drivers.size(); i++) {
                Driver d = drivers.get(i);
                if (w.basingDemandOf(i) != p || !d.activeOn(w.day())) {
                    continue;
                }
                int have = 0;
                for (Base b : w.bases()) {
                    if (b.open() && b.power() == p && d.id().equals(b.demand())) {
                        have++;
                    }
                }
                while (have < (int) w.param(Parameter.BASE_COUNT)) {
                    int best = -1;
                    double bestWill = w.param(Parameter.BASE_THRESHOLD);
                    for (int s : w.driverHosts(i)) {
                        if (w.hasBase(s, p) || recentlyEvicted(w, s, p)) {
                            continue;
                        }
                        double will = willingness(w, s, p, w.param(Parameter.OPENING_RENT),
                                GreatPowerCompetition.rivalOffer(w, s, p));
                        if (will > bestWill) {
                            bestWill = will;
                            best = s;
                        }
                    }
                    if (best < 0) {
                        break;
                    }
                    open(w, best, p, d.id(), bestWill, "serves " + d.id());
                    have++;
                }
            }
            counterBases(w, p);
        }
    }

    private static void counterBases(World w, int q) {
        if (!w.on(GreatPowerCompetition.ID)) {
            return;
        }
        for (Base b : new ArrayList<>(w.bases())) {
            int s = b.host();
            int p = b.power();
            if (!b.open() || p == q || !w.rivals(q, p) || !w.inZone(q, s) || w.hasBase(s, q)
                    || w.tension(q, p) < w.param(Parameter.COUNTER_TENSION)) {
                continue;
            }
            double will = willingness(w, s, q, w.param(Parameter.OPENING_RENT), 0);
            if (will > w.param(Parameter.BASE_THRESHOLD)) {
                open(w, s, q, null, will, "answers " + w.stateId(w.powerState(p)) + "'s base " + b.id());
            }
        }
    }

    private static boolean recentlyEvicted(World w, int s, int p) {
        for (Base b : w.bases()) {
            if (b.host() == s && b.power() == p && !b.open() && b.closed().plusYears(5).isAfter(w.day())) {
                return true;
            }
        }
        return false;
    }

    private static void open(World w, int s, int p, String demand, double will, String why) {
        Base b = w.openBase(s, p, w.param(Parameter.OPENING_RENT));
        b.demand(demand);
        if (!w.tracing()) {
            return;
        }
        String power = w.stateId(w.powerState(p));
        String host = w.stateId(s);
        List<HistoryEvent.Reason> reasons = reasons(w, s, p, b.rent(), GreatPowerCompetition.rivalOffer(w, s, p));
        reasons.add(0, w.reason(demand == null ? GreatPowerCompetition.ID : ID, "basing-demand", Double.NaN,
                power + " " + why));
        w.event(w.day(), HistoryEvent.Kind.BASE_OPEN, host, power, b.rent(), String.format(Locale.ROOT,
                "%s opens a base in %s (%s), rent %.1f a year; host willingness %.2f", power, host, b.id(), b.rent(),
                will), reasons);
    }

    private static List<HistoryEvent.Reason> reasons(World w, int s, int p, double rent, double rival) {
        List<HistoryEvent.Reason> out = new ArrayList<>();
        String power = w.stateId(w.powerState(p));
        out.add(w.reason(ID, "alignment", w.align(s, p), String.format(Locale.ROOT,
                "%s's alignment with %s is %.2f", w.stateId(s), power, w.align(s, p))));
        double rents = w.on(ID) ? w.interest(s, Interest.RENTS) : 0;
        out.add(w.reason(ID, Interest.RENTS.key(), rents * rent / w.param(Parameter.RENT_SCALE),
                String.format(Locale.ROOT, "rent of %.1f a year, weighed by a rents interest of %.2f", rent, rents)));
        if (rival > 0) {
            int q = GreatPowerCompetition.rivalBidder(w, s, p);
            out.add(w.reason(GreatPowerCompetition.ID, Interest.RIVALRY.key(), rival, String.format(Locale.ROOT,
                    "%s offers %.1f a year to see it go (tension with %s %.2f)",
                    q >= 0 ? w.stateId(w.powerState(q)) : "a rival", rival, power,
                    q >= 0 ? w.tension(q, p) : 0)));
        }
        double sov = w.param(Parameter.BASE_SOVEREIGNTY) * w.interest(s, Interest.SOVEREIGNTY);
        out.add(w.reason(ID, Interest.SOVEREIGNTY.key(), -sov, String.format(Locale.ROOT,
                "a foreign base costs %.2f of sovereignty", sov)));
        return out;
    }
}
