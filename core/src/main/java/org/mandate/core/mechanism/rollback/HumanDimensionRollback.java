package org.mandate.core.mechanism.rollback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.Institution;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.model.Interest;

/**
 * The rollback of the human dimension: the reach of a cooperative organization's monitoring over time, and the
 * threat monitoring poses to the regimes that oppose it.
 *
 * <p>Participating states that oppose monitoring (a negative human-dimension interest) act once the precedents of
 * governments toppled elsewhere in the region make their regime feel threatened ({@code rollbackThreat}); when at least {@code rollbackStates} of them do, one of them an outside
 * power, they act together and cut the reach by {@code rollbackRate} a year, down to a floor that consensus
 * protects. Full monitoring adds threat to the regimes that oppose it, since its criticism gives their opponents a
 * platform. The reach scales the weight supporters give monitoring in the crises the history decides (the
 * human-dimension stance term). Switched off, the reach never falls.
 */
public final class HumanDimensionRollback {
    /** Mechanism id. */
    public static final String ID = "human-dimension-rollback";

    private HumanDimensionRollback() {
    }

    /** One step: the threat monitoring adds, and the opponents' action against it. */
    public static void step(World w) {
        for (int o = 0; o < w.orgs(); o++) {
            if (w.org(o).kind() != Institution.Kind.COOPERATIVE || !w.org(o).existsOn(w.day())) {
                continue;
            }
            scrutiny(w, o);
            act(w, o);
        }
    }

    private static void scrutiny(World w, int o) {
        for (int s = 0; s < w.states(); s++) {
            double hd = w.interest(s, Interest.HUMAN_DIMENSION);
            if (w.powerOf(s) < 0 && hd < 0 && w.status(o, s) == World.MEMBER) {
                w.threat(s, w.threat(s) + w.dt() * w.param(Parameter.MONITORING_THREAT) * w.reach(o) * -hd);
            }
        }
    }

    private static void act(World w, int o) {
        boolean power = false;
        int threatened = 0;
        for (int s = 0; s < w.states(); s++) {
            if (opposes(w, o, s)) {
                power |= w.powerOf(s) >= 0;
                threatened += w.powerOf(s) < 0 ? 1 : 0;
            }
        }
        boolean acting = w.on(ID) && power && threatened >= (int) w.param(Parameter.ROLLBACK_STATES);
        if (acting && !w.rollbackActing(o)) {
            if (w.tracing()) {
                List<String> opponents = new ArrayList<>();
                for (int s = 0; s < w.states(); s++) {
                    if (opposes(w, o, s)) {
                        opponents.add(w.stateId(s));
                    }
                }
                w.event(w.day(), HistoryEvent.Kind.ROLLBACK, w.org(o).id(), null, w.reach(o), String.format(Locale.ROOT,
                        "%s act together to limit %s's human-dimension monitoring (reach %.2f)",
                        String.join(", ", opponents), w.org(o).id(), w.reach(o)),
                        List.of(w.reason(ID, Interest.HUMAN_DIMENSION.key(), threatened, String.format(Locale.ROOT,
                                "%d threatened regimes that oppose monitoring, with an outside power, act together",
                                threatened)),
                                w.reason(ID, Interest.REGIME_SECURITY.key(), Double.NaN,
                                        "monitoring's criticism gives their opponents a platform")));
            }
        }
        w.rollbackActing(o, acting);
        if (acting) {
            double floor = w.param(Parameter.ROLLBACK_FLOOR);
            w.reach(o, Math.max(floor, w.reach(o) - w.dt() * w.param(Parameter.ROLLBACK_RATE)));
        }
    }

    /** Whether the state is a member that opposes monitoring and fears its own street, or an outside power. */
    private static boolean opposes(World w, int o, int s) {
        return w.status(o, s) == World.MEMBER && w.interest(s, Interest.HUMAN_DIMENSION) < 0
                && (w.precedentThreat(s) >= w.param(Parameter.ROLLBACK_THREAT) || w.powerOf(s) >= 0);
    }
}
