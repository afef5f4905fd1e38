package org.mandate.core.scenario;

import java.util.List;
import org.mandate.core.model.Scenario;

/**
 * A loaded scenario or case file: the runnable scenario, and the observed outcomes the file records apart from it.
 *
 * @param scenario    the runnable scenario
 * @param observed    observed outcomes (never given to the engine)
 * @param setsLibrary whether the case was used to set the library (null when the file does not say)
 * @param file        the file name as given
 * @param warnings    what the run should be read with, such as an episode outside the period the library's profiles
 *                    describe; empty when there is nothing to say
 */
public record LoadedScenario(Scenario scenario, List<Observation> observed, Boolean setsLibrary, String file,
                             List<String> warnings) {
    /** A loaded scenario without warnings. */
    public LoadedScenario(Scenario scenario, List<Observation> observed, Boolean setsLibrary, String file) {
        this(scenario, observed, setsLibrary, file, List.of());
    }

    /** Copies the warnings. */
    public LoadedScenario {
        warnings = List.copyOf(warnings);
    }
}
