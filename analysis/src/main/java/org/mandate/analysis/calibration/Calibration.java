package org.mandate.analysis.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.analysis.backtest.Backtest;
import org.mandate.analysis.backtest.BacktestReport;
import org.mandate.analysis.backtest.CaseRun;
import org.mandate.analysis.ensemble.CaseRuns;
import org.mandate.analysis.backtest.Guess;
import org.mandate.analysis.backtest.Measure;
import org.mandate.analysis.backtest.Observed;
import org.mandate.analysis.backtest.Predictor;
import org.mandate.analysis.backtest.ProbabilisticScores;
import org.mandate.analysis.backtest.ScoredCell;
import org.mandate.core.calibration.CalibrationSpec;
import org.mandate.core.scenario.Library;
import org.mandate.core.scenario.LibraryOverlay;

/**
 * A whole calibration: the fit on every case given, then the same fit repeated out of fold (leaving each case out in
 * turn and scoring it, and fitting on the crises before the split date and scoring the later ones), each scheme
 * scored beside the hand-set library and the backtest's baselines.
 *
 * <p>Only the cases given are read, and the caller gives only cases that set the library
 * ({@link CalibrationCase#of} refuses the others). The baselines are the backtest's: the organization's most common
 * observed level in the other cases (leave one case out; in the period fold, the earlier cases only), the lead
 * state's preferred level and the capability-weighted mean of the members' preferred levels under the hand-set
 * library; each is a single guess, scored as a distribution with all its probability on that level.
 */
public final class Calibration {
    /** Told as the calibration goes. */
    public interface Progress {
        /**
         * Fit {@code fit} of {@code fits} ({@code label} says which) has spent {@code evaluation} of
         * {@code evaluations} evaluations.
         */
        void update(int fit, int fits, String label, int evaluation, int evaluations);
    }

    /**
     * How to run it.
     *
     * @param seed          seeds the ensemble jitter (with each case id), CMA-ES and the bootstrap
     * @param threads       threads that score cases side by side; the result does not depend on it
     * @param resamples     bootstrap resamples of cases for the intervals
     * @param outOfFold     whether to run the leave-one-case-out and period folds
     */
    public record Options(long seed, int threads, int resamples, boolean outOfFold) {
        /** Checks the counts. */
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            if (resamples < 1) {
                throw new IllegalArgumentException("resamples must be at least 1, was " + resamples);
            }
        }
    }

    private Calibration() {
    }

    /** Runs the calibration on the cases, in the order given. */
    public static CalibrationReport run(List<CalibrationCase> cases, CalibrationSpec spec, Options options,
                                        Progress progress) {
        if (cases.size() < 2) {
            throw new IllegalArgumentException("a calibration needs at least 2 cases, had " + cases.size());
        }
        Library library = cases.get(0).library();
        int n = cases.size();
        int[] all = range(n);
        List<Integer> early = new ArrayList<>();
        List<Integer> late = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (cases.get(i).start().isBefore(spec.splitAt()) ? early : late).add(i);
        }
        boolean period = options.outOfFold() && early.size() >= 2 && !late.isEmpty();
        boolean loo = options.outOfFold() && n >= 3;
        int fits = 1 + (loo ? n : 0) + (period ? 1 : 0);
        List<CaseRun> handSetRuns = new ArrayList<>();
        for (CalibrationCase c : cases) {
            handSetRuns.add(CaseRuns.of(c.join(LibraryOverlay.NONE)));
        }
        BacktestReport backtest = Backtest.score(handSetRuns, List.of());
        Map<String, List<ScoredCell>> cellsByCase = new HashMap<>();
        for (ScoredCell cell : backtest.cells(org.mandate.analysis.backtest.Group.SETS_LIBRARY)) {
            cellsByCase.computeIfAbsent(cell.caseId(), k -> new ArrayList<>()).add(cell);
        }
        try (Evaluator evaluator = new Evaluator(cases, spec.runs(), options.seed(), options.threads())) {
            int[] fitNo = {0};
            Fit full = fit(evaluator, all, spec, library, options, progress, ++fitNo[0], fits, "all cases");
            CaseScore[] handSet = evaluator.score(LibraryOverlay.NONE, all);
            CaseScore[] fitted = evaluator.score(full.overlay("fitted"), all);
            List<Scheme> schemes = new ArrayList<>();
            Map<String, List<CaseScore>> in = new LinkedHashMap<>();
            in.put("fitted", withMae(fitted, cases, all, i -> full.overlay("fitted")));
            in.put("hand-set", withMae(handSet, handSetRuns, all));
            baselines(in, all, cellsByCase, handSetRuns, null);
            schemes.add(new Scheme("in-sample", "in sample (fitted and scored on all " + n + " cases)", in));
            Map<String, Map<String, Double>> folds = new LinkedHashMap<>();
            if (loo) {
                CaseScore[] oof = new CaseScore[n];
                LibraryOverlay[] overlays = new LibraryOverlay[n];
                for (int i = 0; i < n; i++) {
                    int[] train = without(all, i);
                    Fit f = fit(evaluator, train, spec, library, options, progress, ++fitNo[0], fits,
                            "without " + cases.get(i).id());
                    folds.put(cases.get(i).id(), f.values());
                    overlays[i] = f.overlay("fold");
                    oof[i] = evaluator.score(overlays[i], new int[] {i})[0];
                }
                Map<String, List<CaseScore>> lo = new LinkedHashMap<>();
                lo.put("fitted", withMae(oof, cases, all, i -> overlays[i]));
                lo.put("hand-set", withMae(handSet, handSetRuns, all));
                baselines(lo, all, cellsByCase, handSetRuns, null);
                schemes.add(new Scheme("leave-one-case-out", "out of fold, leaving each case out in turn", lo));
            }
            Fit periodFit = null;
            if (period) {
                int[] train = early.stream().mapToInt(Integer::intValue).toArray();
                int[] test = late.stream().mapToInt(Integer::intValue).toArray();
                periodFit = fit(evaluator, train, spec, library, options, progress, ++fitNo[0], fits,
                        "crises before " + spec.splitAt());
                Fit pf = periodFit;
                CaseScore[] scored = evaluator.score(pf.overlay("period"), test);
                Map<String, List<CaseScore>> by = new LinkedHashMap<>();
                by.put("fitted", withMae(scored, cases, test, i -> pf.overlay("period")));
                by.put("hand-set", withMae(pick(handSet, test), handSetRuns, test));
                List<CaseRun> earlier = new ArrayList<>();
                for (int i : train) {
                    earlier.add(handSetRuns.get(i));
                }
                baselines(by, test, cellsByCase, handSetRuns, earlier);
                schemes.add(new Scheme("by-period", "by period: fitted on the " + train.length + " crises before "
                        + spec.splitAt() + ", scored on the " + test.length + " from then on", by));
            }
            return new CalibrationReport(spec, options.seed(), cases.stream().map(CalibrationCase::id).toList(),
                    full, folds, periodFit, schemes, options.resamples());
        }
    }

    private static Fit fit(Evaluator evaluator, int[] train, CalibrationSpec spec, Library library, Options options,
                           Progress progress, int fit, int fits, String label) {
        return Calibrator.fit(evaluator, train, spec, library, options.seed(),
                (done, budget) -> progress.update(fit, fits, label, done, budget));
    }

    private interface OverlayOf {
        LibraryOverlay at(int caseIndex);
    }

    /** The ensemble scores with the absolute errors of the single prediction under each case's overlay. */
    private static List<CaseScore> withMae(CaseScore[] scores, List<CalibrationCase> cases, int[] indices,
                                           OverlayOf overlay) {
        List<CaseScore> out = new ArrayList<>();
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            CaseRun run = CaseRuns.of(cases.get(i).join(overlay.at(i)));
            out.add(scores[k].withAbsError(absErrors(run)));
        }
        return out;
    }

    private static List<CaseScore> withMae(CaseScore[] scores, List<CaseRun> runs, int[] indices) {
        List<CaseScore> out = new ArrayList<>();
        for (int k = 0; k < indices.length; k++) {
            out.add(scores[k].withAbsError(absErrors(runs.get(indices[k]))));
        }
        return out;
    }

    private static double absErrors(CaseRun run) {
        double sum = 0;
        for (var cell : run.cells()) {
            for (Measure m : Measure.values()) {
                if (m.of(cell) instanceof Observed.Level level) {
                    int predicted = m == Measure.DECIDED ? cell.model().decided() : cell.model().implemented();
                    sum += Math.abs(predicted - level.value());
                }
            }
        }
        return sum;
    }

    /**
     * Adds the three baselines' scores on the cases at {@code indices}: the backtest's guesses, except that with
     * {@code earlier} the majority is taken over those cases only.
     */
    private static void baselines(Map<String, List<CaseScore>> out, int[] indices,
                                  Map<String, List<ScoredCell>> cellsByCase, List<CaseRun> runs,
                                  List<CaseRun> earlier) {
        Map<Predictor, String> names = new LinkedHashMap<>();
        names.put(Predictor.MAJORITY, "majority");
        names.put(Predictor.LEAD_STATE, "lead-state");
        names.put(Predictor.WEIGHTED_MEAN, "weighted-mean");
        names.forEach((p, name) -> {
            List<CaseScore> scores = new ArrayList<>();
            for (int i : indices) {
                String id = runs.get(i).id();
                int n = 0;
                double rps = 0;
                double brier = 0;
                double abs = 0;
                for (ScoredCell cell : cellsByCase.getOrDefault(id, List.of())) {
                    Guess g = p == Predictor.MAJORITY && earlier != null
                            ? majority(earlier, cell.cell().organization()) : cell.guess(p);
                    for (Measure m : Measure.values()) {
                        if (m.of(cell.cell()) instanceof Observed.Level level) {
                            double[] dist = new double[5];
                            dist[g.level(m)] = 1;
                            n++;
                            rps += ProbabilisticScores.rps(dist, level.value());
                            brier += ProbabilisticScores.brier(dist, level.value());
                            abs += Math.abs(g.level(m) - level.value());
                        }
                    }
                }
                scores.add(new CaseScore(id, n, rps, brier, Double.NaN, abs));
            }
            out.put(name, scores);
        });
    }

    /** The organization's most common observed level in the given cases, per measure; ties to the lower; else 0. */
    static Guess majority(List<CaseRun> from, String organization) {
        int[][] counts = new int[2][5];
        for (CaseRun run : from) {
            for (var cell : run.cells()) {
                if (!cell.organization().equals(organization)) {
                    continue;
                }
                for (Measure m : Measure.values()) {
                    if (m.of(cell) instanceof Observed.Level level) {
                        counts[m.ordinal()][level.value()]++;
                    }
                }
            }
        }
        int[] best = new int[2];
        for (int m = 0; m < 2; m++) {
            for (int l = 1; l < 5; l++) {
                if (counts[m][l] > counts[m][best[m]]) {
                    best[m] = l;
                }
            }
        }
        return new Guess(best[0], best[1]);
    }

    private static int[] range(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static int[] without(int[] all, int left) {
        int[] out = new int[all.length - 1];
        int k = 0;
        for (int i : all) {
            if (i != left) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static CaseScore[] pick(CaseScore[] scores, int[] indices) {
        CaseScore[] out = new CaseScore[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = scores[indices[k]];
        }
        return out;
    }
}
