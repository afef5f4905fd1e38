package org.mandate.analysis.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far two independent coders of the observed outcomes agree, and how the model scores against each: the ceiling
 * any model can reach is the coders' own agreement. Computed over the levels both coders coded as a level (a cell's
 * decided and implemented levels each count once); quadratic weighted Cohen's kappa on the 0-4 scale, with weights
 * {@code (i - j)^2 / 16}: {@code kappa = 1 - sum w O / sum w E}, where O are the observed pair proportions and E the
 * products of the two raters' marginal proportions.
 *
 * @param levels the double-coded levels
 */
public record CoderAgreement(List<Pair> levels) {
    /**
     * One level coded by both coders, with the model's prediction.
     *
     * @param caseId       the case
     * @param episode      the episode
     * @param organization the organization
     * @param measure      decided or implemented
     * @param first        the first coder's level
     * @param second       the second coder's level
     * @param model        the model's level
     */
    public record Pair(String caseId, String episode, String organization, Measure measure, int first, int second,
                       int model) {
        /** Checks the levels. */
        public Pair {
            Prediction.checkLevel("first coder's level", first);
            Prediction.checkLevel("second coder's level", second);
            Prediction.checkLevel("model's level", model);
        }
    }

    /** Copies the list. */
    public CoderAgreement {
        levels = List.copyOf(levels);
    }

    /** The quadratic weighted kappa between two raters' levels; NaN when the expected disagreement is 0. */
    public static double weightedKappa(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the raters must rate the same items, had " + a.length + " and "
                    + b.length);
        }
        int n = a.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[] ma = new double[5];
        double[] mb = new double[5];
        double observed = 0;
        for (int i = 0; i < n; i++) {
            ma[a[i]] += 1.0 / n;
            mb[b[i]] += 1.0 / n;
            observed += (a[i] - b[i]) * (a[i] - b[i]) / 16.0 / n;
        }
        double expected = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                expected += (i - j) * (i - j) / 16.0 * ma[i] * mb[j];
            }
        }
        return expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /** The share of items on which two raters give the same level. */
    public static double exact(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? Double.NaN : (double) same / a.length;
    }

    /** The number of cases with at least one double-coded level. */
    public int cases() {
        return (int) levels.stream().map(Pair::caseId).distinct().count();
    }

    /** The comparisons, in order: coders with each other, the model with each coder; each kappa, exact share, MAE. */
    public Map<String, double[]> comparisons() {
        int n = levels.size();
        int[] first = new int[n];
        int[] second = new int[n];
        int[] model = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = levels.get(i).first();
            second[i] = levels.get(i).second();
            model[i] = levels.get(i).model();
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("first coder vs second coder", stats(first, second));
        out.put("model vs first coder", stats(model, first));
        out.put("model vs second coder", stats(model, second));
        return out;
    }

    private static double[] stats(int[] a, int[] b) {
        double mae = 0;
        for (int i = 0; i < a.length; i++) {
            mae += Math.abs(a[i] - b[i]);
        }
        return new double[] {weightedKappa(a, b), exact(a, b), a.length == 0 ? Double.NaN : mae / a.length};
    }

    /** The agreement as a text table. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Coding reliability: %d levels in %d cases "
                + "coded by two independent coders%n", levels.size(), cases()));
        sb.append(String.format(Locale.ROOT, "%-28s  %6s  %6s  %5s%n", "comparison", "kappa", "exact", "MAE"));
        comparisons().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-28s  %6.3f  %6.3f  %5.2f%n", k, v[0],
                v[1], v[2])));
        sb.append("kappa: Cohen's weighted kappa, quadratic weights on the 0-4 scale (1 perfect, 0 chance); the "
                + "coders' agreement is the ceiling for any model\n");
        return sb.toString();
    }

    /** The agreement as a JSON-ready tree. */
    public Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("levels", levels.size());
        root.put("cases", cases());
        Map<String, Object> cmp = new LinkedHashMap<>();
        comparisons().forEach((k, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kappa", Double.isNaN(v[0]) ? null : v[0]);
            m.put("exact", Double.isNaN(v[1]) ? null : v[1]);
            m.put("mae", Double.isNaN(v[2]) ? null : v[2]);
            cmp.put(k.replace(" ", "-"), m);
        });
        root.put("comparisons", cmp);
        List<Object> disagreements = new ArrayList<>();
        for (Pair p : levels) {
            if (p.first() != p.second()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("case", p.caseId());
                d.put("episode", p.episode());
                d.put("organization", p.organization());
                d.put("measure", p.measure().id());
                d.put("first", p.first());
                d.put("second", p.second());
                disagreements.add(d);
            }
        }
        root.put("disagreements", disagreements);
        return root;
    }
}
