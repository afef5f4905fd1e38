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
import org.mandate.analysis.ensemble.CaseRuns;
import org.mandate.analysis.backtest.CoderAgreement;
import org.mandate.analysis.backtest.Measure;
import org.mandate.analysis.backtest.Forecast;
import org.mandate.analysis.ensemble.Forecasts;
import org.mandate.analysis.backtest.ProbabilisticScores;
import org.mandate.analysis.backtest.ReportCsv;
import org.mandate.analysis.output.OutputFolder;
import org.mandate.analysis.backtest.ReportJson;
import org.mandate.analysis.backtest.ReportText;
import org.mandate.analysis.backtest.Skipped;
import org.mandate.core.scenario.LibraryOverlay;
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
                    + "confusion.csv, skipped.csv, scores.csv, with manifest.json (the folder is created if needed)")
    Path out;

    @Option(names = "--overwrite", description = "replace what the --out folder holds from an earlier run")
    boolean overwrite;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--ensemble", defaultValue = "200", paramLabel = "N",
            description = "runs per case with jittered inputs for the model's predicted distributions, scored with "
                    + "the Brier and ranked probability scores; 0 scores the single prediction (default: "
                    + "${DEFAULT-VALUE})")
    int ensemble;

    @Option(names = "--seed", defaultValue = "2010", description = "seed of the jitter (default: ${DEFAULT-VALUE})")
    long seed;

    @picocli.CommandLine.Mixin
    OverlayOption overlayOption = new OverlayOption();

    /** Output formats. */
    enum Format { table, json }

    @picocli.CommandLine.Mixin
    PlotOption plot = new PlotOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer badPlot = plot.check(err);
        if (badPlot != null) {
            return badPlot;
        }
        if (!Files.isDirectory(dir)) {
            err.println("mandate: backtest: '" + dir + "' is not a folder; expected a folder of case files");
            return Main.BAD_INPUT;
        }
        List<Path> files = caseFiles(dir);
        if (files.isEmpty()) {
            err.println("mandate: backtest: no case files (*.yaml, *.yml) in '" + dir + "'");
            return Main.BAD_INPUT;
        }
        if (ensemble < 0) {
            err.println("mandate: backtest: --ensemble must be 0 or more, was " + ensemble);
            return Main.BAD_INPUT;
        }
        LibraryOverlay overlay = overlayOption.overlay(err);
        if (overlay == null) {
            return Main.BAD_INPUT;
        }
        List<CaseRun> runs = new ArrayList<>();
        List<CoderAgreement.Pair> doubleCoded = new ArrayList<>();
        List<Map<String, String>> warnings = new ArrayList<>();
        List<Forecast> forecasts = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            List<Problem> problems = new ArrayList<>();
            CaseRun run = null;
            try {
                LoadedScenario loaded = ScenarioLoader.load(file, overlay);
                problems.addAll(caseProblems(loaded, fileById));
                if (problems.isEmpty()) {
                    run = run(loaded);
                    fileById.put(run.id(), loaded.file());
                    doubleCoded.addAll(doubleCoded(loaded, run));
                    for (String w : loaded.warnings()) {
                        err.println("mandate: warning: " + file + ": " + w);
                        warnings.add(Map.of("case", run.id(), "warning", w));
                    }
                    if (ensemble > 0) {
                        forecasts.addAll(forecasts(loaded, ensemble, seed));
                    }
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
            if (run != null) {
                runs.add(run);
            } else {
                problems.forEach(p -> ErrorReport.print(err, p));
                err.println(file + ": skipped (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + ")");
                skipped.add(new Skipped(file.toString(), problems.stream().map(Problem::toString).toList()));
            }
        }
        BacktestReport report = Backtest.score(runs, skipped);
        ProbabilisticScores scores = ProbabilisticScores.score(report, forecasts);
        Map<String, Object> tree = new java.util.LinkedHashMap<>(ReportJson.tree(report));
        tree.put("probabilistic", scores.tree());
        Map<String, Object> ensembleJson = new java.util.LinkedHashMap<>();
        ensembleJson.put("runs", ensemble);
        ensembleJson.put("seed", seed);
        ensembleJson.put("jitter", JITTER);
        tree.put("ensemble", ensembleJson);
        CoderAgreement coders = new CoderAgreement(doubleCoded);
        tree.put("coders", coders.tree());
        tree.put("warnings", warnings);
        if (!overlay.isEmpty()) {
            Map<String, Object> overlayJson = new java.util.LinkedHashMap<>();
            overlayJson.put("file", String.valueOf(overlayOption.file));
            overlayJson.put("overlay", overlay.name());
            overlayJson.put("values", overlay.values());
            tree.put("libraryOverlay", overlayJson);
        }
        if (!plot.write(org.mandate.cli.plot.BacktestCharts.scores(PlotOption.tree(tree)), err)) {
            return Main.BAD_INPUT;
        }

        if (format == Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(tree));
        } else {
            if (!overlay.isEmpty()) {
                stdout.println("Library overlay " + overlay.name() + " (" + overlayOption.file + "): "
                        + overlay.values().size() + " values laid over the library");
            }
            ReportText.write(report, stdout);
            stdout.println();
            stdout.print(scores.table());
            stdout.println("Model forecast: " + (ensemble > 0 ? ensemble + " runs per case, " + JITTER
                    : "its single prediction (--ensemble 0)"));
            if (!doubleCoded.isEmpty()) {
                stdout.println();
                stdout.print(coders.table());
            }
        }
        stdout.flush();
        if (out != null) {
            List<String> written = new ArrayList<>(ReportCsv.FILES);
            written.add("scores.csv");
            written.add("backtest.json");
            try {
                OutputFolder folder = OutputFolder.prepare(out, Outputs.provenance(spec, List.of(dir), seed),
                        written, false, overwrite);
                ReportCsv.write(report, out);
                ReportCsv.write(out.resolve("scores.csv"), scores.csvRows());
                RunCommand.json().writeValue(out.resolve("backtest.json").toFile(), tree);
                folder.complete(written);
            } catch (OutputFolder.RefusedException e) {
                err.println("mandate: backtest: --out: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println("mandate: backtest: " + Outputs.cannotWrite(out, e));
                return Main.BAD_INPUT;
            }
        }
        if (runs.isEmpty()) {
            err.println("mandate: backtest: no case in '" + dir + "' could be scored");
        }
        return skipped.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    /** How the ensemble forecast jitters the inputs. */
    static final String JITTER = Forecasts.JITTER;

    /** The model's predicted distributions for a case's observed cells ({@link Forecasts#of}). */
    static List<Forecast> forecasts(LoadedScenario loaded, int runs, long seed) {
        return Forecasts.of(loaded, runs, seed);
    }

    /** The folder's case files, in name order. */
    static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            // every entry named like a case file, folders, pipes and broken links too: loading reports each one
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")
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

    /** The levels of a case that both coders coded as a level, with the model's prediction. */
    static List<CoderAgreement.Pair> doubleCoded(LoadedScenario loaded, CaseRun run) {
        List<CoderAgreement.Pair> out = new ArrayList<>();
        List<Observation> observed = loaded.observed();
        for (int i = 0; i < observed.size(); i++) {
            Observation o = observed.get(i);
            Observation.SecondCoder second = o.second();
            if (second == null) {
                continue;
            }
            CaseCell cell = run.cells().get(i);
            Integer[] first = {o.decided(), o.implemented()};
            int[] other = {second.decided(), second.implemented()};
            int[] model = {cell.model().decided(), cell.model().implemented()};
            for (Measure m : Measure.values()) {
                int k = m.ordinal();
                if (first[k] != null && first[k] >= 0 && other[k] >= 0) {
                    out.add(new CoderAgreement.Pair(run.id(), o.episode(), o.organization(), m, first[k], other[k],
                            model[k]));
                }
            }
        }
        return out;
    }

    /** Runs one case through the engine and pairs each observation with the model's cell. */
    static CaseRun run(LoadedScenario loaded) {
        return CaseRuns.of(loaded);
    }
}
