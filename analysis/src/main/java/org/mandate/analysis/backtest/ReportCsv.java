package org.mandate.analysis.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A backtest report as CSV files (RFC 4180, comma-separated, a header row, UTF-8):
 * <ul>
 *   <li>{@code cells.csv}: one row per (case, episode, organization): observed and every predictor's levels;</li>
 *   <li>{@code cases.csv}: one row per case and predictor: accuracy and MAE, together and per measure;</li>
 *   <li>{@code summary.csv}: the same per group ({@code sets-library}, {@code held-out}, {@code all});</li>
 *   <li>{@code confusion.csv}: the model's confusion counts per group, organization and measure;</li>
 *   <li>{@code skipped.csv}: one row per problem of a skipped file.</li>
 * </ul>
 * Every column holds one type: {@code observed_member} is {@code true}, {@code false} (the state was not a member,
 * so nothing is scored) or empty when nothing was recorded; {@code observed_decided} and {@code observed_implemented}
 * are a level from 0 to 4 or empty; scores are empty where nothing was scored.
 */
public final class ReportCsv {
    /** The files written, in order. */
    public static final List<String> FILES = List.of("cells.csv", "cases.csv", "summary.csv", "confusion.csv",
            "skipped.csv");

    private ReportCsv() {
    }

    /** Writes the files into {@code dir}, which must exist; existing files of the same names are replaced. */
    public static void write(BacktestReport report, Path dir) throws IOException {
        write(dir.resolve("cells.csv"), cells(report));
        write(dir.resolve("cases.csv"), cases(report));
        write(dir.resolve("summary.csv"), summary(report));
        write(dir.resolve("confusion.csv"), confusion(report));
        write(dir.resolve("skipped.csv"), skipped(report));
    }

    static List<List<String>> cells(BacktestReport report) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("case", "group", "episode", "organization",
                "observed_member", "observed_decided", "observed_implemented", "model_member"));
        for (Predictor p : Predictor.values()) {
            header.add(p.id() + "_decided");
            header.add(p.id() + "_implemented");
        }
        rows.add(header);
        for (ScoredCell c : report.cells(null)) {
            List<String> row = new ArrayList<>(List.of(c.caseId(), c.group().id(), c.cell().episode(),
                    c.cell().organization(), member(c.cell().decided(), c.cell().implemented()),
                    value(c.cell().decided()), value(c.cell().implemented()),
                    Boolean.toString(c.cell().model().member())));
            for (Predictor p : Predictor.values()) {
                row.add(Integer.toString(c.guess(p).decided()));
                row.add(Integer.toString(c.guess(p).implemented()));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> cases(BacktestReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(scoreHeader("case", "group"));
        for (CaseResult c : report.cases()) {
            for (Predictor p : Predictor.values()) {
                rows.add(scoreRow(List.of(c.run().id(), c.run().group().id()), p, c.tally(p)));
            }
        }
        return rows;
    }

    static List<List<String>> summary(BacktestReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(scoreHeader("group", "cases"));
        for (Group g : new Group[] {Group.SETS_LIBRARY, Group.HELD_OUT, null}) {
            for (Predictor p : Predictor.values()) {
                rows.add(scoreRow(List.of(g == null ? "all" : g.id(), Integer.toString(report.cases(g).size())),
                        p, report.tally(p, g)));
            }
        }
        return rows;
    }

    static List<List<String>> confusion(BacktestReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("group", "organization", "measure", "observed", "predicted", "count"));
        for (Group g : new Group[] {Group.SETS_LIBRARY, Group.HELD_OUT, null}) {
            for (Confusion c : report.confusions(g)) {
                for (int o = 0; o < 5; o++) {
                    for (int p = 0; p < 5; p++) {
                        rows.add(List.of(g == null ? "all" : g.id(), c.organization(), c.measure().id(),
                                Integer.toString(o), Integer.toString(p), Integer.toString(c.count(o, p))));
                    }
                }
            }
        }
        return rows;
    }

    static List<List<String>> skipped(BacktestReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("file", "problem"));
        for (Skipped s : report.skipped()) {
            for (String problem : s.problems()) {
                rows.add(List.of(s.file(), problem));
            }
        }
        return rows;
    }

    private static List<String> scoreHeader(String first, String second) {
        return List.of(first, second, "predictor", "n", "accuracy", "mae", "decided_n", "decided_accuracy",
                "decided_mae", "implemented_n", "implemented_accuracy", "implemented_mae");
    }

    private static List<String> scoreRow(List<String> key, Predictor p, Tally t) {
        List<String> row = new ArrayList<>(key);
        row.add(p.id());
        for (Score s : new Score[] {t.pooled(), t.decided(), t.implemented()}) {
            row.add(Integer.toString(s.n()));
            row.add(number(s.accuracy()));
            row.add(number(s.mae()));
        }
        return row;
    }

    private static String value(Observed o) {
        return o instanceof Observed.Level l ? Integer.toString(l.value()) : "";
    }

    /** Whether the observation says the state was a member: false for not-member, empty when nothing is recorded. */
    private static String member(Observed decided, Observed implemented) {
        if (decided instanceof Observed.NotMember || implemented instanceof Observed.NotMember) {
            return "false";
        }
        return decided instanceof Observed.Level || implemented instanceof Observed.Level ? "true" : "";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    /** One CSV line: fields with a comma, quote or line break are quoted, quotes doubled. */
    static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** Writes rows as a CSV file: the probabilistic scores' {@code scores.csv}, for one. */
    public static void write(Path file, List<List<String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            sb.append(line(row)).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
