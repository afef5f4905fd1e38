package org.mandate.core.history;

import java.time.LocalDate;
import org.mandate.core.scenario.LoadedScenario;

/**
 * A crisis of the case library scheduled inside a history: decided by the crisis engine with the history's state on
 * the day its first episode starts.
 *
 * @param file the case file
 * @param loaded the loaded case (its observed outcomes are never read)
 * @param date the day its first episode starts
 */
public record ScheduledCrisis(String file, LoadedScenario loaded, LocalDate date) {
}
