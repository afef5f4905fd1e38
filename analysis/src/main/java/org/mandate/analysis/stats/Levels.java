package org.mandate.analysis.stats;

/** Checks of confidence levels shared by this package. */
final class Levels {
    private Levels() {
    }

    static void check(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
    }
}
