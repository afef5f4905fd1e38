package org.mandate.core.history;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.experiment.UncertainInput;

/**
 * An experiment on a history: the uncertain inputs (by path, {@link HistoryInputs}), the design factors whose
 * combinations make the design points, the draws, the sampling and master seed, and the outcomes to record. Every
 * draw runs at every design point, on common random numbers.
 *
 * @param id        experiment id
 * @param title     display title
 * @param history   the history it varies
 * @param runs      draws of the uncertain inputs
 * @param seed      the master seed
 * @param sampling  the sampling design
 * @param uncertain the uncertain inputs
 * @param factors   the design factors
 * @param outcomes  the outcomes recorded
 */
public record HistoryExperiment(String id, String title, HistorySpec history, long runs, long seed, Sampling sampling,
                                List<UncertainInput> uncertain, List<HistoryFactor> factors,
                                List<HistoryOutcome> outcomes) {

    /** Copies. */
    public HistoryExperiment {
        uncertain = List.copyOf(uncertain);
        factors = List.copyOf(factors);
        outcomes = List.copyOf(outcomes);
    }

    /** Every design point's levels, the first factor varying slowest. */
    public List<List<String>> designPoints() {
        List<List<String>> points = new ArrayList<>();
        int total = 1;
        for (HistoryFactor f : factors) {
            total *= f.levels().size();
        }
        for (int i = 0; i < total; i++) {
            List<String> levels = new ArrayList<>();
            int rest = i;
            int stride = total;
            for (HistoryFactor f : factors) {
                stride /= f.levels().size();
                levels.add(f.levels().get(rest / stride));
                rest %= stride;
            }
            points.add(levels);
        }
        return points;
    }

    /** The history at a design point. */
    public HistorySpec at(List<String> levels) {
        HistorySpec h = history;
        for (int i = 0; i < factors.size(); i++) {
            h = factors.get(i).apply(h, levels.get(i));
        }
        return h;
    }

    /** The uncertain inputs' paths, in order. */
    public List<String> paths() {
        return uncertain.stream().map(UncertainInput::path).toList();
    }

    /** A copy with another number of draws. */
    public HistoryExperiment withRuns(long newRuns) {
        return new HistoryExperiment(id, title, history, newRuns, seed, sampling, uncertain, factors, outcomes);
    }
}
