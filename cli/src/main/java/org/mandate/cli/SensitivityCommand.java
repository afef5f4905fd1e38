package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.output.OutputFolder;
import org.mandate.analysis.sensitivity.ElementaryEffects;
import org.mandate.analysis.ensemble.ExperimentSensitivity;
import org.mandate.analysis.sensitivity.MorrisDesign;
import org.mandate.analysis.sensitivity.MorrisIndices;
import org.mandate.analysis.sensitivity.SaltelliDesign;
import org.mandate.analysis.sensitivity.SobolIndex;
import org.mandate.analysis.sensitivity.SobolIndices;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate sensitivity EXPERIMENT}: which inputs drive an outcome most. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Measures which uncertain inputs and design factors drive an outcome: Sobol first and total "
                + "order indices (Saltelli sampling, Jansen estimators) and Morris elementary effects, with "
                + "bootstrap 95%% intervals. Design factors enter as categorical inputs.")
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXPERIMENT", description = "the experiment file (YAML)")
    Path file;

    @picocli.CommandLine.Mixin
    InputOptions inputOptions = new InputOptions();

    @Option(names = "--outcome", paramLabel = "EXPR",
            description = "outcome such as 'june-2010.CSTO.implemented>=4' (repeatable; default: the experiment's)")
    List<String> outcomes;

    @Option(names = "--method", defaultValue = "both", description = "sobol, morris or both (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--samples", defaultValue = "2048",
            description = "Saltelli base samples N (model runs: N x (inputs + 2); default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--trajectories", defaultValue = "100", description = "Morris trajectories (default: ${DEFAULT-VALUE})")
    int trajectories;

    @Option(names = "--bootstrap", defaultValue = "200", description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "also write sensitivity.json into this folder")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @picocli.CommandLine.Mixin
    PlotOption plot = new PlotOption();

    @picocli.CommandLine.Mixin
    OverlayOption overlayOption = new OverlayOption();

    @Option(names = "--overwrite", description = "replace what the --out folder holds from an earlier run")
    boolean overwrite;

    @Option(names = "--salib-export", paramLabel = "DIR", description = "also write the Saltelli sample and the "
            + "outcomes in SALib's file layout there: params.txt, sample.txt, values.txt, outputs-K.txt")
    Path salibExport;

    @Option(names = "--salib-outputs", paramLabel = "FILE", description = "model outputs for the same Saltelli "
            + "sample in SALib's layout (one a line): their Sobol indices are computed too")
    Path salibOutputs;

    /** The file written into the --out folder. */
    static final String RESULT = ExperimentSensitivity.RESULT;
    /** Fewest bootstrap resamples: fewer give no meaningful interval. */
    static final int MIN_BOOTSTRAP = ExperimentSensitivity.MIN_BOOTSTRAP;
    /** Most base samples or trajectories. */
    static final int MAX_SAMPLES = ExperimentSensitivity.MAX_SAMPLES;
    /** Most inputs: the Saltelli design's Sobol base has twice as many columns, at most 1000. */
    static final int MAX_DIMENSION = ExperimentSensitivity.MAX_DIMENSION;


    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer badPlot = plot.check(err);
        if (badPlot != null) {
            return badPlot;
        }
        if (!ExperimentSensitivity.METHODS.contains(method)) {
            err.println("mandate: --method: expected sobol, morris or both, was '" + method + "'");
            return Main.BAD_INPUT;
        }
        if (samples < 2 || trajectories < 2 || bootstrap < MIN_BOOTSTRAP || threads < 1) {
            err.println("mandate: --samples and --trajectories must be at least 2, --bootstrap at least "
                    + MIN_BOOTSTRAP + ", --threads at least 1");
            return Main.BAD_INPUT;
        }
        if (org.mandate.core.scenario.HistoryExperimentLoader.isHistoryExperiment(file)) {
            if (plot.file != null) {
                err.println("mandate: --plot: charts of experiments on histories are not drawn yet; use --out and"
                        + " the rows");
                return Main.BAD_INPUT;
            }
            return HistoryExperiments.sensitivity(file, outcomes, method, samples, trajectories, bootstrap, threads, out,
                    format, stdout, err);
        }
        if (samples > MAX_SAMPLES || trajectories > MAX_SAMPLES) {
            err.println("mandate: --samples and --trajectories must be at most " + MAX_SAMPLES);
            return Main.BAD_INPUT;
        }
        OutputFolder folder = null;
        if (out != null) {
            try {
                folder = OutputFolder.prepare(out, Outputs.provenance(spec, List.of(file), null),
                        List.of(RESULT), false, overwrite);
            } catch (OutputFolder.RefusedException e) {
                err.println("mandate: --out: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println("mandate: --out: " + Outputs.cannotWrite(out, e));
                return Main.BAD_INPUT;
            }
        }
        ExperimentSpec experiment = Experiments.load(file, inputOptions.allowOutside, overlayOption, stdout, err,
                format == RunCommand.Format.json);

        if (experiment == null) {
            return Main.BAD_INPUT;
        }
        EnsembleSetup setup = new EnsembleSetup(experiment.withRuns(1));
        List<OutcomeSelector> selectors = Experiments.outcomes(outcomes, experiment, setup.compiled(0), err);
        if (selectors == null) {
            return Main.BAD_INPUT;
        }
        ExperimentModel model = new ExperimentModel(setup);
        if (model.dimension() < 2) {
            err.println("mandate: sensitivity needs at least two uncertain inputs or design factors in "
                    + file + ", found " + model.dimension());
            return Main.BAD_INPUT;
        }
        if (model.dimension() > MAX_DIMENSION) {
            err.println("mandate: sensitivity handles at most " + MAX_DIMENSION + " uncertain inputs and design "
                    + "factors together; " + file + " has " + model.dimension());
            return Main.BAD_INPUT;
        }
        List<String> names = model.names();
        ExperimentSensitivity analysis = new ExperimentSensitivity(experiment.id(), names, experiment.seed(), method,
                samples, trajectories, bootstrap);
        List<ExperimentSensitivity.Outcome> results = new ArrayList<>();
        SaltelliDesign saltelli = analysis.saltelli();
        byte[][] sobolRuns = saltelli == null ? null : model.evaluate(saltelli, threads);
        MorrisDesign morris = analysis.morris();
        byte[][] morrisRuns = morris == null ? null : model.evaluate(morris, threads);
        List<double[]> salibY = new ArrayList<>();
        for (OutcomeSelector o : selectors) {
            if (sobolRuns != null) {
                salibY.add(ExperimentSensitivity.indicator(sobolRuns, o));
            }
            ExperimentSensitivity.Outcome r = analysis.outcome(o, sobolRuns, morrisRuns);
            results.add(r);
            if (format == RunCommand.Format.table) {
                table(stdout, o, names, r.sobol(), r.morris(), r.probability());
            }
        }
        if (salibOutputs != null) {
            if (saltelli == null) {
                err.println("mandate: --salib-outputs needs the Sobol method (--method sobol or both)");
                return Main.BAD_INPUT;
            }
            double[] y;
            try {
                y = Salib.readOutputs(salibOutputs, saltelli.rows());
            } catch (Salib.BadOutputs e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            ExperimentSensitivity.Outcome r = analysis.outputs("outputs in " + salibOutputs, y);
            results.add(r);
            if (format == RunCommand.Format.table) {
                stdout.println("outputs in " + salibOutputs + String.format(Locale.ROOT, " (mean %.3f)",
                        r.probability()));
                if (r.sobol() != null) {
                    table(stdout, null, names, r.sobol(), null, null);
                }
            }
        }
        if (salibExport != null) {
            if (saltelli == null) {
                err.println("mandate: --salib-export needs the Sobol method (--method sobol or both)");
                return Main.BAD_INPUT;
            }
            List<String> files = new ArrayList<>(Salib.FILES);
            for (int k = 1; k <= salibY.size(); k++) {
                files.add(Salib.outputs(k));
            }
            try {
                OutputFolder salib = OutputFolder.prepare(salibExport, Outputs.provenance(spec, List.of(file),
                        experiment.seed()), files, false, overwrite);
                Salib.export(salibExport, names, saltelli, model, salibY);
                salib.complete(files);
            } catch (OutputFolder.RefusedException e) {
                err.println("mandate: --salib-export: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println("mandate: --salib-export: " + Outputs.cannotWrite(salibExport, e));
                return Main.BAD_INPUT;
            }
        }
        Map<String, Object> root = analysis.json(results);
        if (!plot.write(org.mandate.cli.plot.CommandCharts.sensitivity(PlotOption.tree(root)), err)) {
            return Main.BAD_INPUT;
        }
        String json = RunCommand.json().writeValueAsString(root);

        if (format == RunCommand.Format.json) {
            stdout.println(json);
        }
        if (folder != null) {
            try {
                Files.writeString(out.resolve(RESULT), json);
                folder.complete(List.of(RESULT));
            } catch (IOException e) {
                err.println("mandate: --out: " + Outputs.cannotWrite(out.resolve(RESULT), e));
                if (format != RunCommand.Format.json) {
                    err.println("mandate: the results follow as JSON on standard output");
                    stdout.println(json);
                }
                return Main.BAD_INPUT;
            }
        }
        return Main.OK;
    }

    private static void table(PrintWriter out, OutcomeSelector o, List<String> names, SobolIndices sobol,
                              MorrisIndices morris, Object probability) {
        if (o != null) {
            out.println("outcome " + o + (probability == null ? "" : String.format(Locale.ROOT,
                    " (probability %.3f over the Saltelli sample)", (double) probability)));
        }
        if (sobol == null && probability != null) {
            out.println("  (the outcome does not vary over the Saltelli sample, so its Sobol indices are all 0)");
        }
        out.printf("  %-42s %-22s %-22s %-9s %-9s%n", "input", "S1 [95%]", "ST [95%]", "mu*", "sigma");
        for (int i = 0; i < names.size(); i++) {
            String s1 = "";
            String st = "";
            if (sobol != null) {
                SobolIndex ix = sobol.index(i);
                s1 = String.format(Locale.ROOT, "%.3f [%.2f,%.2f]", ix.firstOrder(), ix.firstOrderInterval().lower(),
                        ix.firstOrderInterval().upper());
                st = String.format(Locale.ROOT, "%.3f [%.2f,%.2f]", ix.totalOrder(), ix.totalOrderInterval().lower(),
                        ix.totalOrderInterval().upper());
            }
            String mu = "";
            String sigma = "";
            if (morris != null) {
                ElementaryEffects e = morris.effect(i);
                mu = String.format(Locale.ROOT, "%.3f", e.muStar());
                sigma = String.format(Locale.ROOT, "%.3f", e.sigma());
            }
            out.printf("  %-42s %-22s %-22s %-9s %-9s%n", names.get(i), s1, st, mu, sigma);
        }
        out.println();
    }
}
