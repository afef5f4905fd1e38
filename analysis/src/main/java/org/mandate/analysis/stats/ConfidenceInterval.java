package org.mandate.analysis.stats;

/**
 * A confidence interval [{@code lower}, {@code upper}] at a stated confidence level.
 *
 * @param lower the lower end
 * @param upper the upper end, not below {@code lower}
 * @param level the confidence level, in (0, 1), for example 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {
    /** Validates the ends and the level. */
    public ConfidenceInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "interval needs lower <= upper, was [" + lower + ", " + upper + "]");
        }
        Levels.check(level);
    }

    /** Returns whether {@code value} lies in the closed interval. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Returns {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }
}
