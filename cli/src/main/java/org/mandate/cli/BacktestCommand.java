package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mandate.analysis.backtest.Backtest;
import org.mandate.analysis.backtest.BacktestReport;
import org.mandate.analysis.backtest.CaseCell;
import org.mandate.analysis.backtest.CaseRun;
import org.mandate.analysis.backtest.Group;
import org.mandate.analysis.backtest.Observed;
import org.mandate.analysis.backtest.Prediction;
import org.mandate.analysis.backtest.ReportCsv;
import org.mandate.analysis.backtest.ReportJson;
import org.mandate.analysis.backtest.ReportText;
import org.mandate.analysis.backtest.Skipped;
import org.mandate.analysis.backtest.Stance;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Observation;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mandate backtest DIR}: runs every case file in a folder with the one library and scores the model, and three
 * rules of thumb, against what each organization actually did.
 *
 * <p>The lifecycle: list the folder's {@code *.yaml} and {@code *.yml} files in name order; load each (the loader
 * keeps the {@code observed:} block apart from the scenario, so the engine never sees it); run the engine on the
 * scenario; hand the observed outcomes, predictions and member stances to {@link Backtest}; print the report and, with
 * {@code --out}, write it as CSV and JSON. A file with problems is reported and skipped, the rest are still scored and
 * the report is still printed and written; the exit code is then 2.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Runs every case file in DIR with the one library and reports, per case and in total, for the "
                + "cases that set the library and the held-out cases apart: exact-level accuracy and mean absolute "
                + "error (0-4 scale) on decided and implemented levels, a confusion table per organization, and the "
                + "same scores for three baselines (leave-one-case-out majority, lead state's preferred level, "
                + "capability-weighted mean of members' preferred levels). Case files with problems are reported and "
                + "skipped (exit code 2).")
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of case files (YAML with an observed: block)")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write the report there as backtest.json and " + "cells.csv, cases.csv, summary.csv, "
                    + "confusion.csv, skipped.csv (the folder is created if needed)")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    /** Output formats. */
    enum Format { table, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("mandate: backtest: '" + dir + "' is not a folder; expected a folder of case files");
            return Main.BAD_INPUT;
        }
        List<Path> files = caseFiles(dir);
        if (files.isEmpty()) {
            err.println("mandate: backtest: no case files (*.yaml, *.yml) in '" + dir + "'");
            return Main.BAD_INPUT;
        }
        List<CaseRun> runs = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            List<Problem> problems = new ArrayList<>();
            CaseRun run = null;
            try {
                LoadedScenario loaded = ScenarioLoader.load(file);
                problems.addAll(caseProblems(loaded, fileById));
                if (problems.isEmpty()) {
                    run = run(loaded);
                    fileById.put(run.id(), loaded.file());
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
            if (run != null) {
                runs.add(run);
            } else {
                problems.forEach(err::println);
                err.println(file + ": skipped (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + ")");
                skipped.add(new Skipped(file.toString(), problems.stream().map(Problem::toString).toList()));
            }
        }
        BacktestReport report = Backtest.score(runs, skipped);
        if (format == Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(ReportJson.tree(report)));
        } else {
            ReportText.write(report, stdout);
        }
        stdout.flush();
        if (out != null) {
            try {
                Files.createDirectories(out);
                ReportCsv.write(report, out);
                RunCommand.json().writeValue(out.resolve("backtest.json").toFile(), ReportJson.tree(report));
            } catch (IOException e) {
                err.println("mandate: backtest: cannot write to '" + out + "': " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        if (runs.isEmpty()) {
            err.println("mandate: backtest: no case in '" + dir + "' could be scored");
        }
        return skipped.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    /** The folder's case files, in name order. */
    static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    /** What a valid scenario file still lacks to be a case: observed outcomes, a group and a unique id. */
    static List<Problem> caseProblems(LoadedScenario loaded, Map<String, String> fileById) {
        List<Problem> problems = new ArrayList<>();
        String file = loaded.file();
        if (loaded.setsLibrary() == null) {
            problems.add(new Problem(file, 0, 0, "setsLibrary", null, "missing; a case file must say whether it "
                    + "set the library (true) or was held out (false)"));
        }
        if (loaded.observed().isEmpty()) {
            problems.add(new Problem(file, 0, 0, "observed", null, "missing or empty; a case file needs an "
                    + "observed: list of what each organization did"));
        }
        String id = loaded.scenario().id();
        if (fileById.containsKey(id)) {
            problems.add(new Problem(file, 0, 0, "scenario", "'" + id + "'", "a case id not used before; "
                    + fileById.get(id) + " has it"));
        }
        return problems;
    }

    /** Runs one case through the engine and pairs each observation with the model's cell. */
    static CaseRun run(LoadedScenario loaded) {
        List<Outcome> outcomes = Engine.explain(CompiledScenario.compile(loaded.scenario()));
        List<CaseCell> cells = new ArrayList<>();
        for (Observation o : loaded.observed()) {
            Outcome outcome = outcomes.stream()
                    .filter(x -> x.episode().equals(o.episode()) && x.organization().equals(o.organization()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no outcome for " + o.episode() + "/"
                            + o.organization()));
            cells.add(new CaseCell(o.episode(), o.organization(), observed(o.decided()), observed(o.implemented()),
                    prediction(outcome, loaded.scenario().organizations().get(o.organization()).leadState())));
        }
        return new CaseRun(loaded.scenario().id(), loaded.file(), Group.of(loaded.setsLibrary()), cells);
    }

    static Prediction prediction(Outcome outcome, String leadState) {
        List<Stance> stances = new ArrayList<>();
        for (MemberStance s : outcome.stances()) {
            if (s.voting()) {
                stances.add(new Stance(s.actor(), s.weight(), s.ideal()));
            }
        }
        return new Prediction(outcome.member(), outcome.decided(), outcome.implemented(), stances, leadState);
    }

    private static Observed observed(Integer level) {
        if (level == null) {
            return Observed.notRecorded();
        }
        return level == Observation.NOT_MEMBER ? Observed.notMember() : Observed.level(level);
    }
}
