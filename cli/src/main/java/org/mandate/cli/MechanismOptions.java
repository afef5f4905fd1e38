package org.mandate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.mandate.core.engine.Mechanisms;
import picocli.CommandLine.Option;

/** The {@code --disable} option that switches mechanisms off, shared by the commands that run a scenario. */
final class MechanismOptions {
    @Option(names = "--disable", paramLabel = "MECHANISM", split = ",",
            description = "switch off mechanisms for a what-if run (repeatable or comma-separated): "
                    + "agenda-gate, mandate-gate, regime-solidarity, lead-state-reluctance, neighbour-veto, "
                    + "wait-and-see, legitimacy-brokerage, sovereignty, government-alignment, separatism-fear, "
                    + "image, human-dimension, host-consent, local-veto, implementation")
    List<String> disable = List.of();

    /** The mechanisms left on, or null after printing why the option is wrong. */
    Mechanisms mechanisms(PrintWriter err) {
        try {
            return new Mechanisms(Set.copyOf(disable));
        } catch (IllegalArgumentException e) {
            err.println("mandate: --disable: " + e.getMessage());
            return null;
        }
    }
}
