package org.mandate.core.calibration;

/**
 * One library parameter a calibration may change, and the bounds it searches within.
 *
 * @param path the library path, such as {@code states.RUS.interests.costAversion}
 * @param min  the lowest value tried
 * @param max  the highest value tried, above {@code min}
 */
public record FittedParameter(String path, double min, double max) {
    /** Checks the bounds. */
    public FittedParameter {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a fitted parameter needs a path");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("min of " + path + " must be below max, was " + min + " and " + max);
        }
    }
}
