package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.backtest.CaseCell;
import org.mandate.analysis.backtest.CaseRun;
import org.mandate.analysis.backtest.Group;
import org.mandate.analysis.backtest.Observed;
import org.mandate.analysis.backtest.Prediction;
import org.mandate.analysis.backtest.Stance;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Observation;

/** Runs a loaded case through the engine and pairs each of its observations with the model's cell. */
public final class CaseRuns {
    private CaseRuns() {
    }

    /** The case run: its observed cells with the model's predictions, in the order of its {@code observed:} list. */
    public static CaseRun of(LoadedScenario loaded) {
        if (loaded.setsLibrary() == null) {
            throw new IllegalArgumentException("case " + loaded.scenario().id() + " does not say whether it set the"
                    + " library");
        }
        List<Outcome> outcomes = Engine.explain(CompiledScenario.compile(loaded.scenario()));
        List<CaseCell> cells = new ArrayList<>();
        for (Observation o : loaded.observed()) {
            Outcome outcome = outcomes.stream()
                    .filter(x -> x.episode().equals(o.episode()) && x.organization().equals(o.organization()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no outcome for " + o.episode() + "/"
                            + o.organization()));
            cells.add(new CaseCell(o.episode(), o.organization(), observed(o.decided()), observed(o.implemented()),
                    prediction(outcome, loaded.scenario().organizations().get(o.organization()).leadState())));
        }
        return new CaseRun(loaded.scenario().id(), loaded.file(), Group.of(loaded.setsLibrary()), cells);
    }

    /** The model's prediction for one cell, with the voting members' stances the baselines build on. */
    public static Prediction prediction(Outcome outcome, String leadState) {
        List<Stance> stances = new ArrayList<>();
        for (MemberStance s : outcome.stances()) {
            if (s.voting()) {
                stances.add(new Stance(s.actor(), s.weight(), s.ideal()));
            }
        }
        return new Prediction(outcome.member(), outcome.decided(), outcome.implemented(), stances, leadState);
    }

    /** An observed value as the backtest reads it. */
    public static Observed observed(Integer level) {
        if (level == null) {
            return Observed.notRecorded();
        }
        return level == Observation.NOT_MEMBER ? Observed.notMember() : Observed.level(level);
    }
}
