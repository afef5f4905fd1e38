package org.mandate.core.mechanism.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.model.Interest;

/**
 * Capacity building: each state's coercive and institutional capacity over a step, and from them the capital's
 * control of its regions.
 *
 * <p>The regime decides where assistance goes: the more threatened it is, the more to coercion (half at no threat,
 * all at full threat, less for a democracy), unless the donor conditions its assistance on reform (then at least
 * the donor's conditionality goes to institutions). Base rents feed the coercive apparatus in part. Capacity
 * depreciates; a democracy's institutions also grow on their own. Control follows institutions far more than
 * coercion, and falls with regime threat. Switched off, the regime does not steer: every dollar is split evenly.
 */
public final class CapacityBuilding {
    /** Mechanism id. */
    public static final String ID = "capacity-building";

    private CapacityBuilding() {
    }

    /** The share of unconditioned assistance a regime sends to coercion. */
    public static double regimeShare(World w, int s) {
        if (!w.on(ID)) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, 0.5 + 0.5 * w.threat(s) - 0.3 * w.democracy(s)));
    }

    /** Applies one step of assistance, rents, depreciation and drift to every state that is not a power. */
    public static void step(World w) {
        double dt = w.dt();
        for (int s = 0; s < w.states(); s++) {
            if (w.powerOf(s) >= 0) {
                continue;
            }
            double share = regimeShare(w, s);
            double toCoercion = 0;
            double toInstitutions = 0;
            double total = 0;
            for (int d = 0; d < w.donors(); d++) {
                double usd = w.offer(d, s);
                if (usd <= 0) {
                    continue;
                }
                double c = Math.min(share, 1 - w.donor(d).conditionality());
                toCoercion += usd * c;
                toInstitutions += usd * (1 - c);
                total += usd;
            }
            double rents = 0;
            for (int p = 0; p < w.powers(); p++) {
                rents += w.rent(s, p);
            }
            toCoercion += w.param(Parameter.RENTS_TO_COERCION) * rents;
            double size = w.param(Parameter.ASSISTANCE_SCALE)
                    * (1 + w.param(Parameter.SIZE_FACTOR) * w.profile(s).capability());
            double dep = w.param(Parameter.DEPRECIATION);
            double coer = w.coercive(s);
            double inst = w.institutional(s);
            double drift = w.param(Parameter.INSTITUTION_DRIFT) * (w.democracy(s) == 1 ? 1 : w.democracy(s) > 0
                    ? 0.5 : 0.2);
            w.coercive(s, coer + dt * (toCoercion / size * (1 - coer) - dep * coer));
            w.institutional(s, inst + dt * (toInstitutions / size * (1 - inst) - dep * inst + drift * (1 - inst)));
            double flows = toCoercion + toInstitutions;
            w.coerciveShare(s, flows > 0 ? toCoercion / flows : 0);
            w.updateControl(s);
            announce(w, s, total, share);
        }
    }

    private static void announce(World w, int s, double total, double share) {
        if (!w.tracing()) {
            return;
        }
        double last = w.lastAnnouncedAid(s);
        if (total < 1 || Math.abs(total - last) < 0.3 * Math.max(last, 1)) {
            return;
        }
        w.lastAnnouncedAid(s, total);
        if (!w.tracing()) {
            return;
        }
        List<HistoryEvent.Reason> reasons = new ArrayList<>();
        StringBuilder by = new StringBuilder();
        for (int d = 0; d < w.donors(); d++) {
            double usd = w.offer(d, s);
            if (usd >= 0.05) {
                if (by.length() > 0) {
                    by.append(", ");
                }
                by.append(w.donorId(d)).append(' ').append(String.format(Locale.ROOT, "%.1f", usd));
                double cond = w.donor(d).conditionality();
                reasons.add(w.reason(ID, "assistance", usd, String.format(Locale.ROOT,
                        "%s offers %.1f a year%s", w.donorId(d), usd, cond > 0 ? String.format(Locale.ROOT,
                                ", at least %.0f%% of it conditioned on institutional reform", 100 * cond) : "")));
            }
        }
        reasons.add(w.reason(ID, Interest.REGIME_SECURITY.key(), share, String.format(Locale.ROOT,
                "the regime, at threat %.2f, sends %.0f%% of unconditioned assistance to the coercive apparatus",
                w.threat(s), 100 * share)));
        w.event(w.day(), HistoryEvent.Kind.ASSISTANCE, w.stateId(s), null, total, String.format(Locale.ROOT,
                "%s receives %.1f a year in security assistance (%s); %.0f%% goes to coercion", w.stateId(s), total,
                by, 100 * w.coerciveShare(s)), reasons);
    }
}
