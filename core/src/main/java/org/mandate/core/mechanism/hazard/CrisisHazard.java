package org.mandate.core.mechanism.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mandate.core.history.Parameter;
import org.mandate.core.history.World;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Government;

/**
 * The hazard of a crisis in a state over a step: a base rate, plus a rate in proportion to the control the capital
 * lacks over its regions. A generated crisis is mass protest when the regime's threat is high, inter-ethnic
 * violence or insurgency otherwise (in proportion to the control lacking), its severity rising with weakness; it has
 * no request and its government stays in place. Off unless the history asks for it; draws come from the run's own
 * seeded stream, in a fixed order, so a run is reproducible.
 */
public final class CrisisHazard {
    /** Mechanism id. */
    public static final String ID = "generated-crises";

    private CrisisHazard() {
    }

    /**
     * The crisis generated in the state this step, or null.
     *
     * @param random the run's stream: one draw per state and step whatever happens, then two more per crisis
     */
    public static Episode draw(World w, int s, SplittableRandom random, Map<String, CrisisType> types) {
        double u = random.nextDouble();
        if (w.powerOf(s) >= 0) {
            return null;
        }
        double lacking = 1 - w.control(s);
        double rate = w.param(Parameter.HAZARD_BASE) + w.param(Parameter.HAZARD_WEAKNESS) * lacking;
        double p = 1 - Math.exp(-rate * w.dt());
        if (u >= p) {
            return null;
        }
        double kind = random.nextDouble();
        double size = random.nextDouble();
        String type = kind < w.threat(s) ? "mass-protest"
                : kind < w.threat(s) + (1 - w.threat(s)) * lacking ? "inter-ethnic-violence" : "insurgency-terrorism";
        CrisisType t = types.get(type);
        if (t == null) {
            return null;
        }
        double severity = Math.round((0.1 + 0.6 * lacking * size) * 100) / 100.0;
        LocalDate day = w.day().plusDays((long) (size * 60));
        String id = "generated-" + w.stateId(s).toLowerCase(java.util.Locale.ROOT) + "-" + day;
        return new Episode(id, "generated " + type + " in " + w.stateId(s), day, day.plusMonths(6), w.stateId(s),
                List.of(), t, severity, new Government(Government.Status.INCUMBENT, true, true), List.of(), Map.of(),
                Episode.Framing.DOMESTIC, Map.of(), List.of());
    }
}
