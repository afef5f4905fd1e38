package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.analysis.ensemble.Shard;
import org.mandate.analysis.ensemble.SummaryReport;
import org.mandate.analysis.ensemble.RowLayout;
import org.mandate.analysis.output.OutputFolder;
import org.mandate.analysis.stats.ConfidenceInterval;
import org.mandate.analysis.stats.ProportionEstimate;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignPoint;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate ensemble EXPERIMENT}: many runs over uncertain inputs and design points. */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = "Runs an experiment's ensemble: every run at every design point on the same draws, rows "
                + "streamed to OUT/runs.csv (one row per run and design point), then the probability of each level "
                + "with 95%% intervals and the paired differences between design points.")
final class EnsembleCommand implements Callable<Integer> {
    /** The summary's file name. */
    static final String SUMMARY = "summary.json";


    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXPERIMENT", description = "the experiment file (YAML)")
    Path file;

    @picocli.CommandLine.Mixin
    InputOptions inputOptions = new InputOptions();

    @Option(names = "--runs", description = "runs per design point (default: the experiment's)")
    Long runs;

    @Option(names = "--threads", description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ensembles/EXPERIMENT-ID)")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @Option(names = "--rows", defaultValue = "csv",
            description = "row format: csv (OUT/runs.csv), parquet (the dataset folder OUT/rows/, holding "
                    + "part-00000.parquet, ...) or none (only the summary); default ${DEFAULT-VALUE}")
    String rowsFormat;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only shard I of N: the I-th of N contiguous ranges of run indices, each run drawing "
                    + "what it draws in the whole ensemble; 'mandate merge' joins the shards' folders")
    String shardText;

    @Option(names = "--layout", defaultValue = "long",
            description = "row layout: long (one row per run and design point) or wide (one row per run: the inputs "
                    + "once, then every design point's levels); default ${DEFAULT-VALUE}")
    String layoutName;

    @Option(names = "--resume", description = "continue the ensemble already in the output folder")
    boolean resume;

    @Option(names = "--overwrite", description = "start again even if the output folder holds an ensemble")
    boolean overwrite;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "show a progress bar on a terminal (default: on; never when not a terminal)")
    boolean progress;

    @picocli.CommandLine.Mixin
    PlotOption plot = new PlotOption();

    @picocli.CommandLine.Mixin
    OverlayOption overlayOption = new OverlayOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer badPlot = plot.check(err);
        if (badPlot != null) {
            return badPlot;
        }
        if (org.mandate.core.scenario.HistoryExperimentLoader.isHistoryExperiment(file)) {
            if (plot.file != null) {
                err.println("mandate: --plot: charts of experiments on histories are not drawn yet; use --out and"
                        + " the rows");
                return Main.BAD_INPUT;
            }
            if (!layoutName.equals("long") || rowsFormat.equals("none")) {
                err.println("mandate: " + (rowsFormat.equals("none") ? "--rows none" : "--layout " + layoutName)
                        + ": experiments on histories write their rows in the long layout only");
                return Main.BAD_INPUT;
            }
            return HistoryExperiments.ensemble(file, runs, threads, out, overwrite, resume, rowsFormat, shardText,
                    progress, format, spec, stdout, err);
        }
        ExperimentSpec experiment;
        org.mandate.core.scenario.LibraryOverlay overlay = overlayOption.overlay(err);
        if (overlay == null) {
            return Main.BAD_INPUT;
        }
        try {
            experiment = ExperimentLoader.load(file, overlay, inputOptions.allowOutside);

        } catch (ScenarioException e) {
            Inputs.report(e, file, "experiment", stdout, err, format == RunCommand.Format.json);
            return Main.BAD_INPUT;
        }
        if (runs != null) {
            String tooMany = ExperimentSpec.sizeProblem(experiment.sampling(), runs, experiment.uncertain().size());
            if (tooMany != null) {
                err.println("mandate: --runs " + runs + ": " + tooMany);
                return Main.BAD_INPUT;
            }
            experiment = experiment.withRuns(runs);
        }
        if (threads < 1) {
            err.println("mandate: --threads must be at least 1, was " + threads);
            return Main.BAD_INPUT;
        }
        if (!rowsFormat.equals("csv") && !rowsFormat.equals("parquet") && !rowsFormat.equals("none")) {
            err.println("mandate: --rows: expected csv, parquet or none, was '" + rowsFormat + "'");
            return Main.BAD_INPUT;
        }
        Shard shard;
        try {
            shard = shard(shardText, experiment.runs(), "runs");
        } catch (IllegalArgumentException e) {
            err.println("mandate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (!layoutName.equals("long") && !layoutName.equals("wide")) {
            err.println("mandate: --layout: expected long or wide, was '" + layoutName + "'");
            return Main.BAD_INPUT;
        }
        if (rowsFormat.equals("none") && layoutName.equals("wide")) {
            err.println("mandate: --layout wide: --rows none keeps no rows to lay out; use --rows csv or parquet");
            return Main.BAD_INPUT;
        }
        RowLayout layout = layoutName.equals("wide") ? RowLayout.WIDE : RowLayout.LONG;
        EnsembleSetup setup = new EnsembleSetup(experiment);
        EnsembleRunner runner = new EnsembleRunner(setup, threads, layout);
        Path dir = out != null ? out : Path.of("ensembles", experiment.id());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("mandate: --out: '" + dir + "' is a file; expected a folder for the ensemble's rows");
            return Main.BAD_INPUT;
        }
        if (!resume && !overwrite && Files.exists(dir.resolve(EnsembleFiles.CHECKPOINT))) {
            err.println("mandate: " + dir + " already holds an ensemble; use --resume to continue it or --overwrite "
                    + "to start again");
            return Main.BAD_INPUT;
        }
        boolean csv = rowsFormat.equals("csv");
        boolean none = rowsFormat.equals("none");
        OutputFolder folder;
        try {
            folder = OutputFolder.prepare(dir, Outputs.provenance(spec, List.of(file), experiment.seed()),
                    List.of(EnsembleFiles.ROWS, EnsembleFiles.PARTS, EnsembleFiles.CHECKPOINT, SUMMARY), resume,
                    overwrite);
        } catch (OutputFolder.RefusedException e) {
            err.println("mandate: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(dir, e));
            return Main.BAD_INPUT;
        }
        long first = shard == null ? 0 : shard.from(experiment.runs());
        long end = shard == null ? experiment.runs() : shard.to(experiment.runs());
        if (shard != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", shard.index());
            m.put("count", shard.count());
            m.put("firstRun", first);
            m.put("endRun", end);
            folder.field("shard", m);
        }
        EnsembleSummary summary = new EnsembleSummary(setup.points().size(), setup.compiled(0).cellCount());
        long started = System.nanoTime();
        long from = 0;
        String header = runner.header();
        String rowsName = none ? null : csv ? EnsembleFiles.ROWS : EnsembleFiles.PARTS;
        try (EnsembleFiles files = none
                ? EnsembleFiles.openWithoutRows(dir, setup, header, shard, resume, overwrite)
                : csv
                ? EnsembleFiles.open(dir, setup, header, shard, resume, overwrite)
                : EnsembleFiles.openParquet(dir, setup, layout, header, "mandate " + Outputs.provenance(spec,
                        List.of(), null).version(), shard, resume, overwrite)) {
            files.timed(System::nanoTime).restore(summary);
            from = files.nextRun();
            ProgressBar bar = progress && System.console() != null ? new ProgressBar(err, from - first) : null;
            runner.run(from, end, summary, files,
                    bar == null ? null : (done, total) -> bar.update(done - first, total - first));
            if (bar != null) {
                bar.finish();
            }
        } catch (EnsembleFiles.RefusedException e) {
            err.println("mandate: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(dir, e));
            err.println("mandate: the runs counted by " + dir.resolve(EnsembleFiles.CHECKPOINT) + " are kept; "
                    + "free space or fix the folder and use --resume to continue");
            return Main.BAD_INPUT;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long done = (end - from) * setup.points().size();
        Map<String, Object> json = summaryJson(experiment, setup, summary, none ? null : dir.resolve(rowsName), done,
                seconds);
        String summaryText = RunCommand.json().writeValueAsString(json);
        try {
            Files.writeString(dir.resolve(SUMMARY), summaryText);
            Map<String, Object> rowsDoc = new LinkedHashMap<>();
            rowsDoc.put("format", rowsFormat);
            if (!none) {
                rowsDoc.put("layout", layoutName);
                rowsDoc.put("rows", (end - first) * (layout == RowLayout.WIDE ? 1 : setup.points().size()));
                rowsDoc.put("columns", org.mandate.analysis.ensemble.Csv.split(runner.header().strip()).length);
            }
            folder.complete(none ? List.of(EnsembleFiles.CHECKPOINT, SUMMARY)
                    : List.of(rowsName, EnsembleFiles.CHECKPOINT, SUMMARY), Map.of("rows", rowsDoc));
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(dir.resolve(SUMMARY), e));
            err.println("mandate: the rows are complete; the summary follows on standard output");
            stdout.println(summaryText);
            return Main.BAD_INPUT;
        }
        com.fasterxml.jackson.databind.JsonNode tree = PlotOption.tree(json);
        if (!plot.write(org.mandate.cli.plot.CommandCharts.ensemble(tree), err)
                || !plot.writeBeside(org.mandate.cli.plot.CommandCharts.differences(tree), "differences", err)) {
            return Main.BAD_INPUT;
        }
        if (format == RunCommand.Format.json) {
            stdout.println(summaryText);
        } else {
            table(experiment, setup, summary, stdout);
            stdout.printf(Locale.ROOT, "%n%d rows (%d runs x %d design points) in %.2f s, %.0f rows/s on %d "
                            + "threads%s; %s, summary in %s%n", done, end - from,
                    setup.points().size(), seconds, done / Math.max(seconds, 1e-9), threads,
                    shard == null ? "" : ", shard " + shard + " (runs " + first + " to " + (end - 1) + ")",
                    none ? "no rows kept" : "rows in " + dir.resolve(rowsName)
                            + (layout == RowLayout.WIDE ? " (wide, one a run)" : ""), dir.resolve(SUMMARY));
        }
        return Main.OK;
    }

    static Map<String, Object> summaryJson(ExperimentSpec experiment, EnsembleSetup setup, EnsembleSummary s,
                                           Path rows, long rowCount, double seconds) {
        return SummaryReport.of(experiment, setup).json(s, rows == null ? null : rows.toString(), rowCount, seconds);
    }

    private static void table(ExperimentSpec experiment, EnsembleSetup setup, EnsembleSummary s, PrintWriter out) {
        CompiledScenario c = setup.compiled(0);
        out.printf("%s: %d runs per design point, %s sampling, seed %d%n", experiment.title(), s.runs(),
                experiment.sampling().id(), experiment.seed());
        for (int d = 0; d < s.points(); d++) {
            DesignPoint p = setup.points().get(d);
            out.println();
            out.println(p.id() + describe(experiment, p));
            out.printf("  %-24s %-32s %-32s%n", "cell", "P(decided = 0..4) %", "P(implemented = 0..4) %");
            for (int k = 0; k < s.cells(); k++) {
                out.printf("  %-24s %-32s %-32s%n", c.episodeOf(k) + " " + c.organizationOf(k),
                        dist(s, d, k, EnsembleSummary.DECIDED), dist(s, d, k, EnsembleSummary.IMPLEMENTED));
            }
        }
        if (s.points() > 1) {
            out.println();
            out.println("paired differences from d0 on the same draws (mean level change, 95% interval):");
            for (int d = 1; d < s.points(); d++) {
                for (int k = 0; k < s.cells(); k++) {
                    double md = s.meanDifference(d, k, EnsembleSummary.DECIDED);
                    double mi = s.meanDifference(d, k, EnsembleSummary.IMPLEMENTED);
                    if (md == 0 && mi == 0) {
                        continue;
                    }
                    ConfidenceInterval cd = s.differenceInterval(d, k, EnsembleSummary.DECIDED);
                    ConfidenceInterval ci = s.differenceInterval(d, k, EnsembleSummary.IMPLEMENTED);
                    out.printf(Locale.ROOT, "  %s %-24s decided %+.3f [%+.3f, %+.3f]   implemented %+.3f [%+.3f, "
                                    + "%+.3f]%n", setup.points().get(d).id(), c.episodeOf(k) + " "
                                    + c.organizationOf(k), md, cd.lower(), cd.upper(), mi, ci.lower(), ci.upper());
                }
            }
        }
    }

    private static String describe(ExperimentSpec experiment, DesignPoint p) {
        if (experiment.factors().isEmpty()) {
            return ": the scenario as written";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < experiment.factors().size(); i++) {
            parts.add(experiment.factors().get(i).name() + " = " + p.levels().get(i));
        }
        return ": " + String.join(", ", parts);
    }

    private static String dist(EnsembleSummary s, int d, int k, int field) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < 5; l++) {
            ProportionEstimate p = s.probability(d, k, field, l);
            sb.append(String.format(Locale.ROOT, "%6.1f", 100 * p.estimate()));
        }
        return sb.toString();
    }

    /** A progress bar on the terminal. */
    private static final class ProgressBar {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private final long from;
        private long last;

        ProgressBar(PrintWriter err, long from) {
            this.err = err;
            this.from = from;
        }

        void update(long done, long total) {
            long now = System.nanoTime();
            if (now - last < 200_000_000L && done < total) {
                return;
            }
            last = now;
            double secs = (now - start) / 1e9;
            double rate = (done - from) / Math.max(secs, 1e-9);
            int width = 30;
            int filled = (int) (width * done / Math.max(1, total));
            err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d runs, %.0f runs/s, ETA %.0f s ", "#".repeat(filled),
                    " ".repeat(width - filled), 100 * done / Math.max(1, total), done, total, rate,
                    (total - done) / Math.max(rate, 1e-9));
            err.flush();
        }

        void finish() {
            err.println();
        }
    }

    /**
     * The shard {@code --shard} names, or null when {@code text} is null; refuses (with the message to print after
     * "mandate: ") a malformed one and one of more shards than {@code runs} ({@code units} names them).
     */
    static Shard shard(String text, long runs, String units) {
        if (text == null) {
            return null;
        }
        Shard shard;
        try {
            shard = Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--shard: " + e.getMessage(), e);
        }
        if (shard.count() > runs) {
            throw new IllegalArgumentException("--shard " + shard + ": expected at most " + runs + " shards, as many"
                    + " as the " + units);
        }
        return shard;
    }
}
