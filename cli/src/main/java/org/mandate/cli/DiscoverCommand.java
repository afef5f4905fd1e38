package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.random.RandomGeneratorFactory;
import org.mandate.analysis.discovery.Prim;
import org.mandate.analysis.discovery.PrimBox;
import org.mandate.analysis.discovery.PrimResult;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.sampling.Design;
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
        ExperimentSpec experiment = Experiments.load(file, overlayOption, err);
        if (experiment == null) {
            return Main.BAD_INPUT;
        }
        if (!(density > 0 && density <= 1) || threads < 1 || (runs != null && runs < 10)) {
            err.println("mandate: --density must be in (0, 1], --threads at least 1 and --runs at least 10");
            return Main.BAD_INPUT;
        }
        EnsembleSetup setup = new EnsembleSetup(experiment.withRuns(1));
        List<OutcomeSelector> selectors = Experiments.outcomes(outcome == null ? null : List.of(outcome),
                experiment, setup.compiled(0), err);
        if (selectors == null) {
            return Main.BAD_INPUT;
        }
        OutcomeSelector o = selectors.get(0);
        ExperimentModel model = new ExperimentModel(setup);
        int n = runs != null ? runs : (int) Math.min(20000, experiment.runs());
        Design design = Design.latinHypercube(n, Math.max(1, model.dimension()),
                RandomGeneratorFactory.of("L64X128MixRandom").create(experiment.seed()));
        byte[][] levels = model.evaluate(design, threads);
        double[] y = Experiments.indicator(levels, o);
        boolean[] hit = new boolean[n];
        double[][] x = new double[n][];
        int hits = 0;
        for (int k = 0; k < n; k++) {
            hit[k] = y[k] > 0;
            hits += hit[k] ? 1 : 0;
            x[k] = model.values(design.row(k));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", experiment.id());
        root.put("outcome", o.toString());
        root.put("runs", n);
        root.put("hits", hits);
        if (hits == 0 || hits == n || model.dimension() == 0) {
            String why = hits == 0 ? "the outcome never happens in " + n + " runs"
                    : hits == n ? "the outcome happens in every one of " + n + " runs" : "nothing varies";
            root.put("boxes", List.of());
            root.put("note", why + "; there is no box to find");
            if (!plot.write(org.mandate.cli.plot.CommandCharts.discovery(PlotOption.tree(root)), err)) {
                return Main.BAD_INPUT;
            }
            emit(stdout, root, why + "; there is no box to find.");
            return Main.OK;
        }
        PrimResult result = Prim.run(model.columns(), x, hit);
        Optional<PrimBox> chosen = result.selectByDensity(density);
        PrimBox box = chosen.orElse(result.select(result.trajectory().size() - 1));
        List<Object> trajectory = new ArrayList<>();
        for (PrimBox b : result.trajectory()) {
            trajectory.add(Map.of("coverage", b.coverage(), "density", b.density(), "mass", b.mass(),
                    "rule", b.describe()));
        }
        root.put("baseRate", (double) hits / n);
        root.put("box", Map.of("rule", box.describe(), "coverage", box.coverage(), "density", box.density(),
                "mass", box.mass(), "runs", box.points(), "hits", box.hits()));
        root.put("densityTarget", density);
        root.put("metTarget", chosen.isPresent());
        root.put("trajectory", trajectory);
        if (!plot.write(org.mandate.cli.plot.CommandCharts.discovery(PlotOption.tree(root)), err)) {
            return Main.BAD_INPUT;
        }
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
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("discovery.json"), RunCommand.json().writeValueAsString(root));
        }
        return Main.OK;
    }

    private void emit(PrintWriter stdout, Map<String, Object> root, String text) throws Exception {
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(root));
        } else {
            stdout.println(text);
        }
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("discovery.json"), RunCommand.json().writeValueAsString(root));
        }
    }
}
