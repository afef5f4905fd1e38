package org.mandate.core.mechanism.membershipchoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.history.Charter;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.Institution;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.model.Interest;

/**
 * Membership choice: each step, each state weighs each organization it could belong to and joins, renews, suspends
 * or leaves as the charter allows.
 *
 * <p>The value of membership is the sum of: alignment with the organization's patrons, less, for a bloc, alignment
 * with their closest rival (joining takes a side); less the sovereignty cost of
 * a patron's dominance (by the organization's kind, times the state's sovereignty interest); regime protection
 * (by kind, times regime threat, times the state's alignment with the patrons, or a half without a patron); less human-dimension scrutiny for a regime that opposes it (a cooperative
 * organization, times its monitoring reach); the organization's credibility with a member; recognition for a new
 * state in a cooperative organization of sovereign states; image; and the patrons' share of the assistance and rents the state
 * receives, times its rents interest. A declared neutral joins no security or economic bloc. A power joins the
 * organizations it leads (not partnerships it offers) and no one else's but another power's partnership, which it
 * weighs like any state. A state joins above
 * {@code joinThreshold} if the charter admits it and the patrons are not hostile; a member leaves below minus
 * {@code leaveThreshold} where the charter lets it (at the end of a term, or after notice), or suspends where only
 * suspension is allowed; at the end of a term it renews only at or above {@code renewalThreshold}. Switched off,
 * memberships stay as they were on the first day and new organizations have no members.
 */
public final class MembershipChoice {
    /** Mechanism id. */
    public static final String ID = "membership-choice";

    private MembershipChoice() {
    }

    /** One step of choices for every organization in existence and every state. */
    public static void step(World w) {
        if (!w.on(ID)) {
            // no choices: only notices already given run out
            for (int o = 0; o < w.orgs(); o++) {
                for (int s = 0; s < w.states(); s++) {
                    if (w.pendingLeave(o, s) != null) {
                        choose(w, o, s);
                    }
                }
            }
            return;
        }
        for (int o = 0; o < w.orgs(); o++) {
            Institution org = w.org(o);
            if (!org.existsOn(w.day()) && !foundedInStep(w, org)) {
                continue;
            }
            for (int s = 0; s < w.states(); s++) {
                choose(w, o, s);
            }
        }
    }

    private static boolean foundedInStep(World w, Institution org) {
        return org.founded().isBefore(w.stepEnd()) && !org.founded().isBefore(w.day());
    }

    private static void choose(World w, int o, int s) {
        Institution org = w.org(o);
        LocalDate pending = w.pendingLeave(o, s);
        if (pending != null) {
            if (pending.isBefore(w.stepEnd())) {
                w.leave(o, s, pending);
                if (w.tracing()) {
                    w.event(pending, HistoryEvent.Kind.LEAVE, w.stateId(s), org.id(), Double.NaN,
                            w.stateId(s) + " leaves " + org.id() + " as its notice runs out",
                            List.of(w.reason(ID, null, Double.NaN, "notice given earlier")));
                }
            }
            return;
        }
        int current = w.status(o, s);
        if (current == World.NONE && !w.admits(o, s)
                || current == World.MEMBER && !w.mayLeaveNow(o) && !w.maySuspendNow(o)) {
            // nothing the state could do this step: the charter does not admit it, or lets no member go
            return;
        }
        double u = value(w, o, s, null);
        List<HistoryEvent.Reason> why = w.tracing() ? new ArrayList<>() : null;
        if (why != null && acts(w, o, s, u)) {
            value(w, o, s, why);
        }
        int status = w.status(o, s);
        Charter charter = org.charter();
        LocalDate on = foundedInStep(w, org) ? org.founded() : w.day();
        if (status == World.NONE) {
            if (u > w.param(Parameter.JOIN_THRESHOLD) && admitted(w, o, s)) {
                w.join(o, s, on);
                if (w.tracing()) {
                    w.event(on, HistoryEvent.Kind.JOIN, w.stateId(s), org.id(), u, String.format(Locale.ROOT,
                            "%s %s %s (value of membership %.2f)", w.stateId(s), on.equals(org.founded())
                                    ? "founds" : "joins", org.id(), u), why);
                }
            }
        } else if (status == World.SUSPENDED) {
            if (u > w.param(Parameter.JOIN_THRESHOLD)) {
                w.join(o, s, on);
                if (w.tracing()) {
                    w.event(on, HistoryEvent.Kind.JOIN, w.stateId(s), org.id(), u, String.format(Locale.ROOT,
                            "%s resumes its part in %s (value of membership %.2f)", w.stateId(s), org.id(), u), why);
                }
            }
        } else {
            boolean window = window(w, o);
            if (u >= exitBar(w, o)) {
                return;
            }
            if (charter.mayLeaveIn(w.day(), w.stepEnd())) {
                LocalDate out = charter.leavesOn(w.day(), w.stepEnd());
                if (window && why != null) {
                    why.add(w.reason(ID, "charter", Double.NaN, "the term ends on " + out + " and " + w.stateId(s)
                            + " does not renew"));
                }
                if (out.isBefore(w.stepEnd())) {
                    w.leave(o, s, out);
                    if (w.tracing()) {
                        w.event(out, HistoryEvent.Kind.LEAVE, w.stateId(s), org.id(), u, String.format(Locale.ROOT,
                                "%s leaves %s (value of membership %.2f)", w.stateId(s), org.id(), u), why);
                    }
                } else {
                    w.giveNotice(o, s, out);
                    if (w.tracing()) {
                        w.event(w.day(), HistoryEvent.Kind.NOTICE, w.stateId(s), org.id(), u, String.format(Locale.ROOT,
                                "%s gives notice of leaving %s, effective %s (value of membership %.2f)", w.stateId(s),
                                org.id(), out, u), why);
                    }
                }
            } else if (charter.maySuspendOn(w.day())) {
                w.suspend(o, s, w.day());
                if (w.tracing()) {
                    w.event(w.day(), HistoryEvent.Kind.SUSPEND, w.stateId(s), org.id(), u, String.format(Locale.ROOT,
                            "%s suspends its part in %s (value of membership %.2f)", w.stateId(s), org.id(), u), why);
                }
            }
        }
    }

    /** Whether a term of the organization ends in this step (a renewal window of its charter). */
    private static boolean window(World w, int o) {
        return w.windowNow(o);
    }

    /** The value below which a member leaves this step: the renewal threshold at the end of a term, else minus the
     * leave threshold. */
    private static double exitBar(World w, int o) {
        return window(w, o) ? w.param(Parameter.RENEWAL_THRESHOLD) : -w.param(Parameter.LEAVE_THRESHOLD);
    }

    /** Whether the value may lead to an event this step (so its reasons are worth writing). */
    private static boolean acts(World w, int o, int s, double u) {
        int status = w.status(o, s);
        if (status == World.NONE) {
            return u > w.param(Parameter.JOIN_THRESHOLD) && admitted(w, o, s);
        }
        if (status == World.SUSPENDED) {
            return u > w.param(Parameter.JOIN_THRESHOLD);
        }
        return u < exitBar(w, o) && (w.mayLeaveNow(o) || w.maySuspendNow(o));
    }

    private static boolean admitted(World w, int o, int s) {
        if (!w.admits(o, s)) {
            return false;
        }
        double a = patronAlignment(w, o, s);
        return Double.isNaN(a) || a >= w.param(Parameter.ADMISSION_MIN);
    }

    /**
     * The rival power of the organization's patrons (not a patron itself) with which the state is most aligned, or
     * -1 when there is none.
     */
    private static int rivalCamp(World w, int o, int s) {
        int best = -1;
        for (int q : w.rivalPowers(o)) {
            if (best < 0 || w.align(s, q) > w.align(s, best)) {
                best = q;
            }
        }
        return best;
    }

    private static double patronAlignment(World w, int o, int s) {
        int[] patrons = w.patronPowers(o);
        if (patrons.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int p : patrons) {
            sum += w.align(s, p);
        }
        return sum / patrons.length;
    }

    /**
     * The value of membership of the organization to the state, its terms added to {@code why} as reasons.
     */
    public static double value(World w, int o, int s, List<HistoryEvent.Reason> why) {
        Institution org = w.org(o);
        Institution.Kind kind = org.kind();
        int self = w.powerOf(s);
        if (self >= 0 && !org.patrons().isEmpty()
                && (kind != Institution.Kind.PARTNERSHIP || org.patrons().contains(w.stateId(s)))) {
            boolean leads = org.patrons().contains(w.stateId(s));
            double u = leads && kind != Institution.Kind.PARTNERSHIP ? 1.0 : -1.0;
            if (why != null) {
                why.add(w.reason(ID, "patron", u, leads ? w.stateId(s) + " leads " + org.id()
                        : w.stateId(s) + " is an outside power and joins no other power's organization"));
            }
            return u;
        }
        if ((kind == Institution.Kind.SECURITY || kind == Institution.Kind.ECONOMIC) && w.neutral(s)) {
            if (why != null) {
                why.add(w.reason(ID, "neutrality", -10, w.stateId(s) + " has declared permanent neutrality"));
            }
            return -10;
        }
        double u = 0;
        double a = patronAlignment(w, o, s);
        if (!Double.isNaN(a)) {
            double t = w.param(Parameter.U_ALIGN) * a;
            u += add(w, why, "alignment", t, () -> String.format(Locale.ROOT, "alignment %.2f with its patrons (%s)", a,
                    String.join(", ", org.patrons())));
            int rival = rivalCamp(w, o, s);
            if (rival >= 0 && kind.camp() > 0) {
                double r = w.align(s, rival);
                u += add(w, why, Interest.RIVALRY.key(), -w.param(Parameter.U_ALIGN) * kind.camp() * r,
                        () -> String.format(Locale.ROOT, "joining a bloc takes a side against %s, with which its alignment "
                                + "is %.2f", w.stateId(w.powerState(rival)), r));
            }
            double sov = w.param(Parameter.U_SOVEREIGNTY) * w.interest(s, Interest.SOVEREIGNTY) * kind.dominance();
            u += add(w, why, Interest.SOVEREIGNTY.key(), -sov, () -> String.format(Locale.ROOT,
                    "a patron's dominance in a %s organization costs sovereignty", kind.key()));
        }
        // protection is worth what the patrons' goodwill makes it worth; a club without a patron protects half
        double goodwill = Double.isNaN(a) ? 0.5 : Math.max(0, a);
        double prot = w.param(Parameter.U_PROTECTION) * w.threat(s) * kind.protection() * goodwill;
        u += add(w, why, Interest.REGIME_SECURITY.key(), prot, () -> String.format(Locale.ROOT,
                "regime protection against a threat of %.2f", w.threat(s)));
        double hd = w.interest(s, Interest.HUMAN_DIMENSION);
        if (kind == Institution.Kind.COOPERATIVE && hd < 0) {
            double scr = w.param(Parameter.U_SCRUTINY) * w.reach(o) * -hd;
            u += add(w, why, Interest.HUMAN_DIMENSION.key(), -scr, () -> String.format(Locale.ROOT,
                    "human-dimension scrutiny at reach %.2f", w.reach(o)));
        }
        if (w.status(o, s) != World.NONE) {
            double c = w.param(Parameter.U_CREDIBILITY) * (w.credibility(o, s) - w.param(Parameter.CREDIBILITY_START));
            u += add(w, why, "credibility", c, () -> String.format(Locale.ROOT, "%s's credibility with it is %.2f",
                    org.id(), w.credibility(o, s)));
        }
        LocalDate indep = w.independence(s);
        if (indep != null && kind == Institution.Kind.COOPERATIVE) {
            double years = (w.day().toEpochDay() - indep.toEpochDay()) / 365.25;
            double fade = Math.max(0, 1 - years / w.param(Parameter.RECOGNITION_YEARS));
            u += add(w, why, "recognition", w.param(Parameter.U_RECOGNITION) * fade,
                    () -> "a new state wins recognition among sovereign states");
        }
        u += add(w, why, Interest.IMAGE.key(), w.param(Parameter.U_IMAGE) * w.interest(s, Interest.IMAGE),
                () -> "image and recognition");
        double share = patronShare(w, o, s);
        if (share > 0) {
            u += add(w, why, Interest.RENTS.key(), w.param(Parameter.U_RENTS) * w.interest(s, Interest.RENTS) * share,
                    () -> String.format(Locale.ROOT, "its patrons pay %.0f%% of the assistance and rents it receives",
                            100 * share));
        }
        return u;
    }

    private static double add(World w, List<HistoryEvent.Reason> why, String interest, double amount,
                              java.util.function.Supplier<String> text) {
        if (why != null && Math.abs(amount) >= 0.005) {
            why.add(w.reason(ID, interest, amount, String.format(Locale.ROOT, "%+.2f %s", amount, text.get())));
        }
        return amount;
    }

    private static double patronShare(World w, int o, int s) {
        double total = w.received(s, -1);
        if (total <= 0) {
            return 0;
        }
        double from = 0;
        for (int p : w.patronPowers(o)) {
            from += w.received(s, p);
        }
        return from / total;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
