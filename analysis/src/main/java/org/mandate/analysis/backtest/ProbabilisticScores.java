package org.mandate.analysis.backtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brier and ranked probability scores of the predicted distributions: the model's from its ensemble forecasts, each
 * baseline's from its single guess (all probability on one level). Lower is better. For one observed level {@code o}
 * and predicted probabilities {@code p}: Brier {@code = sum over levels (p_l - [l = o])^2} (0 to 2), ranked
 * probability score {@code = sum over k = 0..3 of (P(level <= k) - [o <= k])^2 / 4} (0 to 1), which, unlike the Brier
 * score, counts a near miss on the ordinal scale as better than a far one.
 *
 * @param byGroup per group, per predictor: mean Brier, mean RPS and the number of levels scored
 */
public record ProbabilisticScores(Map<Group, Map<Predictor, double[]>> byGroup) {

    /** Scores every cell of the report that has an observed level, with the model's forecasts by cell. */
    public static ProbabilisticScores score(BacktestReport report, List<Forecast> forecasts) {
        Map<String, Forecast> byKey = new LinkedHashMap<>();
        for (Forecast f : forecasts) {
            byKey.put(Forecast.key(f.caseId(), f.episode(), f.organization()), f);
        }
        Map<Group, Map<Predictor, double[]>> out = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>(List.of(Group.values()));
        for (Group g : groups) {
            Map<Predictor, double[]> sums = new EnumMap<>(Predictor.class);
            for (Predictor p : Predictor.values()) {
                sums.put(p, new double[3]);
            }
            for (ScoredCell c : report.cells(g)) {
                Forecast f = byKey.get(Forecast.key(c.caseId(), c.cell().episode(), c.cell().organization()));
                for (Measure m : Measure.values()) {
                    if (!(m.of(c.cell()) instanceof Observed.Level level)) {
                        continue;
                    }
                    for (Predictor p : Predictor.values()) {
                        double[] dist = p == Predictor.MODEL && f != null ? f.of(m)
                                : oneHot(c.guess(p).level(m));
                        double[] s = sums.get(p);
                        s[0] += brier(dist, level.value());
                        s[1] += rps(dist, level.value());
                        s[2]++;
                    }
                }
            }
            for (double[] s : sums.values()) {
                if (s[2] > 0) {
                    s[0] /= s[2];
                    s[1] /= s[2];
                }
            }
            out.put(g, sums);
        }
        return new ProbabilisticScores(out);
    }

    static double[] oneHot(int level) {
        double[] p = new double[5];
        p[level] = 1;
        return p;
    }

    /** The Brier score of a distribution over the five levels against the observed level. */
    public static double brier(double[] p, int observed) {
        double s = 0;
        for (int l = 0; l < 5; l++) {
            double d = p[l] - (l == observed ? 1 : 0);
            s += d * d;
        }
        return s;
    }

    /** The ranked probability score of a distribution over the five levels against the observed level. */
    public static double rps(double[] p, int observed) {
        double cum = 0;
        double s = 0;
        for (int k = 0; k < 4; k++) {
            cum += p[k];
            double d = cum - (observed <= k ? 1 : 0);
            s += d * d;
        }
        return s / 4;
    }

    /** The scores as a text table. */
    public String table() {
        StringBuilder sb = new StringBuilder("Probabilistic scores (lower is better): the model's ensemble forecast "
                + "against each baseline's single guess\n");
        sb.append(String.format(Locale.ROOT, "%-13s %-14s %4s  %6s  %6s%n", "group", "predictor", "n", "Brier",
                "RPS"));
        byGroup.forEach((g, m) -> m.forEach((p, s) -> sb.append(String.format(Locale.ROOT,
                "%-13s %-14s %4d  %6.3f  %6.3f%n", g.label(), p.id(), (int) s[2], s[0], s[1]))));
        return sb.toString();
    }

    /** The scores as CSV rows (a header, then one row per group and predictor): group, predictor, n, brier, rps. */
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("group", "predictor", "n", "brier", "rps"));
        byGroup.forEach((g, m) -> m.forEach((p, s) -> rows.add(List.of(g.id(), p.id(), Integer.toString((int) s[2]),
                String.format(Locale.ROOT, "%.6f", s[0]), String.format(Locale.ROOT, "%.6f", s[1])))));
        return rows;
    }

    /** The scores as a JSON-ready tree. */
    public Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        byGroup.forEach((g, m) -> {
            Map<String, Object> gm = new LinkedHashMap<>();
            m.forEach((p, s) -> {
                Map<String, Object> score = new LinkedHashMap<>();
                score.put("brier", s[0]);
                score.put("rps", s[1]);
                score.put("n", (int) s[2]);
                gm.put(p.id(), score);
            });
            root.put(g.id(), gm);
        });
        return root;
    }
}
