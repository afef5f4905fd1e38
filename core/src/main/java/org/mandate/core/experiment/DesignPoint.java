package org.mandate.core.experiment;

import java.util.List;

/**
 * One combination of design-factor levels.
 *
 * @param index  its position among the design points
 * @param levels the level of each factor, in factor order
 */
public record DesignPoint(int index, List<String> levels) {
    /** Copies the list. */
    public DesignPoint {
        levels = List.copyOf(levels);
    }

    /** A short id, {@code d0}, {@code d1}, ... */
    public String id() {
        return "d" + index;
    }
}
