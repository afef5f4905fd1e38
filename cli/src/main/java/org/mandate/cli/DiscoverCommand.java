package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mandate.analysis.ensemble.ExperimentDiscovery;
import org.mandate.analysis.discovery.PrimBox;
import org.mandate.analysis.discovery.PrimResult;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.output.OutputFolder;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate discover EXPERIMENT --outcome ...}: readable rules for when an outcome happens. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Scenario discovery: samples the experiment's uncertain inputs and design factors, runs the "
                + "model, and finds PRIM boxes where the outcome is likely, reported as readable rules with "
                + "coverage (share of all cases with the outcome that the box holds) and density (share of the box's "
                + "runs with the outcome).")
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXPERIMENT", description = "the experiment file (YAML)")
    Path file;

    @picocli.CommandLine.Mixin
    InputOptions inputOptions = new InputOptions();

    @Option(names = "--outcome", paramLabel = "EXPR",
            description = "the outcome of interest, such as 'june-2010.CSTO.implemented>=4' (default: the "
                    + "experiment's first)")
    String outcome;

    @Option(names = "--runs", description = "model runs to sample (default: the experiment's runs, at most 20000)")
    Integer runs;

    @Option(names = "--density", defaultValue = "0.8",
            description = "the least density of the reported box (default: ${DEFAULT-VALUE})")
    double density;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "also write discovery.json into this folder")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @picocli.CommandLine.Mixin
    PlotOption plot = new PlotOption();

    @picocli.CommandLine.Mixin
    OverlayOption overlayOption = new OverlayOption();

    @Option(names = "--overwrite", description = "replace what the --out folder holds from an earlier run")
    boolean overwrite;

    /** The file written into the --out folder. */
    static final String RESULT = ExperimentDiscovery.RESULT;
    /** Most runs: the Latin hypercube behind them is kept in memory. */
    static final int MAX_RUNS = ExperimentDiscovery.MAX_RUNS;

    private OutputFolder folder;


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
            if (!(density > 0 && density <= 1) || threads < 1 || (runs != null && runs < 10)) {
                err.println("mandate: --density must be in (0, 1], --threads at least 1 and --runs at least 10");
                return Main.BAD_INPUT;
            }
            return HistoryExperiments.discover(file, outcome, runs, density, threads, out, format, stdout, err);
        }
        ExperimentSpec experiment = Experiments.load(file, inputOptions.allowOutside, overlayOption, stdout, err,
                format == RunCommand.Format.json);

        if (experiment == null) {
            return Main.BAD_INPUT;
        }
        if (!(density > 0 && density <= 1) || threads < 1 || (runs != null && (runs < 10 || runs > MAX_RUNS))) {
            err.println("mandate: --density must be in (0, 1], --threads at least 1 and --runs from 10 to "
                    + MAX_RUNS);
            return Main.BAD_INPUT;
        }
        if (out != null) {
            try {
                folder = OutputFolder.prepare(out, Outputs.provenance(spec, List.of(file), experiment.seed()),
                        List.of(RESULT), false, overwrite);
            } catch (OutputFolder.RefusedException e) {
                err.println("mandate: --out: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println("mandate: --out: " + Outputs.cannotWrite(out, e));
                return Main.BAD_INPUT;
            }
        }
        EnsembleSetup setup = new EnsembleSetup(experiment.withRuns(1));
        List<OutcomeSelector> selectors = Experiments.outcomes(outcome == null ? null : List.of(outcome),
                experiment, setup.compiled(0), err);
        if (selectors == null) {
            return Main.BAD_INPUT;
        }
        OutcomeSelector o = selectors.get(0);
        ExperimentModel model = new ExperimentModel(setup);
        ExperimentDiscovery discovery = new ExperimentDiscovery(experiment.id(), model.columns(), model::values,
                experiment.seed(), o, ExperimentDiscovery.runs(runs, experiment.runs()), density);
        ExperimentDiscovery.Result found = discovery.analyse(model.evaluate(discovery.design(), threads));
        Map<String, Object> root = found.json();
        if (!plot.write(org.mandate.cli.plot.CommandCharts.discovery(PlotOption.tree(root)), err)) {
            return Main.BAD_INPUT;
        }
        if (found.note() != null) {
            return emit(stdout, err, root, found.note() + "; there is no box to find.");
        }
        int n = found.runs();
        int hits = found.hits();
        PrimResult result = found.prim();
        Optional<PrimBox> chosen = found.chosen();
        PrimBox box = found.box();
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(root));
        } else {
            stdout.printf(Locale.ROOT, "outcome %s: %d of %d runs (%.1f%%)%n", o, hits, n, 100.0 * hits / n);
            stdout.printf(Locale.ROOT, "%s box: %s%n  coverage %.3f, density %.3f, %d runs (%.1f%% of all)%n",
                    chosen.isPresent() ? "densest-enough" : "last (density target " + density + " not reached)",
                    box.describe(), box.coverage(), box.density(), box.points(), 100 * box.mass());
            stdout.println("peeling trajectory (coverage, density):");
            int step = Math.max(1, result.trajectory().size() / 10);
            for (int i = 0; i < result.trajectory().size(); i += step) {
                PrimBox b = result.trajectory().get(i);
                stdout.printf(Locale.ROOT, "  %3d  %.3f  %.3f  %s%n", i, b.coverage(), b.density(), b.describe());
            }
        }
        return save(stdout, err, root);
    }

    /** Writes the result into the --out folder, if any; on failure says why and prints the JSON instead. */
    private int save(PrintWriter stdout, PrintWriter err, Map<String, Object> root) throws Exception {
        if (folder == null) {
            return Main.OK;
        }
        String json = RunCommand.json().writeValueAsString(root);
        try {
            Files.writeString(out.resolve(RESULT), json);
            folder.complete(List.of(RESULT));
            return Main.OK;
        } catch (IOException e) {
            err.println("mandate: --out: " + Outputs.cannotWrite(out.resolve(RESULT), e));
            if (format != RunCommand.Format.json) {
                err.println("mandate: the result follows as JSON on standard output");
                stdout.println(json);
            }
            return Main.BAD_INPUT;
        }
    }

    private int emit(PrintWriter stdout, PrintWriter err, Map<String, Object> root, String text) throws Exception {
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(root));
        } else {
            stdout.println(text);
        }
        return save(stdout, err, root);
    }
}
