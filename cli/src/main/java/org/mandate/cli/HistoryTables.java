package org.mandate.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mandate.core.history.HistoryBacktest;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;

/** The text output of {@code mandate history}: the timeline, the crises, and the tables by year. */
final class HistoryTables {
    private HistoryTables() {
    }

    static void print(HistorySpec spec, HistoryResult r, LocalDate first, Set<String> kinds, Set<String> focus,
                      boolean brief, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s to %s, a %s a step, seed %d%n", spec.title(), first, spec.to(),
                spec.stepMonths() == 1 ? "month" : "quarter", spec.seed());
        if (!spec.disabled().isEmpty()) {
            out.println("switched off: " + String.join(", ", spec.disabled()));
        }
        out.println();
        out.println("timeline");
        out.printf(Locale.ROOT, "%-10s  %-17s  %-8s  %-8s  %s%n", "date", "event", "subject", "object", "what");
        for (HistoryEvent e : HistoryCommand.shown(r, first, kinds)) {
            if (!focus.isEmpty() && !focus.contains(e.subject()) && (e.object() == null || !focus.contains(e.object()))) {
                continue;
            }
            out.printf(Locale.ROOT, "%-10s  %-17s  %-8s  %-8s  %s%n", e.date(), e.kind().key(), Text.safe(e.subject()),
                    e.object() == null ? "" : Text.safe(e.object()), Text.safe(e.text()));
            for (HistoryEvent.Reason why : brief ? List.<HistoryEvent.Reason>of() : e.reasons()) {
                out.printf(Locale.ROOT, "%52s- %s [%s]%n", "", Text.safe(why.text()), why.mechanism());
            }
        }
        out.println();
        out.println("crises decided inside the history");
        out.printf(Locale.ROOT, "%-10s  %-32s  %-12s  %7s  %11s  %-17s  %s%n", "date", "episode", "organization",
                "decided", "implemented", "stage", "capital overrules");
        for (HistoryResult.CrisisCell c : r.crises()) {
            if (c.date().isBefore(first) || !c.member()
                    || !focus.isEmpty() && !focus.contains(c.host()) && !focus.contains(c.organization())) {
                continue;
            }
            out.printf(Locale.ROOT, "%-10s  %-32s  %-12s  %7d  %11d  %-17s  %s%n", c.date(), Text.safe(c.episode()),
                    c.organization(), c.decided(), c.implemented(), c.stage(), c.capitalOverrules() ? "yes" : "no");
        }
        out.println();
        out.println("states at the end of each year (rents in USD million a year; alignment -1 to 1)");
        List<String> powers = r.powers();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-4s  %-5s  %6s  %8s  %13s  %7s  %9s",
                "year", "state", "threat", "coercive", "institutional", "control", "overrules"));
        for (String p : powers) {
            head.append(String.format(Locale.ROOT, "  %9s", "rent " + p));
        }
        for (String p : powers) {
            head.append(String.format(Locale.ROOT, "  %9s", "align " + p));
        }
        out.println(head);
        for (HistoryResult.StateRow row : yearEnds(r.states(), first, HistoryResult.StateRow::date,
                HistoryResult.StateRow::state)) {
            if (spec.powers().contains(row.state()) || !focus.isEmpty() && !focus.contains(row.state())) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%-4d  %-5s  %6.2f  %8.2f  %13.2f  %7.2f  %9s", row.date().getYear(), row.state(), row.threat(),
                    row.coercive(), row.institutional(), row.control(), row.overrules() ? "yes" : "no"));
            for (double v : row.rents()) {
                line.append(String.format(Locale.ROOT, "  %9.1f", v));
            }
            for (double v : row.alignment()) {
                line.append(String.format(Locale.ROOT, "  %9.2f", v));
            }
            out.println(line);
        }
        out.println();
        out.println("organizations at the end of each year");
        out.printf(Locale.ROOT, "%-4s  %-8s  %11s  %5s  %-40s  %s%n", "year", "org", "credibility", "reach",
                "members", "rules changed");
        for (HistoryResult.OrgRow row : yearEnds(r.orgs(), first, HistoryResult.OrgRow::date,
                HistoryResult.OrgRow::organization)) {
            if (!row.exists() || !focus.isEmpty() && !focus.contains(row.organization())) {
                continue;
            }
            String members = String.join(" ", row.members());
            if (!row.suspended().isEmpty()) {
                members += " (suspended: " + String.join(" ", row.suspended()) + ")";
            }
            out.printf(Locale.ROOT, "%-4d  %-8s  %11s  %5.2f  %-40s  %s%n", row.date().getYear(), row.organization(),
                    Double.isNaN(row.credibility()) ? "-" : String.format(Locale.ROOT, "%.2f", row.credibility()),
                    row.reach(), members, row.rules());
            if (focus.contains(row.organization())) {
                StringBuilder by = new StringBuilder();
                for (HistoryResult.MemberRow m : r.members()) {
                    if (m.date().equals(row.date()) && m.organization().equals(row.organization())) {
                        by.append(by.length() == 0 ? "" : ", ").append(m.state()).append(' ')
                                .append(String.format(Locale.ROOT, "%.2f", m.credibility()));
                    }
                }
                out.printf(Locale.ROOT, "%16s  credibility with each member: %s%n", "", by);
            }
        }
    }

    interface Key<T, K> {
        K of(T t);
    }

    /** The last row of each year and key, in year then first-seen key order. */
    static <T> List<T> yearEnds(List<T> rows, LocalDate first, Key<T, LocalDate> date, Key<T, String> key) {
        Map<String, T> last = new LinkedHashMap<>();
        for (T row : rows) {
            LocalDate d = date.of(row);
            if (d.isBefore(first.withDayOfYear(1))) {
                continue;
            }
            last.put(d.getYear() + " " + key.of(row), row);
        }
        return new ArrayList<>(last.values());
    }

    static void backtest(HistoryBacktest.Report rep, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "backtest: documented membership and base events, %s to %s, predicted when the history "
                + "has one of the same kind, state and organization or power within %d days%n", rep.from(),
                rep.until(), rep.window());
        out.printf(Locale.ROOT, "%-10s  %-17s  %-5s  %-8s  %-10s  %6s  %s%n", "date", "event", "state", "of",
                "predicted", "days", "record");
        for (HistoryBacktest.Match m : rep.matches()) {
            out.printf(Locale.ROOT, "%-10s  %-17s  %-5s  %-8s  %-10s  %6s  %s%n", m.recorded().date(),
                    m.recorded().kind(), m.recorded().subject(), m.recorded().object(),
                    m.predicted() == null ? "missed" : m.predicted().date().toString(),
                    m.predicted() == null ? "" : String.format(Locale.ROOT, "%+d", m.days()),
                    Text.safe(m.recorded().note()));
        }
        out.println();
        out.println("false events (simulated, not in the record within the window)");
        for (var f : rep.falseEvents()) {
            out.printf(Locale.ROOT, "%-10s  %-17s  %-5s  %-8s  %s%n", f.date(), f.kind(), f.subject(), f.object(),
                    Text.safe(f.note()));
        }
        out.println();
        out.printf(Locale.ROOT, "%-22s  %6s  %6s  %12s  %18s%n", "forecaster", "hits", "misses", "false events",
                "hits - false events");
        out.printf(Locale.ROOT, "%-22s  %6d  %6d  %12d  %18.1f%n", "model", rep.hits(), rep.misses(),
                rep.falseEvents().size(), rep.score());
        out.printf(Locale.ROOT, "%-22s  %6d  %6d  %12d  %18.1f%n", "persistence", 0, rep.recorded(), 0, 0.0);
        out.printf(Locale.ROOT, "%-22s  %6.1f  %6.1f  %12.1f  %18.1f%n", "base rate (expected)", rep.baseRateHits(),
                rep.recorded() - rep.baseRateHits(), rep.baseRateFalse(), rep.baseRateScore());
        out.printf(Locale.ROOT, "%d documented events in %d slots over %.1f years%n", rep.recorded(), rep.slots(),
                rep.years());
    }
}
