package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.ScenarioException;

/** Loading experiments and outcome options for the analysis commands. */
final class Experiments {
    private Experiments() {
    }

    /** Loads an experiment, printing problems and returning null on bad input. */
    static ExperimentSpec load(Path file, PrintWriter err) {
        return load(file, false, new OverlayOption(), null, err, false);
    }

    /** Loads an experiment with the {@code --library-overlay} option, printing problems and returning null. */
    static ExperimentSpec load(Path file, OverlayOption overlayOption, PrintWriter err) {
        return load(file, false, overlayOption, null, err, false);
    }

    /** Loads an experiment, printing problems and returning null on bad input. */
    static ExperimentSpec load(Path file, boolean allowOutside, PrintWriter out, PrintWriter err, boolean json) {
        return load(file, allowOutside, new OverlayOption(), out, err, json);
    }

    /**
     * Loads an experiment with the {@code --library-overlay} option, its scenario allowed outside its folder when
     * asked; reports problems (as JSON on {@code out} when asked) and returns null on bad input.
     */
    static ExperimentSpec load(Path file, boolean allowOutside, OverlayOption overlayOption, PrintWriter out,
                               PrintWriter err, boolean json) {
        org.mandate.core.scenario.LibraryOverlay overlay = overlayOption.overlay(err);
        if (overlay == null) {
            return null;
        }
        try {
            return ExperimentLoader.load(file, overlay, allowOutside);
        } catch (ScenarioException e) {
            Inputs.report(e, file, "experiment", out, err, json);
            return null;
        }
    }

    /** Parses outcome options (or the experiment's outcomes when none); prints and returns null on a bad one. */
    static List<OutcomeSelector> outcomes(List<String> given, ExperimentSpec spec, CompiledScenario c,
                                          PrintWriter err) {
        List<String> texts = given == null || given.isEmpty() ? spec.outcomes() : given;
        if (texts.isEmpty()) {
            err.println("mandate: --outcome: none given and the experiment lists no outcomes; expected for example "
                    + "--outcome 'june-2010.CSTO.implemented>=4'");
            return null;
        }
        List<OutcomeSelector> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(OutcomeSelector.parse(t, c));
            } catch (IllegalArgumentException e) {
                err.println("mandate: --outcome: " + e.getMessage());
                return null;
            }
        }
        return out;
    }
}
