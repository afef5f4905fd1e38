package org.mandate.analysis.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a backtest: every case scored, and the files that were skipped. Totals, group splits, confusion
 * tables and membership checks are computed from the cases on request.
 *
 * @param cases   the scored cases, in the order given
 * @param skipped the case files that could not be scored
 */
public record BacktestReport(List<CaseResult> cases, List<Skipped> skipped) {
    /** Copies the lists. */
    public BacktestReport {
        cases = List.copyOf(cases);
        skipped = List.copyOf(skipped);
    }

    /** The cases of a group, or every case when {@code group} is null. */
    public List<CaseResult> cases(Group group) {
        return cases.stream().filter(c -> group == null || c.run().group() == group).toList();
    }

    /** A predictor's tally over a group's cases, or over every case when {@code group} is null. */
    public Tally tally(Predictor predictor, Group group) {
        Tally t = Tally.EMPTY;
        for (CaseResult c : cases(group)) {
            t = t.plus(c.tally(predictor));
        }
        return t;
    }

    /**
     * A predictor's tally over one organization's cells in a group's cases (every case when {@code group} is null).
     */
    public Tally tally(Predictor predictor, Group group, String organization) {
        Tally t = Tally.EMPTY;
        for (ScoredCell cell : cells(group)) {
            if (cell.cell().organization().equals(organization)) {
                t = t.plus(Backtest.tally(cell, predictor));
            }
        }
        return t;
    }

    /** Every scored cell of a group, or of every case when {@code group} is null, in case order. */
    public List<ScoredCell> cells(Group group) {
        List<ScoredCell> out = new ArrayList<>();
        for (CaseResult c : cases(group)) {
            out.addAll(c.cells());
        }
        return out;
    }

    /** The organizations scored, in the order they first appear. */
    public List<String> organizations() {
        List<String> out = new ArrayList<>();
        for (ScoredCell cell : cells(null)) {
            if (!out.contains(cell.cell().organization())) {
                out.add(cell.cell().organization());
            }
        }
        return out;
    }

    /**
     * The model's confusion tables over a group (every case when null): per organization, decided then implemented,
     * counting only cells observed at a level.
     */
    public List<Confusion> confusions(Group group) {
        Map<String, int[][][]> counts = new LinkedHashMap<>();
        for (String org : organizations()) {
            counts.put(org, new int[2][5][5]);
        }
        for (ScoredCell cell : cells(group)) {
            for (Measure m : Measure.values()) {
                if (m.of(cell.cell()) instanceof Observed.Level level) {
                    counts.get(cell.cell().organization())[m.ordinal()][level.value()]
                            [cell.guess(Predictor.MODEL).level(m)]++;
                }
            }
        }
        List<Confusion> out = new ArrayList<>();
        counts.forEach((org, c) -> {
            for (Measure m : Measure.values()) {
                out.add(new Confusion(org, m, c[m.ordinal()]));
            }
        });
        return out;
    }

    /** The cells observed as not-member, in case order. */
    public List<ScoredCell> notMemberCells() {
        return cells(null).stream().filter(c -> c.cell().observedNotMember()).toList();
    }

    /** The cells where the model and the case file disagree on membership, in case order. */
    public List<ScoredCell> membershipDisagreements() {
        return cells(null).stream().filter(ScoredCell::membershipDisagrees).toList();
    }
}
