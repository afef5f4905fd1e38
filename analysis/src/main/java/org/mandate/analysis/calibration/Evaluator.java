package org.mandate.analysis.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mandate.analysis.backtest.Forecast;
import org.mandate.analysis.ensemble.Forecasts;
import org.mandate.analysis.backtest.ProbabilisticScores;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Observation;

/**
 * Scores the model's ensemble forecasts of cases under an overlay. Each case's forecast draws from its own stream,
 * seeded by the seed and the case id ({@link Forecasts}), so every overlay is scored on the same draws (common random
 * numbers) and a case's score does not depend on which thread computed it or what ran beside it; scores are pooled in
 * case order.
 */
final class Evaluator implements AutoCloseable {
    private final List<CalibrationCase> cases;
    private final int runs;
    private final long seed;
    private final ExecutorService pool;

    Evaluator(List<CalibrationCase> cases, int runs, long seed, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.cases = List.copyOf(cases);
        this.runs = runs;
        this.seed = seed;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "calibrate");
            t.setDaemon(true);
            return t;
        });
    }

    List<CalibrationCase> cases() {
        return cases;
    }

    /** The scores of the cases at the given indices, in that order. */
    CaseScore[] score(LibraryOverlay overlay, int[] indices) {
        CaseScore[] out = new CaseScore[indices.length];
        if (pool == null) {
            for (int i = 0; i < indices.length; i++) {
                out[i] = score(cases.get(indices[i]), overlay, runs, seed);
            }
            return out;
        }
        List<Future<CaseScore>> futures = new ArrayList<>();
        for (int index : indices) {
            CalibrationCase c = cases.get(index);
            futures.add(pool.submit(() -> score(c, overlay, runs, seed)));
        }
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = futures.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /** One case's ensemble scores under the overlay. */
    static CaseScore score(CalibrationCase c, LibraryOverlay overlay, int runs, long seed) {
        LoadedScenario loaded = c.join(overlay);
        List<Forecast> forecasts = Forecasts.of(loaded, runs, seed);
        int n = 0;
        double rps = 0;
        double brier = 0;
        double log = 0;
        List<Observation> observed = loaded.observed();
        for (int i = 0; i < observed.size(); i++) {
            Observation o = observed.get(i);
            Forecast f = forecasts.get(i);
            Integer[] levels = {o.decided(), o.implemented()};
            double[][] dists = {f.decided(), f.implemented()};
            for (int m = 0; m < 2; m++) {
                if (levels[m] == null || levels[m] < 0) {
                    continue;
                }
                int level = levels[m];
                n++;
                rps += ProbabilisticScores.rps(dists[m], level);
                brier += ProbabilisticScores.brier(dists[m], level);
                log -= Math.log((dists[m][level] * runs + 0.5) / (runs + 2.5));
            }
        }
        return new CaseScore(c.id(), n, rps, brier, log, Double.NaN);
    }

    /** The pooled value of the objective over the scores: the mean per observed level. */
    static double mean(CaseScore[] scores, boolean logLikelihood) {
        double sum = 0;
        int n = 0;
        for (CaseScore s : scores) {
            sum += logLikelihood ? s.logLoss() : s.rps();
            n += s.n();
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
