package org.mandate.analysis.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mandate.core.scenario.LibraryOverlay;

/**
 * The result of one fit: the best values found, the objective there and at the hand-set library, on the cases fitted.
 *
 * @param values      the fitted value of each parameter, in the calibration's order
 * @param objective   the objective at the fitted values (mean per observed level)
 * @param handSet     the objective at the hand-set values, the fit's starting point
 * @param evaluations how many times the objective was evaluated
 */
public record Fit(Map<String, Double> values, double objective, double handSet, int evaluations) {
    /** Copies the values. */
    public Fit {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The values as an overlay. */
    public LibraryOverlay overlay(String name) {
        return LibraryOverlay.of(name, values);
    }
}
