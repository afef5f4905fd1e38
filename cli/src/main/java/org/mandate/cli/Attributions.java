package org.mandate.cli;

import java.util.List;
import org.mandate.core.engine.Outcome;
import org.mandate.core.explain.CellAttribution;

/** Matching attributions to outcomes, and the one-line note the outcome table adds to a stage's headline. */
final class Attributions {
    private Attributions() {
    }

    /** The attribution of the outcome's cell, or null. */
    static CellAttribution find(List<CellAttribution> attributions, Outcome o) {
        for (CellAttribution a : attributions) {
            if (a.episode().equals(o.episode()) && a.organization().equals(o.organization())) {
                return a;
            }
        }
        return null;
    }

    /** The headline of an outcome, preceded by its attribution note when the stage alone would mislead. */
    static String headline(List<CellAttribution> attributions, Outcome o) {
        CellAttribution a = find(attributions, o);
        String note = a == null || !o.member() ? null : a.note(o.stage(), o.implemented() < o.decided());
        return note == null ? o.headline() : note + "; " + o.headline();
    }
}
