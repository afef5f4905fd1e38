package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.ScenarioException;
import picocli.CommandLine.Option;

/** The {@code --library-overlay} option: values laid over the library, as {@code mandate calibrate} writes them. */
final class OverlayOption {
    @Option(names = "--library-overlay", paramLabel = "FILE",
            description = "lay the values of a library overlay file over the library (as written by mandate "
                    + "calibrate --out; docs/library-overlay.schema.json)")
    Path file;

    /** The overlay, {@link LibraryOverlay#NONE} when none is given, or null after printing its problems. */
    LibraryOverlay overlay(PrintWriter err) {
        if (file == null) {
            return LibraryOverlay.NONE;
        }
        try {
            return LibraryOverlay.load(file);
        } catch (ScenarioException e) {
            Inputs.printProblems(e, err);
            return null;
        }
    }
}
