package org.mandate.analysis.backtest;

import java.util.List;

/**
 * One case file run through the model: its cells in the file's order.
 *
 * @param id    the case's scenario id, unique in a backtest
 * @param file  the file it came from, for reports
 * @param group whether it set the library or was held out
 * @param cells its observed cells with the model's predictions
 */
public record CaseRun(String id, String file, Group group, List<CaseCell> cells) {
    /** Checks the id and group and copies the cells. */
    public CaseRun {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("case id must not be blank, was " + (id == null ? "null"
                    : "'" + id + "'"));
        }
        if (group == null) {
            throw new IllegalArgumentException("case " + id + " needs a group");
        }
        cells = List.copyOf(cells);
    }
}
