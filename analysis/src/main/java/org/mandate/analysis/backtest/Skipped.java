package org.mandate.analysis.backtest;

import java.util.List;

/**
 * A case file that could not be scored, with its problems as printed.
 *
 * @param file     the file
 * @param problems its problems, one line each, at least one
 */
public record Skipped(String file, List<String> problems) {
    /** Checks there is a problem and copies the list. */
    public Skipped {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a skipped file needs at least one problem: " + file);
        }
        problems = List.copyOf(problems);
    }
}
