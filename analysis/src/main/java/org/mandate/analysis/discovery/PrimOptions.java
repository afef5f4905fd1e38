package org.mandate.analysis.discovery;

/**
 * The settings of a PRIM search.
 *
 * @param peelAlpha the share of the box's points each continuous peel removes, in (0, 0.5); default 0.05
 * @param pasteAlpha the share of the box's points each continuous paste adds, in (0, 0.5); default 0.05
 * @param minMass the smallest share of all points a peeled box may keep, in (0, 1); default 0.05
 */
public record PrimOptions(double peelAlpha, double pasteAlpha, double minMass) {
    /** Validates the shares. */
    public PrimOptions {
        if (!(peelAlpha > 0 && peelAlpha < 0.5)) {
            throw new IllegalArgumentException("peel alpha must be in (0, 0.5), was " + peelAlpha);
        }
        if (!(pasteAlpha > 0 && pasteAlpha < 0.5)) {
            throw new IllegalArgumentException("paste alpha must be in (0, 0.5), was " + pasteAlpha);
        }
        if (!(minMass > 0 && minMass < 1)) {
            throw new IllegalArgumentException("minimum mass must be in (0, 1), was " + minMass);
        }
    }

    /** Returns the defaults: peel and paste alpha 0.05, minimum mass 0.05. */
    public static PrimOptions defaults() {
        return new PrimOptions(0.05, 0.05, 0.05);
    }
}
