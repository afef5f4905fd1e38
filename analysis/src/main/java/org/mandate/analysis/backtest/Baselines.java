package org.mandate.analysis.backtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of thumb the model is compared with. None of them sees the case's own observed outcome.
 */
final class Baselines {
    private final Map<String, int[][]> countsByOrganization = new LinkedHashMap<>();

    /** Counts the observed levels of every case, for the leave-one-case-out majority. */
    Baselines(List<CaseRun> runs) {
        for (CaseRun run : runs) {
            for (CaseCell cell : run.cells()) {
                add(countsByOrganization, cell);
            }
        }
    }

    private static void add(Map<String, int[][]> counts, CaseCell cell) {
        int[][] c = counts.computeIfAbsent(cell.organization(), k -> new int[Measure.values().length][5]);
        for (Measure m : Measure.values()) {
            if (m.of(cell) instanceof Observed.Level level) {
                c[m.ordinal()][level.value()]++;
            }
        }
    }

    /**
     * Baseline (a): for each measure, the level observed most often for the cell's organization in every case but
     * {@code own}. Ties go to the lower level; with no other observation, 0.
     */
    Guess majority(CaseRun own, String organization) {
        Map<String, int[][]> ownCounts = new LinkedHashMap<>();
        for (CaseCell cell : own.cells()) {
            add(ownCounts, cell);
        }
        int[][] all = countsByOrganization.getOrDefault(organization, new int[2][5]);
        int[][] mine = ownCounts.getOrDefault(organization, new int[2][5]);
        int[] levels = new int[2];
        for (Measure m : Measure.values()) {
            int best = 0;
            int bestCount = -1;
            for (int level = 0; level < 5; level++) {
                int count = all[m.ordinal()][level] - mine[m.ordinal()][level];
                if (count > bestCount) {
                    best = level;
                    bestCount = count;
                }
            }
            levels[m.ordinal()] = best;
        }
        return new Guess(levels[0], levels[1]);
    }

    /**
     * Baseline (b): the lead state's preferred level, for both measures; where the organization has no lead, or the
     * lead does not vote, the most capable voting member's (ties to the first in the model's order). 0 when no one
     * votes (the model says the host is not a member).
     */
    static Guess leadState(Prediction model) {
        Stance chosen = null;
        for (Stance s : model.stances()) {
            if (s.state().equals(model.leadState())) {
                chosen = s;
                break;
            }
        }
        if (chosen == null) {
            for (Stance s : model.stances()) {
                if (chosen == null || s.capability() > chosen.capability()) {
                    chosen = s;
                }
            }
        }
        int level = chosen == null ? 0 : chosen.ideal();
        return new Guess(level, level);
    }

    /**
     * Baseline (c): the capability-weighted mean of the voting members' preferred levels, rounded half up, for both
     * measures; 0 when no one votes.
     */
    static Guess weightedMean(Prediction model) {
        double sum = 0;
        double weight = 0;
        for (Stance s : model.stances()) {
            sum += s.capability() * s.ideal();
            weight += s.capability();
        }
        int level = weight == 0 ? 0 : (int) Math.floor(sum / weight + 0.5);
        level = Math.max(0, Math.min(4, level));
        return new Guess(level, level);
    }
}
