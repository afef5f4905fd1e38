package org.mandate.analysis.sampling;

/**
 * One named uncertain input of a model and the distribution it is drawn from.
 *
 * @param name the input's name as it appears in results, for example {@code costAversion[RUS]}; not blank
 * @param distribution the distribution that maps a design's uniform to the input's value
 */
public record Input(String name, Distribution distribution) {
    /** Validates the name and the distribution. */
    public Input {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("input name must not be blank, was \"" + name + "\"");
        }
        if (distribution == null) {
            throw new IllegalArgumentException("input " + name + " needs a distribution, was null");
        }
    }
}
