package org.mandate.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mandate.core.engine.Outcome;
import org.mandate.core.explain.CellAttribution;

/** Plain-text tables for the terminal. */
final class Tables {
    private Tables() {
    }

    static void outcomes(String title, List<Outcome> outcomes, List<CellAttribution> attributions, PrintWriter out) {
        out.println(title);
        out.println();
        int we = "episode".length();
        int wo = "organization".length();
        for (Outcome o : outcomes) {
            we = Math.max(we, o.episode().length());
            wo = Math.max(wo, o.organization().length());
        }
        String fmt = "%-" + we + "s  %-" + wo + "s  %7s  %11s  %-17s  %s%n";
        out.printf(fmt, "episode", "organization", "decided", "implemented", "stage", "why");
        for (Outcome o : outcomes) {
            out.printf(fmt, o.episode(), o.organization(), o.member() ? o.decided() : "-",
                    o.member() ? o.implemented() : "-", o.stage().id(), Attributions.headline(attributions, o));
        }
        out.println();
        out.println("levels: 0 nothing, 1 statement, 2 aid/facilitation/monitoring, 3 police or advisory mission, "
                + "4 armed deployment");
    }
}
