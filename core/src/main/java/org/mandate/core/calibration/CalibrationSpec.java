package org.mandate.core.calibration;

import java.time.LocalDate;
import java.util.List;

/**
 * A calibration file ({@code docs/calibration.schema.json}): which library parameters to fit, within which bounds,
 * to which score, and how hard to search.
 *
 * @param id          the calibration's id, written into the overlay's provenance
 * @param objective   the score the fit minimises
 * @param runs        ensemble runs per case and evaluation, at least 1
 * @param evaluations the most evaluations of the objective per fit, at least 2
 * @param splitAt     the period fold: fit on the crises that start before this date, score the rest
 * @param parameters  the parameters, at least one, with distinct paths
 */
public record CalibrationSpec(String id, Objective objective, int runs, int evaluations, LocalDate splitAt,
                              List<FittedParameter> parameters) {
    /** Checks the counts and copies the parameters. */
    public CalibrationSpec {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        if (evaluations < 2) {
            throw new IllegalArgumentException("evaluations must be at least 2, was " + evaluations);
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one parameter");
        }
        parameters = List.copyOf(parameters);
    }

    /** A copy with other search settings, for small problems. */
    public CalibrationSpec with(int newRuns, int newEvaluations) {
        return new CalibrationSpec(id, objective, newRuns, newEvaluations, splitAt, parameters);
    }

    /** The score a fit minimises, averaged over every observed level. */
    public enum Objective {
        /** The ranked probability score of the ensemble forecast (0 to 1; a near miss costs less than a far one). */
        RPS("rps"),
        /**
         * Minus the log-likelihood of the observed level under the ensemble forecast, with half a run added to
         * every level so that no level has probability 0.
         */
        LOG_LIKELIHOOD("log-likelihood");

        private final String id;

        Objective(String id) {
            this.id = id;
        }

        /** The objective's name in files. */
        public String id() {
            return id;
        }

        /** The objective with the given file name. */
        public static Objective byId(String id) {
            for (Objective o : values()) {
                if (o.id.equals(id)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("no objective '" + id + "'");
        }
    }
}
