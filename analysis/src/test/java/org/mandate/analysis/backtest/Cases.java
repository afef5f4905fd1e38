package org.mandate.analysis.backtest;

import java.util.ArrayList;
import java.util.List;

/** Tiny hand-built cases for the backtest tests. */
final class Cases {
    private Cases() {
    }

    /** A member cell with no stances: the model says decided/implemented. */
    static CaseCell cell(String org, Observed decided, Observed implemented, int modelDecided, int modelImplemented) {
        return new CaseCell("e", org, decided, implemented,
                new Prediction(true, modelDecided, modelImplemented, List.of(), null));
    }

    /** A member cell observed at {@code observed}/{@code observed}. */
    static CaseCell cell(String org, int observed, int modelDecided, int modelImplemented) {
        return cell(org, Observed.level(observed), Observed.level(observed), modelDecided, modelImplemented);
    }

    /** A cell where the model says the host was not a member. */
    static CaseCell notMemberInModel(String org, Observed decided, Observed implemented) {
        return new CaseCell("e", org, decided, implemented, new Prediction(false, 0, 0, List.of(), null));
    }

    /** A member cell whose model prediction carries stances. */
    static CaseCell withStances(String org, int observed, String lead, Stance... stances) {
        return new CaseCell("e", org, Observed.level(observed), Observed.level(observed),
                new Prediction(true, 0, 0, List.of(stances), lead));
    }

    static CaseRun held(String id, CaseCell... cells) {
        return new CaseRun(id, id + ".yaml", Group.HELD_OUT, List.of(cells));
    }

    static CaseRun library(String id, CaseCell... cells) {
        return new CaseRun(id, id + ".yaml", Group.SETS_LIBRARY, List.of(cells));
    }

    static BacktestReport score(CaseRun... runs) {
        return Backtest.score(new ArrayList<>(List.of(runs)), List.of());
    }
}
