package org.mandate.analysis.backtest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One case's scored cells and each predictor's tally over them.
 *
 * @param run     the case as run
 * @param cells   its cells with every predictor's guess
 * @param tallies by predictor
 */
public record CaseResult(CaseRun run, List<ScoredCell> cells, Map<Predictor, Tally> tallies) {
    /** Copies the lists and maps. */
    public CaseResult {
        cells = List.copyOf(cells);
        tallies = Collections.unmodifiableMap(new EnumMap<>(tallies));
    }

    /** A predictor's tally. */
    public Tally tally(Predictor predictor) {
        return tallies.get(predictor);
    }
}
