package org.mandate.analysis.discovery;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A box found by PRIM, with how well it captures the outcome of interest in the data it was found on.
 *
 * @param restrictions the box's conditions in column order; empty for the whole input space
 * @param points the number of data rows in the box
 * @param hits the number of rows in the box whose outcome is of interest
 * @param coverage hits / (rows of interest in all data): the share of the cases of interest the box explains
 * @param density hits / points: how pure the box is
 * @param mass points / (all rows): how much of the sampled space the box covers
 */
public record PrimBox(
        List<Restriction> restrictions, int points, int hits, double coverage, double density, double mass) {
    /** Validates the counts and copies the restrictions. */
    public PrimBox {
        if (restrictions == null) {
            throw new IllegalArgumentException("restrictions must not be null");
        }
        restrictions = List.copyOf(restrictions);
        if (points < 1 || hits < 0 || hits > points) {
            throw new IllegalArgumentException(
                    "box needs 0 <= hits <= points and points >= 1, was " + hits + " hits in " + points + " points");
        }
    }

    /** Returns whether a row of inputs lies in the box. */
    public boolean contains(double[] row) {
        for (Restriction restriction : restrictions) {
            if (!restriction.test(row[restriction.column()])) {
                return false;
            }
        }
        return true;
    }

    /** Returns the box as rules joined by "and", or "all cases" when it has no restriction. */
    public String describe() {
        if (restrictions.isEmpty()) {
            return "all cases";
        }
        return restrictions.stream().map(Restriction::describe).collect(Collectors.joining(" and "));
    }

    /** Returns the rules with the box's coverage, density and mass, for a report. */
    @Override
    public String toString() {
        return describe() + String.format(java.util.Locale.ROOT,
                " (coverage %.3f, density %.3f, mass %.3f)", coverage, density, mass);
    }
}
