package org.mandate.analysis.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mandate.analysis.stats.Bootstrap;
import org.mandate.analysis.stats.ConfidenceInterval;

/**
 * One way of scoring a calibration (in sample, leave one case out, by period): every predictor's scores on the same
 * cases, pooled per observed level, with 95% percentile intervals from resampling cases (the same resamples for every
 * predictor, so the paired difference between the fitted and the hand-set library has an interval of its own).
 *
 * @param id      the scheme's name in output, such as {@code leave-one-case-out}
 * @param label   how tables describe it
 * @param byPredictor per predictor ({@code fitted}, {@code hand-set}, {@code majority}, {@code lead-state},
 *                {@code weighted-mean}), its scores on each scored case, in the same case order
 */
public record Scheme(String id, String label, Map<String, List<CaseScore>> byPredictor) {
    /** The predictors, in table order. */
    public static final List<String> PREDICTORS = List.of("fitted", "hand-set", "majority", "lead-state",
            "weighted-mean");

    /** Copies the scores. */
    public Scheme {
        Map<String, List<CaseScore>> copy = new LinkedHashMap<>();
        byPredictor.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byPredictor = Collections.unmodifiableMap(copy);
    }

    /**
     * A predictor's pooled scores.
     *
     * @param n        observed levels scored
     * @param rps      mean ranked probability score
     * @param rpsInterval its 95% interval over resampled cases
     * @param brier    mean Brier score
     * @param logLoss  mean minus log probability (NaN for single guesses)
     * @param mae      mean absolute error of the single prediction
     */
    public record Summary(int n, double rps, ConfidenceInterval rpsInterval, double brier, double logLoss,
                          double mae) {
    }

    /** The cases scored, in order. */
    public List<String> cases() {
        return byPredictor.get("fitted").stream().map(CaseScore::caseId).toList();
    }

    /** Every predictor's pooled scores, with intervals from {@code resamples} resamples drawn from the seed. */
    public Map<String, Summary> summaries(int resamples, long seed) {
        int[][] draws = draws(resamples, seed);
        Map<String, Summary> out = new LinkedHashMap<>();
        byPredictor.forEach((p, scores) -> {
            double[] reps = new double[draws.length];
            for (int b = 0; b < draws.length; b++) {
                reps[b] = pooled(scores, draws[b], 0);
            }
            int[] all = identity(scores.size());
            out.put(p, new Summary(n(scores), pooled(scores, all, 0), Bootstrap.percentile(reps, 0.95),
                    pooled(scores, all, 1), pooled(scores, all, 2), pooled(scores, all, 3)));
        });
        return out;
    }

    /** The fitted library's mean RPS minus the hand-set library's (negative: fitting helps), with its interval. */
    public double[] fittedMinusHandSet(int resamples, long seed) {
        List<CaseScore> f = byPredictor.get("fitted");
        List<CaseScore> h = byPredictor.get("hand-set");
        int[][] draws = draws(resamples, seed);
        double[] reps = new double[draws.length];
        for (int b = 0; b < draws.length; b++) {
            reps[b] = pooled(f, draws[b], 0) - pooled(h, draws[b], 0);
        }
        int[] all = identity(f.size());
        ConfidenceInterval ci = Bootstrap.percentile(reps, 0.95);
        return new double[] {pooled(f, all, 0) - pooled(h, all, 0), ci.lower(), ci.upper()};
    }

    private int[][] draws(int resamples, long seed) {
        int cases = byPredictor.get("fitted").size();
        SplittableRandom random = new SplittableRandom(seed ^ id.hashCode());
        int[][] draws = new int[resamples][];
        for (int b = 0; b < resamples; b++) {
            draws[b] = Bootstrap.resample(cases, random);
        }
        return draws;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static int n(List<CaseScore> scores) {
        int n = 0;
        for (CaseScore s : scores) {
            n += s.n();
        }
        return n;
    }

    /** The pooled mean per level of one score (0 rps, 1 Brier, 2 log loss, 3 absolute error) over the cases drawn. */
    private static double pooled(List<CaseScore> scores, int[] draw, int which) {
        double sum = 0;
        int n = 0;
        for (int i : draw) {
            CaseScore s = scores.get(i);
            sum += switch (which) {
                case 0 -> s.rps();
                case 1 -> s.brier();
                case 2 -> s.logLoss();
                default -> s.absError();
            };
            n += s.n();
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
