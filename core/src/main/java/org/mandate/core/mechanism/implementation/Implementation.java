package org.mandate.core.mechanism.implementation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.mandate.core.mechanism.consent.LocalVeto;

/**
 * Implementation over time, month by month from the decision to the day outcomes are judged. Without local
 * resistance a decided response is in place on the day it is decided. Where the capital can overrule a resisting
 * region, it does so after a delay that grows with the resistance. Where it cannot, the host government stalls on a
 * pretext; at the first review the organization cuts the mission by its downsizing step to win consent, and the
 * stall goes on while the veto stands. What is not deployed leaves in place only the highest level that needs no
 * local consent.
 */
public final class Implementation {
    /** The stage id. */
    public static final String ID = "implementation";
    /** Months between the organization's reviews of a stalled deployment. */
    public static final int REVIEW_MONTHS = 3;
    /** Longest delay, in months, before a capital overrules a region that resists fully. */
    public static final int MAX_OVERRULE_MONTHS = 3;

    private Implementation() {
    }

    /**
     * Plays out the implementation of a decided level.
     *
     * @param decided      the decided level
     * @param veto         the local answer where the decided instrument needs local consent, else CONSENTS
     * @param resistance   the resistance of the local actor that answered
     * @param decidedOn    the day of the decision
     * @param assessOn     the day by which outcomes are judged
     * @param size         the mission's size as decided, 0 when not stated
     * @param downsizeStep the share by which the organization cuts a stalled mission
     * @param fallback     the highest decided level that needs no local consent
     */
    public static Result implement(int decided, LocalVeto.Verdict veto, double resistance, LocalDate decidedOn,
                                   LocalDate assessOn, int size, double downsizeStep, int fallback) {
        if (decidedOn.isAfter(assessOn)) {
            return new Result(0, false, null, 0, size, 0);
        }
        return implement(decided, veto, resistance, decidedOn, (int) ChronoUnit.MONTHS.between(decidedOn, assessOn),
                size, downsizeStep, fallback);
    }

    /**
     * Plays out the implementation when the whole months between the decision and the day of judgement are known.
     *
     * @param monthsAvailable whole months from the decision to the day outcomes are judged, 0 or more
     */
    public static Result implement(int decided, LocalVeto.Verdict veto, double resistance, LocalDate decidedOn,
                                   int monthsAvailable, int size, double downsizeStep, int fallback) {
        switch (veto) {
            case CONSENTS:
                return new Result(decided, true, decidedOn, 0, size, 0);
            case OVERRULED: {
                int delay = (int) Math.ceil(MAX_OVERRULE_MONTHS * resistance);
                if (delay <= monthsAvailable) {
                    return new Result(decided, true, decidedOn.plusMonths(delay), delay, size, 0);
                }
                return new Result(fallback, false, null, monthsAvailable, size, 0);
            }
            default: {
                int current = size;
                int cuts = 0;
                if (monthsAvailable >= REVIEW_MONTHS && downsizeStep > 0 && size > 0) {
                    current = (int) Math.round(size * (1 - downsizeStep));
                    cuts = 1;
                }
                return new Result(fallback, false, null, monthsAvailable, current, cuts);
            }
        }
    }

    /**
     * The level in place by the day of judgement, as {@link #implement(int, LocalVeto.Verdict, double, LocalDate,
     * int, int, double, int)} gives it, without building the rest of its result: for runs that need only levels.
     */
    public static int implementedLevel(int decided, LocalVeto.Verdict veto, double resistance, int monthsAvailable,
                                       int fallback) {
        return switch (veto) {
            case CONSENTS -> decided;
            case OVERRULED -> (int) Math.ceil(MAX_OVERRULE_MONTHS * resistance) <= monthsAvailable ? decided : fallback;
            default -> fallback;
        };
    }

    /**
     * What happened on the ground.
     *
     * @param implemented   the level in place by the day of judgement
     * @param deployed      whether the decided instrument was deployed
     * @param deployedOn    when, or null
     * @param stalledMonths months the deployment was held up
     * @param finalSize     the mission's size after any cuts
     * @param cuts          how many times it was cut
     */
    public record Result(int implemented, boolean deployed, LocalDate deployedOn, int stalledMonths, int finalSize,
                         int cuts) {
    }
}
