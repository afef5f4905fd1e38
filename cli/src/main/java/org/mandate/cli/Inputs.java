package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;

/** Loading input files for commands, with problems printed the same way everywhere. */
final class Inputs {
    private Inputs() {
    }

    /** Loads a scenario; on bad input prints every problem to {@code err} and returns null. */
    static LoadedScenario load(Path file, PrintWriter err) {
        return load(file, LibraryOverlay.NONE, false, null, err, false);
    }

    /** Loads a scenario with an overlay laid over its library; on bad input prints every problem and returns null. */
    static LoadedScenario load(Path file, LibraryOverlay overlay, PrintWriter err) {
        return load(file, overlay, false, null, err, false);
    }

    /** Loads a scenario; on bad input prints every problem to {@code err} and returns null. */
    static LoadedScenario load(Path file, boolean allowOutside, PrintWriter err) {
        return load(file, LibraryOverlay.NONE, allowOutside, null, err, false);
    }

    /** Loads a scenario; on bad input reports every problem (as JSON on {@code out} when asked) and returns null. */
    static LoadedScenario load(Path file, boolean allowOutside, PrintWriter out, PrintWriter err, boolean json) {
        return load(file, LibraryOverlay.NONE, allowOutside, out, err, json);
    }

    /**
     * Loads a scenario with an overlay laid over its library, its library allowed outside its folder when asked; on
     * bad input reports every problem (as JSON on {@code out} when asked) and returns null.
     */
    static LoadedScenario load(Path file, LibraryOverlay overlay, boolean allowOutside, PrintWriter out,
                               PrintWriter err, boolean json) {
        try {
            return ScenarioLoader.load(file, overlay, allowOutside);
        } catch (ScenarioException e) {
            report(e, file, "scenario", out, err, json);
            return null;
        }
    }

    /** Reports the problems: as JSON on {@code out} (the shape {@code validate --format json} prints), or as lines. */
    static void report(ScenarioException e, Path file, String kind, PrintWriter out, PrintWriter err, boolean json) {
        if (json && err instanceof ErrorReport.Capture capture) {
            // the command's error report (printed as JSON when the command ends) names the file and its kind
            capture.file = file.toString();
            capture.kind = kind;
            printProblems(e, err);
        } else if (json && out != null) {
            try {
                out.println(RunCommand.json().writeValueAsString(ValidateCommand.json(file, kind, e.problems())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
                throw new IllegalStateException(x);
            }
        } else {
            printProblems(e, err);
        }
    }

    /**
     * A scenario and the mechanisms to run it with.
     *
     * @param scenario   the loaded scenario
     * @param mechanisms the mechanisms left on
     */
    record Run(LoadedScenario scenario, org.mandate.core.engine.Mechanisms mechanisms) {
    }

    /** Reads the {@code --disable} option and loads the scenario; on bad input prints why and returns null. */
    static Run load(Path file, MechanismOptions options, PrintWriter err) {
        return load(file, false, options, new OverlayOption(), null, err, false);
    }

    /** As {@link #load(Path, MechanismOptions, PrintWriter)}, with the {@code --library-overlay} option. */
    static Run load(Path file, MechanismOptions options, OverlayOption overlayOption, PrintWriter err) {
        return load(file, false, options, overlayOption, null, err, false);
    }

    /** Reads the {@code --disable} option and loads the scenario; on bad input reports why and returns null. */
    static Run load(Path file, boolean allowOutside, MechanismOptions options, PrintWriter out, PrintWriter err,
                    boolean json) {
        return load(file, allowOutside, options, new OverlayOption(), out, err, json);
    }

    /**
     * Reads the {@code --disable} and {@code --library-overlay} options and loads the scenario; on bad input reports
     * why (as JSON on {@code out} when asked) and returns null.
     */
    static Run load(Path file, boolean allowOutside, MechanismOptions options, OverlayOption overlayOption,
                    PrintWriter out, PrintWriter err, boolean json) {
        org.mandate.core.engine.Mechanisms mechanisms = options.mechanisms(err);
        if (mechanisms == null) {
            return null;
        }
        LibraryOverlay overlay = overlayOption.overlay(err);
        if (overlay == null) {
            return null;
        }
        LoadedScenario loaded = load(file, overlay, allowOutside, out, err, json);
        return loaded == null ? null : new Run(loaded, mechanisms);
    }

    /** Prints the problems, one a line, and a count. */
    static void printProblems(ScenarioException e, PrintWriter err) {
        for (Problem p : e.problems()) {
            ErrorReport.print(err, p);
        }
        int n = e.problems().size();
        err.println(n + " problem" + (n == 1 ? "" : "s") + " found");
    }
}
