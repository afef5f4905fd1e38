package org.mandate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.analysis.calibration.Calibration;
import org.mandate.analysis.calibration.CalibrationCase;
import org.mandate.analysis.calibration.CalibrationReport;
import org.mandate.core.calibration.CalibrationSpec;
import org.mandate.core.calibration.FittedParameter;
import org.mandate.core.scenario.CalibrationLoader;
import org.mandate.core.scenario.Library;
import org.mandate.core.scenario.LibraryLoader;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mandate calibrate DIR --parameters FILE}: fits chosen library parameters to the observed outcomes of the
 * cases in a folder that set the library, and scores the fit in sample and out of fold beside the hand-set library and
 * the backtest's baselines.
 *
 * <p>The lifecycle: read the calibration file and check its paths against the bundled library; list the folder's
 * case files in name order and read only the {@code setsLibrary} flag of each, leaving every held-out file
 * ({@code setsLibrary: false}) otherwise unread; load the others; run {@link Calibration}; print the report; with
 * {@code --out}, write the fitted values as a library overlay with its provenance ({@code overlay.yaml}, which
 * {@code run}, {@code backtest} and the experiment commands take with {@code --library-overlay}) and the report as
 * {@code calibration.json}.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fits the library parameters listed in a calibration file (paths and bounds) to the observed "
                + "outcomes of the case files in DIR that set the library (setsLibrary: true; held-out files are "
                + "not read), by minimising the ranked probability score (or minus the log-likelihood) of the "
                + "model's ensemble forecasts on common random numbers with CMA-ES. Reports the fit in sample, "
                + "leaving each case out in turn, and by period (fitted on the earlier crises, scored on the later), "
                + "beside the hand-set library and the backtest's baselines, with 95%% intervals over cases; --out "
                + "writes the fitted values as a library overlay with provenance.")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of case files (YAML with an observed: block)")
    Path dir;

    @Option(names = "--parameters", required = true, paramLabel = "FILE",
            description = "the calibration file: which library parameters to fit and their bounds "
                    + "(docs/calibration.schema.json)")
    Path parametersFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write overlay.yaml (the fitted values with provenance) and calibration.json there")
    Path out;

    @Option(names = "--seed", defaultValue = "2010",
            description = "seed of the ensemble jitter, CMA-ES and the bootstrap (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "threads scoring cases side by side; the result does not depend on "
            + "it (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", paramLabel = "N", description = "ensemble runs per case (default: the file's)")
    Integer runs;

    @Option(names = "--evaluations", paramLabel = "N", description = "most evaluations per fit (default: the file's)")
    Integer evaluations;

    @Option(names = "--resamples", defaultValue = "2000",
            description = "bootstrap resamples of cases for the intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--no-folds", description = "fit and score in sample only, without the out-of-fold fits")
    boolean noFolds;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @Option(names = "--progress", negatable = true,
            description = "show progress on standard error (default: only on a terminal)")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("mandate: calibrate: '" + dir + "' is not a folder; expected a folder of case files");
            return Main.BAD_INPUT;
        }
        if (threads < 1) {
            err.println("mandate: calibrate: --threads must be at least 1, was " + threads);
            return Main.BAD_INPUT;
        }
        if (resamples < 1) {
            err.println("mandate: calibrate: --resamples must be at least 1, was " + resamples);
            return Main.BAD_INPUT;
        }
        if (runs != null && runs < 1) {
            err.println("mandate: calibrate: --runs must be at least 1, was " + runs);
            return Main.BAD_INPUT;
        }
        if (evaluations != null && evaluations < 2) {
            err.println("mandate: calibrate: --evaluations must be at least 2, was " + evaluations);
            return Main.BAD_INPUT;
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("mandate: calibrate: --out: '" + out + "' is a file; expected a folder");
            return Main.BAD_INPUT;
        }
        Library library = LibraryLoader.bundled();
        CalibrationSpec calibration;
        try {
            calibration = CalibrationLoader.load(parametersFile, library);
        } catch (ScenarioException e) {
            Inputs.printProblems(e, err);
            return Main.BAD_INPUT;
        }
        calibration = calibration.with(runs != null ? runs : calibration.runs(),
                evaluations != null ? evaluations : calibration.evaluations());
        List<CalibrationCase> cases = new ArrayList<>();
        List<String> heldOut = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : BacktestCommand.caseFiles(dir)) {
            try {
                Boolean sets = CalibrationLoader.setsLibrary(file);
                if (sets == null) {
                    problems.add(new Problem(file.toString(), 0, 0, "setsLibrary", null, "missing; a case file "
                            + "must say whether it set the library (true) or was held out (false)"));
                } else if (!sets) {
                    heldOut.add(file.getFileName().toString());
                } else {
                    cases.add(CalibrationCase.of(ScenarioLoader.prepare(file)));
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file.toString(), 0, 0, "observed", null, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> ErrorReport.print(err, p));
            err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found; nothing fitted");
            return Main.BAD_INPUT;
        }
        if (cases.size() < 2) {
            err.println("mandate: calibrate: " + cases.size() + " case" + (cases.size() == 1 ? "" : "s")
                    + " in '" + dir + "' set the library; a calibration needs at least 2");
            return Main.BAD_INPUT;
        }
        Map<String, Double> handSet = new LinkedHashMap<>();
        for (FittedParameter p : calibration.parameters()) {
            handSet.put(p.path(), LibraryOverlay.valueOf(p.path(), cases.get(0).library()));
        }
        Bar bar = (progress != null ? progress : System.console() != null) ? new Bar(err) : null;
        CalibrationReport report = Calibration.run(cases, calibration,
                new Calibration.Options(seed, threads, resamples, !noFolds),
                bar == null ? (f, fs, l, e, es) -> { } : bar::update);
        if (bar != null) {
            bar.finish();
        }
        Map<String, Object> tree = new LinkedHashMap<>(report.tree(handSet));
        tree.put("heldOutNotRead", heldOut);
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(tree));
        } else {
            stdout.print(report.text(handSet));
            stdout.println("Held out, not read: " + (heldOut.isEmpty() ? "none" : heldOut.size() + " case files ("
                    + String.join(", ", heldOut) + ")"));
        }
        stdout.flush();
        if (out != null) {
            try {
                Files.createDirectories(out);
                writeOverlay(out.resolve("overlay.yaml"), report, calibration, heldOut);
                RunCommand.json().writeValue(out.resolve("calibration.json").toFile(), tree);
            } catch (IOException e) {
                err.println("mandate: calibrate: cannot write to '" + out + "': " + e.getMessage());
                return Main.BAD_INPUT;
            }
            if (format != RunCommand.Format.json) {
                stdout.println("Overlay written to " + out.resolve("overlay.yaml") + " (use it with --library-overlay)"
                        + "; report in " + out.resolve("calibration.json"));
            }
        }
        return Main.OK;
    }

    private void writeOverlay(Path file, CalibrationReport report, CalibrationSpec calibration, List<String> heldOut)
            throws IOException {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("written", LocalDate.now().toString());
        provenance.put("command", "mandate calibrate " + dir + " --parameters " + parametersFile + " --seed " + seed
                + (runs != null ? " --runs " + runs : "") + (evaluations != null ? " --evaluations " + evaluations
                : ""));
        provenance.put("calibration", calibration.id());
        provenance.put("objective", calibration.objective().id());
        provenance.put("runs", calibration.runs());
        provenance.put("evaluations", calibration.evaluations());
        provenance.put("seed", seed);
        Map<String, Object> objective = new java.util.LinkedHashMap<>();
        objective.put("handSet", round(report.fit().handSet()));
        objective.put("fitted", round(report.fit().objective()));
        provenance.put("inSampleObjective", objective);
        provenance.put("cases", report.cases());
        provenance.put("heldOutNotRead", heldOut);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("overlay", calibration.id());
        root.put("values", report.fit().values());
        root.put("provenance", provenance);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        String header = "# Library overlay written by mandate calibrate: fitted values of the library parameters of "
                + "calibration " + calibration.id() + ",\n# to be laid over the library with --library-overlay. "
                + "See docs/validation.md.\n";
        Files.writeString(file, header + yaml.writeValueAsString(root));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** Progress on standard error. */
    private static final class Bar {
        private final PrintWriter err;
        private int lastFit = -1;
        private int lastShown = -1;

        Bar(PrintWriter err) {
            this.err = err;
        }

        void update(int fit, int fits, String label, int evaluation, int evaluations) {
            int width = 20;
            int filled = width * evaluation / Math.max(1, evaluations);
            if (fit == lastFit && filled == lastShown && evaluation < evaluations) {
                return;
            }
            lastFit = fit;
            lastShown = filled;
            err.printf(Locale.ROOT, "\rcalibrate: fit %d/%d [%s%s] %d/%d evaluations (%s)   ", fit, fits,
                    "#".repeat(filled), " ".repeat(width - filled), evaluation, evaluations, label);
            err.flush();
        }

        void finish() {
            err.println();
            err.flush();
        }
    }
}
