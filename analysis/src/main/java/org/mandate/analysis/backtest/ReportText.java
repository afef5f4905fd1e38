package org.mandate.analysis.backtest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A backtest report as plain-text tables for the terminal. */
public final class ReportText {
    private ReportText() {
    }

    /** Writes the whole report: cells, per case, totals by group, the verdict, membership and confusion tables. */
    public static void write(BacktestReport report, PrintWriter out) {
        int library = report.cases(Group.SETS_LIBRARY).size();
        int heldOut = report.cases(Group.HELD_OUT).size();
        out.printf("Backtest of %d case%s (%d set%s the library, %d held out); %d file%s skipped%n",
                report.cases().size(), plural(report.cases().size()), library, library == 1 ? "s" : "", heldOut,
                report.skipped().size(), plural(report.skipped().size()));
        for (Skipped s : report.skipped()) {
            out.printf("  skipped %s: %s%s%n", s.file(), s.problems().get(0),
                    s.problems().size() > 1 ? " (and " + (s.problems().size() - 1) + " more)" : "");
        }
        out.println("Levels: 0 nothing, 1 statement, 2 aid/facilitation/monitoring, 3 police or advisory mission, "
                + "4 armed deployment.");
        out.println("Predictors:");
        for (Predictor p : Predictor.values()) {
            out.printf("  %-13s %s%n", p.id(), p.description());
        }
        out.println();
        cells(report, out);
        perCase(report, out);
        totals(report, out);
        byOrganization(report, out);
        verdicts(report, out);
        membership(report, out);
        confusion(report, out);
    }

    private static void cells(BacktestReport report, PrintWriter out) {
        out.println("Cells: decided/implemented; '-' not a member, '.' not recorded");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("case", "group", "episode", "org", "observed"));
        for (Predictor p : Predictor.values()) {
            header.add(p.id());
        }
        rows.add(header.toArray(String[]::new));
        for (ScoredCell c : report.cells(null)) {
            List<String> row = new ArrayList<>(List.of(c.caseId(), c.group().label(), c.cell().episode(),
                    c.cell().organization(), show(c.cell().decided()) + "/" + show(c.cell().implemented())));
            for (Predictor p : Predictor.values()) {
                Guess g = c.guess(p);
                row.add(p == Predictor.MODEL && !c.cell().model().member() ? "-/-"
                        : g.decided() + "/" + g.implemented());
            }
            rows.add(row.toArray(String[]::new));
        }
        table(rows, out);
        out.println();
    }

    private static void perCase(BacktestReport report, PrintWriter out) {
        out.println("Per case: the model's exact-level accuracy and mean absolute error (MAE) on decided and on "
                + "implemented;");
        out.println("every predictor's MAE over decided and implemented together");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("case", "group", "n", "acc dec", "MAE dec", "acc impl",
                "MAE impl"));
        for (Predictor p : Predictor.values()) {
            header.add("MAE " + p.id());
        }
        rows.add(header.toArray(String[]::new));
        for (CaseResult c : report.cases()) {
            Tally m = c.tally(Predictor.MODEL);
            List<String> row = new ArrayList<>(List.of(c.run().id(), c.run().group().label(),
                    Integer.toString(m.pooled().n()), num(m.decided().accuracy()), num(m.decided().mae()),
                    num(m.implemented().accuracy()), num(m.implemented().mae())));
            for (Predictor p : Predictor.values()) {
                row.add(num(c.tally(p).pooled().mae()));
            }
            rows.add(row.toArray(String[]::new));
        }
        table(rows, out);
        out.println();
    }

    private static void totals(BacktestReport report, PrintWriter out) {
        out.println("Totals: n = levels scored; accuracy = share predicted exactly; MAE on the 0-4 scale");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"group", "predictor", "n", "accuracy", "MAE", "n dec", "acc dec", "MAE dec",
            "n impl", "acc impl", "MAE impl"});
        for (Group g : new Group[] {Group.SETS_LIBRARY, Group.HELD_OUT, null}) {
            for (Predictor p : Predictor.values()) {
                Tally t = report.tally(p, g);
                rows.add(new String[] {g == null ? "all cases" : g.label(), p.id(),
                    Integer.toString(t.pooled().n()), num(t.pooled().accuracy()), num(t.pooled().mae()),
                    Integer.toString(t.decided().n()), num(t.decided().accuracy()), num(t.decided().mae()),
                    Integer.toString(t.implemented().n()), num(t.implemented().accuracy()),
                    num(t.implemented().mae())});
            }
        }
        table(rows, out);
        out.println();
    }

    private static void byOrganization(BacktestReport report, PrintWriter out) {
        out.println("By organization: MAE over decided and implemented together (n levels scored)");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("group", "organization", "n"));
        for (Predictor p : Predictor.values()) {
            header.add(p.id());
        }
        rows.add(header.toArray(String[]::new));
        for (Group g : new Group[] {Group.SETS_LIBRARY, Group.HELD_OUT}) {
            for (String org : report.organizations()) {
                List<String> row = new ArrayList<>(List.of(g.label(), org,
                        Integer.toString(report.tally(Predictor.MODEL, g, org).pooled().n())));
                for (Predictor p : Predictor.values()) {
                    row.add(num(report.tally(p, g, org).pooled().mae()));
                }
                rows.add(row.toArray(String[]::new));
            }
        }
        table(rows, out);
        out.println();
    }

    private static void verdicts(BacktestReport report, PrintWriter out) {
        for (Group g : new Group[] {Group.HELD_OUT, Group.SETS_LIBRARY}) {
            out.println(verdict(report, g));
        }
        out.println();
    }

    /** One line: whether the model's MAE over a group is below every baseline's. */
    public static String verdict(BacktestReport report, Group group) {
        Score model = report.tally(Predictor.MODEL, group).pooled();
        if (model.n() == 0) {
            return "No " + group.label() + " levels scored.";
        }
        StringBuilder sb = new StringBuilder();
        boolean beatsAll = true;
        for (Predictor p : Predictor.values()) {
            if (p.baseline()) {
                Score b = report.tally(p, group).pooled();
                sb.append(sb.length() == 0 ? "" : ", ").append(p.id()).append(' ').append(num(b.mae()));
                beatsAll &= model.absoluteError() < b.absoluteError();
            }
        }
        return String.format(Locale.ROOT, "%s cases: model MAE %s (n=%d) against %s: the model %s every baseline.",
                capitalise(group.label()), num(model.mae()), model.n(), sb, beatsAll ? "beats" : "does not beat");
    }

    private static void membership(BacktestReport report, PrintWriter out) {
        List<ScoredCell> notMember = report.notMemberCells();
        long agree = notMember.stream().filter(c -> !c.cell().model().member()).count();
        out.printf("Membership: %d cell%s observed as not-member (left out of every error); the model says not a "
                + "member in %d.%n", notMember.size(), plural(notMember.size()), agree);
        List<ScoredCell> disagree = report.membershipDisagreements();
        if (disagree.isEmpty()) {
            out.println("The model and the case files agree on membership in every cell.");
        }
        for (ScoredCell c : disagree) {
            out.printf("  disagreement: %s %s %s: the case file says %s, the model says %s%n", c.caseId(),
                    c.cell().episode(), c.cell().organization(), c.cell().observedNotMember() ? "not a member"
                    : "level " + show(c.cell().decided()) + "/" + show(c.cell().implemented()),
                    c.cell().model().member() ? "member" : "not a member (scored as level 0)");
        }
        out.println();
    }

    private static void confusion(BacktestReport report, PrintWriter out) {
        out.println("Confusion tables of the model, all cases: rows observed level, columns predicted level");
        List<Confusion> tables = report.confusions(null);
        for (int i = 0; i + 1 < tables.size(); i += 2) {
            Confusion d = tables.get(i);
            Confusion m = tables.get(i + 1);
            out.printf("%-26s    %s%n", d.organization() + " decided (n=" + d.total() + ")",
                    m.organization() + " implemented (n=" + m.total() + ")");
            out.printf("%-26s    %s%n", "obs\\pred  0  1  2  3  4", "obs\\pred  0  1  2  3  4");
            for (int o = 0; o < 5; o++) {
                out.printf("%-26s    %s%n", row(d, o), row(m, o));
            }
            out.println();
        }
    }

    private static String row(Confusion c, int observed) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8d", observed));
        for (int p = 0; p < 5; p++) {
            sb.append(String.format(Locale.ROOT, "%3d", c.count(observed, p)));
        }
        return sb.toString();
    }

    static String show(Observed o) {
        if (o instanceof Observed.Level l) {
            return Integer.toString(l.value());
        }
        return o instanceof Observed.NotMember ? "-" : ".";
    }

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void table(List<String[]> rows, PrintWriter out) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                sb.append(r[i]).append(" ".repeat(width[i] - r[i].length()));
                if (i + 1 < cols) {
                    sb.append("  ");
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
