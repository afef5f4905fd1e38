package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mandate.core.history.HistoryBacktest;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.history.HistoryEngine;
import org.mandate.core.history.HistoryEvent;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;
import org.mandate.core.scenario.HistoryLoader;
import org.mandate.core.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate history FILE}: the region simulated step by step, its timeline, and its tables by year. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Simulates a region over time, a quarter at a time: memberships, bases and rents, assistance, "
                + "capacity, credibility and rules, with the case library's crises decided inside it. Prints the "
                + "timeline with reasons and tables by year; --backtest scores it against the documented events.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the history file (YAML)")
    Path file;

    @Option(names = "--from", paramLabel = "YEAR|DATE", description = "first day (a year means 1 January)")
    String from;

    @Option(names = "--to", paramLabel = "YEAR|DATE", description = "last day (a year means 31 December)")
    String to;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "also write tidy CSV files (events, states, "
            + "organizations, memberships, crises) and history.json to DIR")
    Path out;

    @Option(names = "--overwrite", description = "replace files already in --out")
    boolean overwrite;

    @Option(names = "--disable", paramLabel = "MECHANISM", split = ",",
            description = "switch mechanisms off: the history's (great-power-competition, capacity-building, "
                    + "forum-shopping, human-dimension-rollback, credibility, institutional-change, "
                    + "membership-choice) or the crisis engine's")
    List<String> disable = List.of();

    @Option(names = "--events", paramLabel = "KIND", split = ",",
            description = "show only these kinds of event in the timeline (join, leave, suspend, notice, base-open, "
                    + "base-close, rent-rise, eviction-notice, eviction-reversed, assistance, rollback, rule-change, "
                    + "generated-crisis, crisis-response)")
    List<String> events = List.of();

    @Option(names = "--focus", paramLabel = "ID", split = ",",
            description = "show only the events, crises and table rows of these states or organizations")
    List<String> focus = List.of();

    @Option(names = "--brief", description = "leave out the reasons under each event")
    boolean brief;

    @Option(names = "--conditionality", paramLabel = "DONOR=SHARE", split = ",",
            description = "what-if: the share (0 to 1) of a donor's assistance conditioned on institutional reform, "
                    + "e.g. OSCE=0.6")
    List<String> conditionality = List.of();

    @Option(names = "--force", paramLabel = "EPISODE:ORG=LEVEL", split = ",",
            description = "what-if: the organization decides and implements this level (0-4) in the episode, "
                    + "e.g. june-2010:CSTO=4")
    List<String> force = List.of();

    @picocli.CommandLine.Mixin
    PlotOption plot = new PlotOption();

    @Option(names = "--generated-crises", description = "also generate crises from the hazard of state weakness "
            + "(a yearly chance of 0.02 plus 0.2 times the control the capital lacks; off by default; seeded)")
    boolean generatedCrises;

    @Option(names = "--backtest", description = "score the timeline against the library's documented membership "
            + "and base events up to 2010, beside persistence and the base rate")
    boolean backtest;

    /** Output formats. */
    enum Format { table, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer badPlot = plot.check(err);
        if (badPlot != null) {
            return badPlot;
        }
        HistorySpec h;
        try {
            h = HistoryLoader.load(file);
        } catch (ScenarioException e) {
            Inputs.printProblems(e, err);
            return Main.BAD_INPUT;
        }
        LocalDate first = h.from();
        LocalDate last = h.to();
        try {
            if (from != null) {
                first = day(from, true);
            }
            if (to != null) {
                last = day(to, false);
            }
        } catch (DateTimeParseException e) {
            err.println("mandate: --from/--to: '" + e.getParsedString() + "' is not a year (1992) or a date "
                    + "(1992-01-01)");
            return Main.BAD_INPUT;
        }
        if (last.isBefore(first)) {
            err.println("mandate: --to " + last + " is before --from " + first);
            return Main.BAD_INPUT;
        }
        if (last.isAfter(h.from().plusYears(HistoryLoader.MAX_YEARS))) {
            err.println("mandate: --to " + last + " makes a history of more than " + HistoryLoader.MAX_YEARS
                    + " years");
            return Main.BAD_INPUT;
        }
        if (first.isBefore(h.from())) {
            err.println("mandate: --from " + first + " is before the history's first day " + h.from()
                    + " (its initial conditions are for that day)");
            return Main.BAD_INPUT;
        }
        Set<String> off = new LinkedHashSet<>(h.disabled());
        for (String m : disable) {
            if (!HistoryEngine.MECHANISMS.contains(m) && !Mechanisms.IDS.contains(m)) {
                err.println("mandate: --disable: unknown mechanism '" + m + "'; expected one of "
                        + String.join(", ", HistoryEngine.MECHANISMS) + ", " + String.join(", ", Mechanisms.IDS));
                return Main.BAD_INPUT;
            }
            off.add(m);
        }
        for (String id : focus) {
            if (!h.states().contains(id) && h.institutions().stream().noneMatch(i -> i.id().equals(id))) {
                err.println("mandate: --focus: '" + id + "' is neither a state nor an organization of the history");
                return Main.BAD_INPUT;
            }
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : events) {
            boolean known = false;
            for (HistoryEvent.Kind kind : HistoryEvent.Kind.values()) {
                known |= kind.key().equals(k);
            }
            if (!known) {
                err.println("mandate: --events: unknown kind '" + k + "'");
                return Main.BAD_INPUT;
            }
            kinds.add(k);
        }
        if (out != null && !overwrite && Files.isDirectory(out) && HistoryFiles.present(out)) {
            err.println("mandate: " + out + " already holds history files; give --overwrite to replace them");
            return Main.BAD_INPUT;
        }
        HistorySpec what = whatIf(h, err);
        if (what == null) {
            return Main.BAD_INPUT;
        }
        // the initial conditions are for the history's first day: a later --from runs from there and shows the rest
        HistorySpec run = what.withPeriod(h.from(), last).withDisabled(off);
        if (generatedCrises) {
            double[] p = run.parameters();
            if (p[org.mandate.core.history.Parameter.HAZARD_BASE.ordinal()] == 0
                    && p[org.mandate.core.history.Parameter.HAZARD_WEAKNESS.ordinal()] == 0) {
                p[org.mandate.core.history.Parameter.HAZARD_BASE.ordinal()] = 0.02;
                p[org.mandate.core.history.Parameter.HAZARD_WEAKNESS.ordinal()] = 0.2;
            }
            run = run.withParameters(p);
        }
        HistoryResult result = HistoryEngine.run(run);
        HistoryBacktest.Report report = backtest ? HistoryBacktest.score(run, result, HistoryBacktest.UNTIL, 365)
                : null;
        if (format == Format.json) {
            o.println(RunCommand.json().writeValueAsString(HistoryJson.of(run, result, first, report)));
        } else {
            HistoryTables.print(run, result, first, kinds, Set.copyOf(focus), brief, o);
            if (report != null) {
                HistoryTables.backtest(report, o);
            }
        }
        if (plot.file != null && !plot.write(org.mandate.cli.plot.HistoryCharts.membership(PlotOption.tree(
                HistoryJson.of(run, result, first, report))), err)) {
            return Main.BAD_INPUT;
        }
        if (out != null) {
            try {
                HistoryFiles.write(out, run, result, first, report);
            } catch (IOException e) {
                err.println("mandate: cannot write to " + out + ": " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        return Main.OK;
    }

    /** The history with the command line's what-ifs, or null after printing why one is wrong. */
    private HistorySpec whatIf(HistorySpec h, PrintWriter err) {
        java.util.Map<String, org.mandate.core.history.Donor> donors = new java.util.LinkedHashMap<>(h.donors());
        for (String c : conditionality) {
            int eq = c.indexOf('=');
            String donor = eq < 0 ? c : c.substring(0, eq);
            if (eq < 0 || !donors.containsKey(donor)) {
                err.println("mandate: --conditionality: '" + c + "': expected DONOR=SHARE with a donor of the history ("
                        + String.join(", ", donors.keySet()) + ")");
                return null;
            }
            double share;
            try {
                share = Double.parseDouble(c.substring(eq + 1));
            } catch (NumberFormatException e) {
                share = Double.NaN;
            }
            if (!(share >= 0 && share <= 1)) {
                err.println("mandate: --conditionality: '" + c + "': expected a share from 0 to 1");
                return null;
            }
            donors.put(donor, donors.get(donor).withConditionality(share));
        }
        List<org.mandate.core.history.ForcedOutcome> forced = new ArrayList<>(h.forced());
        Set<String> episodes = new LinkedHashSet<>();
        for (var c : h.crises()) {
            for (var e : c.loaded().scenario().episodes()) {
                episodes.add(e.id());
            }
        }
        for (String f : force) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^:=]+):([^:=]+)=([0-4])").matcher(f);
            if (!m.matches()) {
                err.println("mandate: --force: '" + f + "': expected EPISODE:ORG=LEVEL with a level from 0 to 4");
                return null;
            }
            if (!episodes.contains(m.group(1))) {
                err.println("mandate: --force: '" + f + "': no episode '" + m.group(1) + "' among the history's crises");
                return null;
            }
            if (!h.library().organizations().containsKey(m.group(2))) {
                err.println("mandate: --force: '" + f + "': expected an organization that decides on crises ("
                        + String.join(", ", h.library().organizations().keySet()) + ")");
                return null;
            }
            forced.add(new org.mandate.core.history.ForcedOutcome(m.group(1), m.group(2),
                    Integer.parseInt(m.group(3))));
        }
        return h.withDonors(donors).withForced(forced);
    }

    private static LocalDate day(String text, boolean start) {
        if (text.matches("\\d{4}")) {
            int y = Integer.parseInt(text);
            return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        }
        return LocalDate.parse(text);
    }

    static List<HistoryEvent> shown(HistoryResult r, LocalDate first, Set<String> kinds) {
        List<HistoryEvent> out = new ArrayList<>();
        for (HistoryEvent e : r.events()) {
            if (!e.date().isBefore(first) && (kinds.isEmpty() || kinds.contains(e.kind().key()))) {
                out.add(e);
            }
        }
        return out;
    }
}
