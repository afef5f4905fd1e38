package org.mandate.analysis.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A backtest report as a tree of maps, lists, strings, numbers and booleans, ready for any JSON writer.
 *
 * <p>The tree: {@code cases} (per case: {@code id}, {@code file}, {@code group}, {@code cells} with each cell's
 * {@code episode}, {@code organization}, {@code observed}, {@code predicted}, {@code error} (signed, predicted minus
 * observed; null where the observed value is not a level) and {@code baselines}, then the case's {@code model} and
 * {@code baselines} scores); {@code model} and {@code baselines} over every case; {@code groups}: for
 * {@code sets-library} and {@code held-out}, the number of {@code cases}, the same two scores, again per organization
 * under {@code byOrganization}, {@code modelBeatsEveryBaseline} and the {@code verdict} line; {@code predictors};
 * {@code membership}; {@code confusion} (all cases and per group); {@code skipped}.
 * A score is {@code accuracy}, {@code mae} and {@code n} over decided and implemented levels together, with the
 * counts behind them and the same fields per measure under {@code decided} and {@code implemented}. Accuracy and MAE
 * are null where nothing was scored.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /** The report as a JSON-ready tree. */
    public static Map<String, Object> tree(BacktestReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> cases = new ArrayList<>();
        for (CaseResult c : report.cases()) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("id", c.run().id());
            k.put("file", c.run().file());
            k.put("group", c.run().group().id());
            List<Object> cells = new ArrayList<>();
            for (ScoredCell cell : c.cells()) {
                cells.add(cell(cell));
            }
            k.put("cells", cells);
            k.put("model", score(c.tally(Predictor.MODEL)));
            k.put("baselines", baselines(p -> c.tally(p)));
            cases.add(k);
        }
        root.put("cases", cases);
        root.put("model", score(report.tally(Predictor.MODEL, null)));
        root.put("baselines", baselines(p -> report.tally(p, null)));
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("cases", report.cases(g).size());
            gm.put("model", score(report.tally(Predictor.MODEL, g)));
            gm.put("baselines", baselines(p -> report.tally(p, g)));
            Map<String, Object> byOrg = new LinkedHashMap<>();
            for (String org : report.organizations()) {
                Map<String, Object> om = new LinkedHashMap<>();
                om.put("model", score(report.tally(Predictor.MODEL, g, org)));
                om.put("baselines", baselines(p -> report.tally(p, g, org)));
                byOrg.put(org, om);
            }
            gm.put("byOrganization", byOrg);
            gm.put("modelBeatsEveryBaseline", beatsAll(report, g));
            gm.put("verdict", ReportText.verdict(report, g));
            groups.put(g.id(), gm);
        }
        root.put("groups", groups);
        root.put("predictors", predictors());
        root.put("membership", membership(report));
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion.put("all", confusions(report.confusions(null)));
        for (Group g : Group.values()) {
            confusion.put(g.id(), confusions(report.confusions(g)));
        }
        root.put("confusion", confusion);
        List<Object> skipped = new ArrayList<>();
        for (Skipped s : report.skipped()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", s.file());
            m.put("problems", s.problems());
            skipped.add(m);
        }
        root.put("skipped", skipped);
        return root;
    }

    /** Whether the model's MAE over a group, decided and implemented together, is below every baseline's. */
    static Boolean beatsAll(BacktestReport report, Group group) {
        Score model = report.tally(Predictor.MODEL, group).pooled();
        if (model.n() == 0) {
            return null;
        }
        for (Predictor p : Predictor.values()) {
            if (p.baseline() && model.absoluteError() >= report.tally(p, group).pooled().absoluteError()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> cell(ScoredCell cell) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("episode", cell.cell().episode());
        m.put("organization", cell.cell().organization());
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("decided", value(cell.cell().decided()));
        observed.put("implemented", value(cell.cell().implemented()));
        m.put("observed", observed);
        Map<String, Object> predicted = new LinkedHashMap<>();
        predicted.put("member", cell.cell().model().member());
        predicted.put("decided", cell.cell().model().decided());
        predicted.put("implemented", cell.cell().model().implemented());
        m.put("predicted", predicted);
        m.put("error", errors(cell, Predictor.MODEL));
        Map<String, Object> baselines = new LinkedHashMap<>();
        for (Predictor p : Predictor.values()) {
            if (p.baseline()) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("decided", cell.guess(p).decided());
                b.put("implemented", cell.guess(p).implemented());
                b.put("error", errors(cell, p));
                baselines.put(p.id(), b);
            }
        }
        m.put("baselines", baselines);
        return m;
    }

    private static Map<String, Object> errors(ScoredCell cell, Predictor p) {
        Map<String, Object> e = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            e.put(m.id(), cell.error(p, m));
        }
        return e;
    }

    private static Object value(Observed o) {
        if (o instanceof Observed.Level l) {
            return l.value();
        }
        return o instanceof Observed.NotMember ? "not-member" : null;
    }

    private static Map<String, Object> baselines(Function<Predictor, Tally> tally) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Predictor p : Predictor.values()) {
            if (p.baseline()) {
                m.put(p.id(), score(tally.apply(p)));
            }
        }
        return m;
    }

    private static Map<String, Object> score(Tally t) {
        Map<String, Object> m = fields(t.pooled());
        m.put("decided", fields(t.decided()));
        m.put("implemented", fields(t.implemented()));
        return m;
    }

    private static Map<String, Object> fields(Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", s.n() == 0 ? null : s.accuracy());
        m.put("mae", s.n() == 0 ? null : s.mae());
        m.put("n", s.n());
        m.put("exact", s.exact());
        m.put("absoluteError", s.absoluteError());
        return m;
    }

    private static Map<String, Object> predictors() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Predictor p : Predictor.values()) {
            m.put(p.id(), p.description());
        }
        return m;
    }

    private static Map<String, Object> membership(BacktestReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<ScoredCell> notMember = report.notMemberCells();
        m.put("notMemberCells", notMember.size());
        m.put("modelAgrees", notMember.stream().filter(c -> !c.cell().model().member()).count());
        List<Object> disagreements = new ArrayList<>();
        for (ScoredCell c : report.membershipDisagreements()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("case", c.caseId());
            d.put("episode", c.cell().episode());
            d.put("organization", c.cell().organization());
            d.put("observedNotMember", c.cell().observedNotMember());
            d.put("modelMember", c.cell().model().member());
            disagreements.add(d);
        }
        m.put("disagreements", disagreements);
        return m;
    }

    private static Map<String, Object> confusions(List<Confusion> tables) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Confusion c : tables) {
            @SuppressWarnings("unchecked")
            Map<String, Object> org = (Map<String, Object>) m.computeIfAbsent(c.organization(),
                    k -> new LinkedHashMap<String, Object>());
            List<Object> rows = new ArrayList<>();
            for (int[] row : c.counts()) {
                List<Integer> r = new ArrayList<>();
                for (int v : row) {
                    r.add(v);
                }
                rows.add(r);
            }
            org.put(c.measure().id(), rows);
        }
        return m;
    }
}
