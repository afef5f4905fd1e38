package org.mandate.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.ensemble.ExperimentSensitivity;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;

/**
 * An experiment's sensitivity analysis as a Spark job, the entry point for {@code spark-submit --class
 * org.mandate.spark.SparkSensitivity}: the model runs of {@code mandate sensitivity} spread over the cluster, the
 * analysis on the driver.
 *
 * <p>In order: the driver loads the experiment, parses the outcomes and options (bad input ends the job with exit
 * code 2 before Spark is started) and builds the {@link ExperimentSensitivity} they fix; the Saltelli design's rows,
 * then the Morris design's, are split into {@code --partitions} contiguous row ranges, each evaluated on an executor
 * by its own copy of the experiment's model (checked to be the one the driver read); the levels come back to the
 * driver in row order and the driver computes the indices exactly as the local command does, writing {@code
 * OUT/sensitivity.json} (the file {@code mandate sensitivity --out} writes for the same arguments) and {@code
 * OUT/manifest.json}.
 */
public final class SparkSensitivity {
    static final String USAGE = "usage: SparkSensitivity EXPERIMENT --out DIR [--outcome EXPR]... "
            + "[--method sobol|morris|both] [--samples N] [--trajectories N] [--bootstrap N] [--partitions N] "
            + "[--allow-outside] [--overwrite]";
    /** The manifest's command. */
    static final String COMMAND = "spark-sensitivity";

    private SparkSensitivity() {
    }

    /**
     * The job's arguments.
     *
     * @param experiment   the experiment file, at a path every executor reads too
     * @param out          the output folder (any file system Spark writes to)
     * @param outcomes     the outcomes, or empty for the experiment's
     * @param method       sobol, morris or both
     * @param samples      Saltelli base samples
     * @param trajectories Morris trajectories
     * @param bootstrap    bootstrap resamples
     * @param partitions   row ranges of each design, or null for four per core Spark offers
     * @param allowOutside the scenario may lie outside the experiment's folder
     * @param overwrite    replace the result and manifest the folder holds
     */
    record Options(String experiment, String out, List<String> outcomes, String method, int samples,
                   int trajectories, int bootstrap, Integer partitions, boolean allowOutside, boolean overwrite) {
    }

    /** Runs the job on the session {@code spark-submit} configures, and exits with its code. */
    public static void main(String[] args) {
        SparkEnsemble.exit("mandate sensitivity", args, SparkSensitivity::run);
    }

    /** Reads the arguments, loads the experiment, then starts Spark from {@code session} and runs the job. */
    static int run(String[] args, Supplier<SparkSession> session, PrintStream out, PrintStream err)
            throws Exception {
        Options o;
        ExperimentSpec spec;
        ExperimentSensitivity analysis;
        List<OutcomeSelector> selectors;
        EnsembleSetup setup;
        try {
            o = options(args);
            DesignJob.refuseHistory(o.experiment());
            spec = SparkEnsemble.load(o.experiment(), o.allowOutside(), null, err);
            if (spec == null) {
                return SparkEnsemble.BAD_INPUT;
            }
            setup = new EnsembleSetup(spec.withRuns(1));
            selectors = DesignJob.outcomes(o.outcomes(), spec, setup);
            analysis = analysis(o, spec, new ExperimentModel(setup));
        } catch (SparkEnsemble.BadInput e) {
            return DesignJob.bad(err, e.getMessage());
        }
        SparkSession spark = session.get();
        try {
            int rows = analysis.saltelli() != null ? analysis.saltelli().rows() : Integer.MAX_VALUE;
            String smallest = "Saltelli design";
            if (analysis.morris() != null && analysis.morris().rows() < rows) {
                rows = analysis.morris().rows();
                smallest = "Morris design";
            }
            int partitions = DesignJob.partitions(spark, o.partitions(), rows, smallest);
            DesignJob.prepare(spark, o.out(), o.overwrite(), List.of(ExperimentSensitivity.RESULT, "manifest.json"));
            long started = System.nanoTime();
            DesignJob job = new DesignJob(spark, o.experiment(), o.allowOutside(), setup);
            int dimension = analysis.names().size();
            long seed = spec.seed();
            byte[][] sobolRuns = null;
            if (analysis.saltelli() != null) {
                int samples = o.samples();
                sobolRuns = job.evaluate("saltelli/" + dimension + "/" + samples + "/" + seed,
                        () -> ExperimentSensitivity.saltelliDesign(dimension, samples, seed), partitions);
            }
            byte[][] morrisRuns = null;
            if (analysis.morris() != null) {
                int trajectories = o.trajectories();
                morrisRuns = job.evaluate("morris/" + dimension + "/" + trajectories + "/" + seed,
                        () -> ExperimentSensitivity.morrisDesign(dimension, trajectories, seed), partitions);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<ExperimentSensitivity.Outcome> results = new ArrayList<>();
            for (OutcomeSelector s : selectors) {
                results.add(analysis.outcome(s, sobolRuns, morrisRuns));
            }
            DesignJob.write(spark, o.out(), ExperimentSensitivity.RESULT, analysis.json(results), COMMAND, args,
                    o.experiment(), seed, partitions);
            long evaluated = (sobolRuns == null ? 0 : sobolRuns.length) + (morrisRuns == null ? 0 : morrisRuns.length);
            out.printf(Locale.ROOT, "sensitivity of %d outcome%s to %d inputs: %d model runs in %.2f s on Spark %s "
                            + "with %d partitions a design; result in %s%n", selectors.size(),
                    selectors.size() == 1 ? "" : "s", dimension, evaluated, seconds, spark.sparkContext().master(),
                    partitions, o.out() + "/" + ExperimentSensitivity.RESULT);
            return SparkEnsemble.OK;
        } catch (SparkEnsemble.BadInput e) {
            return DesignJob.bad(err, e.getMessage());
        } catch (IOException e) {
            return DesignJob.bad(err, "cannot write to '" + o.out() + "': " + e.getMessage());
        }
    }

    /** The analysis the options fix for the experiment's model; refuses a model with too few or too many inputs. */
    static ExperimentSensitivity analysis(Options o, ExperimentSpec spec, ExperimentModel model)
            throws SparkEnsemble.BadInput {
        if (model.dimension() < 2 || model.dimension() > ExperimentSensitivity.MAX_DIMENSION) {
            throw new SparkEnsemble.BadInput("sensitivity needs 2 to " + ExperimentSensitivity.MAX_DIMENSION
                    + " uncertain inputs and design factors together; " + o.experiment() + " has "
                    + model.dimension());
        }
        return new ExperimentSensitivity(spec.id(), model.names(), spec.seed(), o.method(), o.samples(),
                o.trajectories(), o.bootstrap());
    }

    static Options options(String[] args) throws SparkEnsemble.BadInput {
        String experiment = null;
        String out = null;
        List<String> outcomes = new ArrayList<>();
        String method = "both";
        int samples = 2048;
        int trajectories = 100;
        int bootstrap = 200;
        Integer partitions = null;
        boolean allowOutside = false;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = SparkEnsemble.value(args, ++i, a, USAGE);
                case "--outcome" -> outcomes.add(SparkEnsemble.value(args, ++i, a, USAGE));
                case "--method" -> {
                    method = SparkEnsemble.value(args, ++i, a, USAGE);
                    if (!ExperimentSensitivity.METHODS.contains(method)) {
                        throw new SparkEnsemble.BadInput(a + ": expected sobol, morris or both, was '" + method + "'");
                    }
                }
                case "--samples" -> samples = SparkEnsemble.whole(SparkEnsemble.value(args, ++i, a, USAGE), a, 2,
                        ExperimentSensitivity.MAX_SAMPLES);
                case "--trajectories" -> trajectories = SparkEnsemble.whole(SparkEnsemble.value(args, ++i, a, USAGE),
                        a, 2, ExperimentSensitivity.MAX_SAMPLES);
                case "--bootstrap" -> bootstrap = SparkEnsemble.whole(SparkEnsemble.value(args, ++i, a, USAGE), a,
                        ExperimentSensitivity.MIN_BOOTSTRAP, Integer.MAX_VALUE);
                case "--partitions" -> partitions = SparkEnsemble.whole(SparkEnsemble.value(args, ++i, a, USAGE), a,
                        1, Integer.MAX_VALUE);
                case "--allow-outside" -> allowOutside = true;
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (a.startsWith("--") || experiment != null) {
                        throw new SparkEnsemble.BadInput("unexpected argument '" + a + "'; " + USAGE);
                    }
                    experiment = a;
                }
            }
        }
        if (experiment == null || out == null) {
            throw new SparkEnsemble.BadInput((experiment == null ? "EXPERIMENT" : "--out DIR") + " is missing; "
                    + USAGE);
        }
        return new Options(experiment, out, List.copyOf(outcomes), method, samples, trajectories, bootstrap,
                partitions, allowOutside, overwrite);
    }
}
