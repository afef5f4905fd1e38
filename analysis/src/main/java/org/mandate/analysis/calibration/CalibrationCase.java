package org.mandate.analysis.calibration;

import java.time.LocalDate;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;

/**
 * A case a calibration reads: a case file that set the library, read and checked once, to be joined to the library
 * under one overlay after another.
 */
public final class CalibrationCase {
    private final ScenarioLoader.Prepared prepared;
    private final String id;
    private final String file;
    private final LocalDate start;

    private CalibrationCase(ScenarioLoader.Prepared prepared, LoadedScenario handSet) {
        this.prepared = prepared;
        this.id = handSet.scenario().id();
        this.file = handSet.file();
        this.start = handSet.scenario().episodes().get(0).date();
    }

    /**
     * The case, after checking that it set the library and records observations.
     *
     * @throws IllegalArgumentException if the case is held out, does not say, or observes nothing
     * @throws ScenarioException        if it does not join to its library
     */
    public static CalibrationCase of(ScenarioLoader.Prepared prepared) throws ScenarioException {
        LoadedScenario handSet = prepared.join(LibraryOverlay.NONE);
        if (!Boolean.TRUE.equals(handSet.setsLibrary())) {
            throw new IllegalArgumentException("case " + handSet.scenario().id() + " does not say setsLibrary: true;"
                    + " a calibration reads only the cases that set the library");
        }
        if (handSet.observed().isEmpty()) {
            throw new IllegalArgumentException("case " + handSet.scenario().id() + " observes nothing");
        }
        return new CalibrationCase(prepared, handSet);
    }

    /** The case id. */
    public String id() {
        return id;
    }

    /** The file it came from. */
    public String file() {
        return file;
    }

    /** The date of its first episode: the period fold splits on it. */
    public LocalDate start() {
        return start;
    }

    /** The library the case file names. */
    public org.mandate.core.scenario.Library library() {
        return prepared.library();
    }

    /** The case joined to its library under the overlay. */
    public LoadedScenario join(LibraryOverlay overlay) {
        try {
            return prepared.join(overlay);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("case " + id + " does not load under the overlay: "
                    + e.problems().get(0), e);
        }
    }
}
