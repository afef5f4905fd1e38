package org.mandate.analysis.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandate.core.calibration.CalibrationSpec;
import org.mandate.core.calibration.FittedParameter;

/**
 * What a calibration found: the fitted values beside the hand-set ones, their spread over the leave-one-case-out
 * folds, and each scoring scheme with every predictor's scores and intervals.
 *
 * @param spec      the calibration
 * @param seed      its seed
 * @param cases     the ids of the cases fitted on, in order
 * @param fit       the fit on every case
 * @param folds     the leave-one-case-out fits' values, by the case left out
 * @param periodFit the fit on the earlier crises, or null when there was no period fold
 * @param schemes   the scoring schemes, in order
 * @param resamples bootstrap resamples behind the intervals
 */
public record CalibrationReport(CalibrationSpec spec, long seed, List<String> cases, Fit fit,
                                Map<String, Map<String, Double>> folds, Fit periodFit, List<Scheme> schemes,
                                int resamples) {
    /** Copies the lists and maps. */
    public CalibrationReport {
        cases = List.copyOf(cases);
        folds = Collections.unmodifiableMap(new LinkedHashMap<>(folds));
        schemes = List.copyOf(schemes);
    }

    /** The scheme with the given id, or null. */
    public Scheme scheme(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The report as text tables. */
    public String text(Map<String, Double> handSet) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Calibration %s: %d parameters fitted to %d cases that set the library "
                        + "(objective %s of %d-run ensemble forecasts, at most %d evaluations per fit, seed %d)%n",
                spec.id(), spec.parameters().size(), cases.size(), spec.objective().id(), spec.runs(),
                spec.evaluations(), seed));
        sb.append(String.format(Locale.ROOT, "%-44s %9s %9s %8s %8s", "parameter", "hand-set", "fitted", "bounds",
                ""));
        boolean folded = !folds.isEmpty();
        if (folded) {
            sb.append(String.format(Locale.ROOT, " %17s", "folds: min-max"));
        }
        if (periodFit != null) {
            sb.append(String.format(Locale.ROOT, " %9s", "period"));
        }
        sb.append('\n');
        for (FittedParameter p : spec.parameters()) {
            sb.append(String.format(Locale.ROOT, "%-44s %9.3f %9.3f %8.2f %8.2f", p.path(), handSet.get(p.path()),
                    fit.values().get(p.path()), p.min(), p.max()));
            if (folded) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (Map<String, Double> f : folds.values()) {
                    lo = Math.min(lo, f.get(p.path()));
                    hi = Math.max(hi, f.get(p.path()));
                }
                sb.append(String.format(Locale.ROOT, " %8.3f-%-8.3f", lo, hi));
            }
            if (periodFit != null) {
                sb.append(String.format(Locale.ROOT, " %9.3f", periodFit.values().get(p.path())));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "In-sample objective (%s per level): hand-set %.4f, fitted %.4f "
                + "after %d evaluations%n", spec.objective().id(), fit.handSet(), fit.objective(), fit.evaluations()));
        for (Scheme s : schemes) {
            sb.append('\n').append(s.label()).append(" (").append(s.cases().size()).append(" cases)\n");
            sb.append(String.format(Locale.ROOT, "%-14s %4s  %6s  %-17s  %6s  %8s  %5s%n", "predictor", "n", "RPS",
                    "95% interval", "Brier", "log loss", "MAE"));
            s.summaries(resamples, seed).forEach((p, m) -> sb.append(String.format(Locale.ROOT,
                    "%-14s %4d  %6.3f  [%6.3f, %6.3f]  %6.3f  %8s  %5.2f%n", p, m.n(), m.rps(), m.rpsInterval().lower(),
                    m.rpsInterval().upper(), m.brier(), Double.isNaN(m.logLoss()) ? "-"
                            : String.format(Locale.ROOT, "%.3f", m.logLoss()), m.mae())));
            double[] d = s.fittedMinusHandSet(resamples, seed);
            sb.append(String.format(Locale.ROOT, "fitted minus hand-set, RPS: %+.4f [%+.4f, %+.4f]%n", d[0], d[1],
                    d[2]));
        }
        sb.append("\nRPS: ranked probability score per observed level (0 best, 1 worst); Brier 0-2; log loss: minus "
                + "the log probability of the observed level, half a run added to every level; MAE: the single "
                + "prediction's mean absolute error on the 0-4 scale. Intervals: 95% percentile bootstrap over cases ("
                + resamples + " resamples). Baselines are single guesses; majority is leave-one-case-out (by period:"
                + " the earlier crises' majority).\n");
        return sb.toString();
    }

    /** The report as a JSON-ready tree. */
    public Map<String, Object> tree(Map<String, Double> handSet) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("calibration", spec.id());
        root.put("objective", spec.objective().id());
        root.put("runs", spec.runs());
        root.put("evaluations", spec.evaluations());
        root.put("seed", seed);
        root.put("splitAt", spec.splitAt().toString());
        root.put("cases", cases);
        List<Object> params = new ArrayList<>();
        for (FittedParameter p : spec.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path());
            m.put("min", p.min());
            m.put("max", p.max());
            m.put("handSet", handSet.get(p.path()));
            m.put("fitted", fit.values().get(p.path()));
            if (periodFit != null) {
                m.put("period", periodFit.values().get(p.path()));
            }
            params.add(m);
        }
        root.put("parameters", params);
        Map<String, Object> fitJson = new LinkedHashMap<>();
        fitJson.put("objective", fit.objective());
        fitJson.put("handSet", fit.handSet());
        fitJson.put("evaluations", fit.evaluations());
        root.put("fit", fitJson);
        root.put("folds", folds);
        Map<String, Object> schemesOut = new LinkedHashMap<>();
        for (Scheme s : schemes) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("label", s.label());
            sm.put("cases", s.cases());
            Map<String, Object> preds = new LinkedHashMap<>();
            s.summaries(resamples, seed).forEach((p, m) -> {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("n", m.n());
                pm.put("rps", m.rps());
                pm.put("rpsInterval", List.of(m.rpsInterval().lower(), m.rpsInterval().upper()));
                pm.put("brier", m.brier());
                pm.put("logLoss", Double.isNaN(m.logLoss()) ? null : m.logLoss());
                pm.put("mae", m.mae());
                preds.put(p, pm);
            });
            sm.put("predictors", preds);
            double[] d = s.fittedMinusHandSet(resamples, seed);
            Map<String, Object> diff = new LinkedHashMap<>();
            diff.put("estimate", d[0]);
            diff.put("interval", List.of(d[1], d[2]));
            sm.put("fittedMinusHandSetRps", diff);
            schemesOut.put(s.id(), sm);
        }
        root.put("schemes", schemesOut);
        return root;
    }
}
