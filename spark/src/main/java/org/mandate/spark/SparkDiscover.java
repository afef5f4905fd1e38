package org.mandate.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.mandate.analysis.ensemble.ExperimentDiscovery;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;

/**
 * An experiment's scenario discovery as a Spark job, the entry point for {@code spark-submit --class
 * org.mandate.spark.SparkDiscover}: the model runs of {@code mandate discover} spread over the cluster, PRIM on the
 * driver.
 *
 * <p>In order: the driver loads the experiment, parses the outcome and options (bad input ends the job with exit code
 * 2 before Spark is started) and builds the {@link ExperimentDiscovery} they fix; the Latin hypercube's rows are split
 * into {@code --partitions} contiguous row ranges, each evaluated on an executor by its own copy of the experiment's
 * model (checked to be the one the driver read); the levels come back to the driver in row order and the driver runs
 * PRIM exactly as the local command does, writing {@code OUT/discovery.json} (the file {@code mandate discover --out}
 * writes for the same arguments) and {@code OUT/manifest.json}.
 */
public final class SparkDiscover {
    static final String USAGE = "usage: SparkDiscover EXPERIMENT --out DIR [--outcome EXPR] [--runs N] "
            + "[--density D] [--partitions N] [--allow-outside] [--overwrite]";
    /** The manifest's command. */
    static final String COMMAND = "spark-discover";
    private static final double DEFAULT_DENSITY = 0.8;

    private SparkDiscover() {
    }

    /**
     * The job's arguments.
     *
     * @param experiment   the experiment file, at a path every executor reads too
     * @param out          the output folder (any file system Spark writes to)
     * @param outcome      the outcome, or null for the experiment's first
     * @param runs         model runs, or null for the experiment's runs up to 20000
     * @param density      the least density of the reported box
     * @param partitions   row ranges, or null for four per core Spark offers
     * @param allowOutside the scenario may lie outside the experiment's folder
     * @param overwrite    replace the result and manifest the folder holds
     */
    record Options(String experiment, String out, String outcome, Integer runs, double density, Integer partitions,
                   boolean allowOutside, boolean overwrite) {
    }

    /** Runs the job on the session {@code spark-submit} configures, and exits with its code. */
    public static void main(String[] args) {
        SparkEnsemble.exit("mandate discover", args, SparkDiscover::run);
    }

    /** Reads the arguments, loads the experiment, then starts Spark from {@code session} and runs the job. */
    static int run(String[] args, Supplier<SparkSession> session, PrintStream out, PrintStream err)
            throws Exception {
        Options o;
        ExperimentSpec spec;
        EnsembleSetup setup;
        ExperimentDiscovery discovery;
        OutcomeSelector outcome;
        try {
            o = options(args);
            DesignJob.refuseHistory(o.experiment());
            spec = SparkEnsemble.load(o.experiment(), o.allowOutside(), null, err);
            if (spec == null) {
                return SparkEnsemble.BAD_INPUT;
            }
            setup = new EnsembleSetup(spec.withRuns(1));
            outcome = DesignJob.outcomes(o.outcome() == null ? List.of() : List.of(o.outcome()), spec, setup).get(0);
            ExperimentModel model = new ExperimentModel(setup);
            discovery = new ExperimentDiscovery(spec.id(), model.columns(), model::values, spec.seed(), outcome,
                    ExperimentDiscovery.runs(o.runs(), spec.runs()), o.density());
        } catch (SparkEnsemble.BadInput e) {
            return DesignJob.bad(err, e.getMessage());
        }
        SparkSession spark = session.get();
        try {
            int runs = discovery.design().rows();
            int partitions = DesignJob.partitions(spark, o.partitions(), runs, "Latin hypercube");
            DesignJob.prepare(spark, o.out(), o.overwrite(), List.of(ExperimentDiscovery.RESULT, "manifest.json"));
            long started = System.nanoTime();
            int dimension = discovery.design().columns();
            long seed = spec.seed();
            byte[][] levels = new DesignJob(spark, o.experiment(), o.allowOutside(), setup).evaluate(
                    "latin-hypercube/" + runs + "/" + dimension + "/" + seed,
                    () -> ExperimentDiscovery.design(runs, dimension, seed), partitions);
            double seconds = (System.nanoTime() - started) / 1e9;
            ExperimentDiscovery.Result found = discovery.analyse(levels);
            DesignJob.write(spark, o.out(), ExperimentDiscovery.RESULT, found.json(), COMMAND, args, o.experiment(),
                    seed, partitions);
            out.printf(Locale.ROOT, "outcome %s: %d of %d runs (%.1f%%), run in %.2f s on Spark %s with %d "
                            + "partitions; %s; result in %s%n", outcome, found.hits(), runs,
                    100.0 * found.hits() / runs, seconds, spark.sparkContext().master(), partitions,
                    found.note() != null ? found.note() + ", no box" : "box " + found.box().describe(),
                    o.out() + "/" + ExperimentDiscovery.RESULT);
            return SparkEnsemble.OK;
        } catch (SparkEnsemble.BadInput e) {
            return DesignJob.bad(err, e.getMessage());
        } catch (IOException e) {
            return DesignJob.bad(err, "cannot write to '" + o.out() + "': " + e.getMessage());
        }
    }

    static Options options(String[] args) throws SparkEnsemble.BadInput {
        String experiment = null;
        String out = null;
        String outcome = null;
        Integer runs = null;
        double density = DEFAULT_DENSITY;
        Integer partitions = null;
        boolean allowOutside = false;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = SparkEnsemble.value(args, ++i, a, USAGE);
                case "--outcome" -> {
                    String given = SparkEnsemble.value(args, ++i, a, USAGE);
                    if (outcome != null) {
                        throw new SparkEnsemble.BadInput(a + ": expected one outcome, was given a second, '" + given
                                + "'");
                    }
                    outcome = given;
                }
                case "--runs" -> runs = SparkEnsemble.whole(SparkEnsemble.value(args, ++i, a, USAGE), a,
                        ExperimentDiscovery.MIN_RUNS, ExperimentDiscovery.MAX_RUNS);
                case "--density" -> density = density(SparkEnsemble.value(args, ++i, a, USAGE), a);
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
        return new Options(experiment, out, outcome, runs, density, partitions, allowOutside, overwrite);
    }

    private static double density(String text, String option) throws SparkEnsemble.BadInput {
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d > 0 && d <= 1)) {
            throw new SparkEnsemble.BadInput(option + ": expected a number in (0, 1], was '" + text + "'");
        }
        return d;
    }
}
