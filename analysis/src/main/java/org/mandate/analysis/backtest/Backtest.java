package org.mandate.analysis.backtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a set of cases: every cell predicted by the model and by each baseline, and tallied per case.
 *
 * <p>Only cells whose measure is an observed level enter accuracy and error; a cell observed as {@code not-member}
 * instead checks that the model also says the host was not a member. A cell observed at a level where the model says
 * the host was not a member is scored with the model's 0, and reported as a membership disagreement.
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * Scores the cases, in the order given.
     *
     * @param runs    the cases run through the model, with distinct ids
     * @param skipped the case files that could not be run, carried into the report
     */
    public static BacktestReport score(List<CaseRun> runs, List<Skipped> skipped) {
        Set<String> ids = new HashSet<>();
        for (CaseRun run : runs) {
            if (!ids.add(run.id())) {
                throw new IllegalArgumentException("case ids must be distinct, '" + run.id() + "' came twice");
            }
        }
        Baselines baselines = new Baselines(runs);
        List<CaseResult> results = new ArrayList<>();
        for (CaseRun run : runs) {
            List<ScoredCell> cells = new ArrayList<>();
            Map<Predictor, Tally> tallies = new EnumMap<>(Predictor.class);
            for (Predictor p : Predictor.values()) {
                tallies.put(p, Tally.EMPTY);
            }
            for (CaseCell cell : run.cells()) {
                Map<Predictor, Guess> guesses = new EnumMap<>(Predictor.class);
                guesses.put(Predictor.MODEL, new Guess(cell.model().decided(), cell.model().implemented()));
                guesses.put(Predictor.MAJORITY, baselines.majority(run, cell.organization()));
                guesses.put(Predictor.LEAD_STATE, Baselines.leadState(cell.model()));
                guesses.put(Predictor.WEIGHTED_MEAN, Baselines.weightedMean(cell.model()));
                ScoredCell scored = new ScoredCell(run.id(), run.group(), cell, guesses);
                cells.add(scored);
                for (Predictor p : Predictor.values()) {
                    tallies.put(p, tallies.get(p).plus(tally(scored, p)));
                }
            }
            results.add(new CaseResult(run, cells, tallies));
        }
        return new BacktestReport(results, skipped);
    }

    /** One predictor's tally on one cell. */
    static Tally tally(ScoredCell cell, Predictor predictor) {
        Tally t = Tally.EMPTY;
        for (Measure m : Measure.values()) {
            if (m.of(cell.cell()) instanceof Observed.Level level) {
                t = t.plus(m, Score.of(level.value(), cell.guess(predictor).level(m)));
            }
        }
        return t;
    }
}
