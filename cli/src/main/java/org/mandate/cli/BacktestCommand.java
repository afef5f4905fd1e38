package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.engine.RunResult;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Scenario;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mandate.analysis.backtest.Backtest;
import org.mandate.analysis.backtest.BacktestReport;
import org.mandate.analysis.backtest.CaseCell;
import org.mandate.analysis.backtest.CaseRun;
import org.mandate.analysis.backtest.Forecast;
import org.mandate.analysis.backtest.ProbabilisticScores;
import org.mandate.analysis.backtest.Group;
import org.mandate.analysis.backtest.Observed;
import org.mandate.analysis.backtest.Prediction;
import org.mandate.analysis.backtest.ReportCsv;
import org.mandate.analysis.output.OutputFolder;
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
        if (ensemble < 0) {
            err.println("mandate: backtest: --ensemble must be 0 or more, was " + ensemble);
            return Main.BAD_INPUT;
        }
        List<CaseRun> runs = new ArrayList<>();
        List<Forecast> forecasts = new ArrayList<>();
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
                problems.forEach(err::println);
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
        if (format == Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(tree));
        } else {
            ReportText.write(report, stdout);
            stdout.println();
            stdout.print(scores.table());
            stdout.println("Model forecast: " + (ensemble > 0 ? ensemble + " runs per case, " + JITTER
                    : "its single prediction (--ensemble 0)"));
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
    static final String JITTER = "every interest weight of every state jittered uniformly by up to 0.15, "
            + "severities by up to 0.1, stated alignments by up to 0.2, local resistance by up to 0.15";

    /**
     * The model's predicted distributions for a case's observed cells: {@code runs} runs, each with the inputs
     * jittered as {@link #JITTER} says, from a stream split from the seed and the case id in run order.
     */
    static List<Forecast> forecasts(LoadedScenario loaded, int runs, long seed) {
        Scenario sc = loaded.scenario();
        CompiledScenario c = CompiledScenario.compile(sc);
        Engine engine = new Engine(c);
        org.mandate.core.engine.Parameters base = c.parameters();
        org.mandate.core.engine.Parameters p = c.parameters();
        RunResult result = new RunResult(c.cellCount());
        long[][][] counts = new long[c.cellCount()][2][5];
        SplittableRandom root = new SplittableRandom(seed ^ sc.id().hashCode());
        Interest[] interests = Interest.values();
        for (int r = 0; r < runs; r++) {
            SplittableRandom g = root.split();
            p.copyFrom(base);
            for (int s = 0; s < c.stateCount(); s++) {
                for (Interest i : interests) {
                    double lo = i == Interest.HUMAN_DIMENSION ? -1 : 0;
                    p.interest(s, i, clamp(base.interest(s, i) + g.nextDouble(-0.15, 0.15), lo, 1));
                }
            }
            for (int e = 0; e < sc.episodes().size(); e++) {
                p.severity(e, clamp(base.severity(e) + g.nextDouble(-0.1, 0.1), 0, 1));
                for (int s = 0; s < c.stateCount(); s++) {
                    if (base.alignment(e, s) != 0) {
                        p.alignment(e, s, clamp(base.alignment(e, s) + g.nextDouble(-0.2, 0.2), -1, 1));
                    }
                }
            }
            for (int a = 0; a < sc.localActors().size(); a++) {
                p.resistance(a, clamp(base.resistance(a) + g.nextDouble(-0.15, 0.15), 0, 1));
            }
            engine.run(p, result);
            for (int k = 0; k < c.cellCount(); k++) {
                counts[k][0][result.decided(k)]++;
                counts[k][1][result.implemented(k)]++;
            }
        }
        List<Forecast> out = new ArrayList<>();
        for (Observation o : loaded.observed()) {
            for (int k = 0; k < c.cellCount(); k++) {
                if (c.episodeOf(k).equals(o.episode()) && c.organizationOf(k).equals(o.organization())) {
                    double[] dec = new double[5];
                    double[] imp = new double[5];
                    for (int l = 0; l < 5; l++) {
                        dec[l] = (double) counts[k][0][l] / runs;
                        imp[l] = (double) counts[k][1][l] / runs;
                    }
                    normalise(dec);
                    normalise(imp);
                    out.add(new Forecast(sc.id(), o.episode(), o.organization(), dec, imp));
                }
            }
        }
        return out;
    }

    private static void normalise(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int l = 0; l < p.length; l++) {
            p[l] /= sum;
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
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
