package org.mandate.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.analysis.ensemble.RowColumns;
import org.mandate.analysis.ensemble.Shard;
import org.mandate.analysis.ensemble.SummaryReport;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;

/**
 * An experiment's ensemble as a Spark job, the entry point for {@code spark-submit}.
 *
 * <p>In order: the driver loads the experiment (bad input ends the job with exit code 2 before Spark is started) and
 * splits the runs into {@code --partitions} contiguous run-index ranges, partition {@code p} holding the runs of
 * {@link Shard} {@code p + 1} of the partition count; each executor loads the same experiment file, checks that it
 * reads the experiment the driver read, and runs its range with the project's {@link EnsembleRunner} on one thread,
 * so run {@code k} draws what it draws in a local run; Spark writes the rows as the Parquet dataset {@code OUT/rows/}
 * (one part file a partition, in run order, the columns and values of a local run's Parquet rows); each partition's
 * summary comes back to the driver as counts and sums and is merged exactly into {@code OUT/summary.json}, with
 * {@code OUT/manifest.json} saying what produced the folder.
 */
public final class SparkEnsemble {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an internal error. */
    public static final int INTERNAL = 1;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    static final String USAGE = "usage: SparkEnsemble EXPERIMENT --out DIR [--runs N] [--partitions N] "
            + "[--allow-outside] [--overwrite]";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Each executor JVM's experiments, loaded once. */
    private static final Map<String, EnsembleSetup> LOADED = new ConcurrentHashMap<>();

    private SparkEnsemble() {
    }

    /**
     * The job's arguments.
     *
     * @param experiment   the experiment file, at a path every executor reads too
     * @param out          the output folder (any file system Spark writes to)
     * @param runs         runs per design point instead of the experiment's, or null
     * @param partitions   run-index ranges, or null for four per core Spark offers
     * @param allowOutside the scenario may lie outside the experiment's folder
     * @param overwrite    replace the rows and summary the folder holds
     */
    record Options(String experiment, String out, Long runs, Integer partitions, boolean allowOutside,
                   boolean overwrite) {
    }

    /**
     * What the job produced.
     *
     * @param summary    the summary of every run, merged from the partitions'
     * @param rows       rows written
     * @param partitions run-index ranges
     * @param seconds    wall time of the Spark job
     */
    record Result(EnsembleSummary summary, long rows, int partitions, double seconds) {
    }

    /** Bad input, with the message for the user. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message, null, false, false);
        }
    }

    /** Runs the job on the session {@code spark-submit} configures, and exits with its code. */
    public static void main(String[] args) {
        exit("mandate ensemble", args, SparkEnsemble::run);
    }

    /** A job: reads its arguments, then starts Spark from the session supplier, and gives its exit code. */
    interface Job {
        int run(String[] args, Supplier<SparkSession> session, PrintStream out, PrintStream err) throws Exception;
    }

    /** Runs a job on the session {@code spark-submit} configures, named {@code app}, and exits with its code. */
    static void exit(String app, String[] args, Job job) {
        int code;
        try {
            code = job.run(args, () -> SparkSession.builder().appName(app).getOrCreate(), System.out, System.err);
        } catch (Exception e) {
            // a failed Spark job arrives as Spark's checked SparkException, undeclared by its Scala methods
            System.err.println("mandate-spark: internal error: " + e);
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Reads the arguments, loads the experiment, then starts Spark from {@code session} and runs the job. */
    static int run(String[] args, Supplier<SparkSession> session, PrintStream out,
                   PrintStream err) {
        Options o;
        ExperimentSpec spec;
        try {
            o = options(args);
            spec = load(o.experiment(), o.allowOutside(), o.runs(), err);
        } catch (BadInput e) {
            err.println("mandate-spark: " + e.getMessage());
            return BAD_INPUT;
        }
        if (spec == null) {
            return BAD_INPUT;
        }
        SparkSession spark = session.get();
        int partitions = o.partitions() != null ? o.partitions()
                : (int) Math.min(spec.runs(), 4L * spark.sparkContext().defaultParallelism());
        if (partitions > spec.runs()) {
            err.println("mandate-spark: --partitions: expected at most " + spec.runs() + " (the runs), was "
                    + partitions);
            return BAD_INPUT;
        }
        try {
            Result r = run(spark, o, spec, partitions);
            writeOutputs(spark, o, spec, r, args);
            out.printf(Locale.ROOT, "%d rows (%d runs x %d design points) in %.2f s, %.0f rows/s on Spark %s with %d "
                            + "partitions; rows in %s, summary in %s%n", r.rows(), spec.runs(),
                    r.rows() / spec.runs(), r.seconds(), r.rows() / Math.max(r.seconds(), 1e-9),
                    spark.sparkContext().master(), r.partitions(), o.out() + "/rows", o.out() + "/summary.json");
            return OK;
        } catch (BadInput e) {
            err.println("mandate-spark: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("mandate-spark: cannot write to '" + o.out() + "': " + e.getMessage());
            return BAD_INPUT;
        }
    }

    static Options options(String[] args) throws BadInput {
        String experiment = null;
        String out = null;
        Long runs = null;
        Integer partitions = null;
        boolean allowOutside = false;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--runs" -> runs = number(value(args, ++i, a), a);
                case "--partitions" -> {
                    long p = number(value(args, ++i, a), a);
                    if (p > Integer.MAX_VALUE) {
                        throw new BadInput(a + ": expected a whole number from 1 to " + Integer.MAX_VALUE + ", was '"
                                + p + "'");
                    }
                    partitions = (int) p;
                }
                case "--allow-outside" -> allowOutside = true;
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (a.startsWith("--") || experiment != null) {
                        throw new BadInput("unexpected argument '" + a + "'; " + USAGE);
                    }
                    experiment = a;
                }
            }
        }
        if (experiment == null || out == null) {
            throw new BadInput((experiment == null ? "EXPERIMENT" : "--out DIR") + " is missing; " + USAGE);
        }
        return new Options(experiment, out, runs, partitions, allowOutside, overwrite);
    }

    private static String value(String[] args, int i, String option) throws BadInput {
        return value(args, i, option, USAGE);
    }

    /** The value of {@code option} at {@code args[i]}; refuses a missing one, quoting the job's {@code usage}. */
    static String value(String[] args, int i, String option, String usage) throws BadInput {
        if (i >= args.length) {
            throw new BadInput(option + ": a value is missing; " + usage);
        }
        return args[i];
    }

    /** The whole number {@code text} of {@code option}, from {@code min} to {@code max}; refuses others quoting them. */
    static int whole(String text, String option, int min, int max) throws BadInput {
        if (!text.matches("\\d{1,10}") || Long.parseLong(text) < min || Long.parseLong(text) > max) {
            throw new BadInput(option + ": expected a whole number " + (max == Integer.MAX_VALUE ? "of at least "
                    + min : "from " + min + " to " + max) + ", was '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static long number(String text, String option) throws BadInput {
        if (!text.matches("\\d{1,18}") || Long.parseLong(text) < 1) {
            throw new BadInput(option + ": expected a whole number of at least 1, was '" + text + "'");
        }
        return Long.parseLong(text);
    }

    /** Loads the experiment on the driver; prints its problems and returns null when it is bad input. */
    static ExperimentSpec load(String file, boolean allowOutside, Long runs, PrintStream err) throws BadInput {
        ExperimentSpec spec;
        try {
            spec = ExperimentLoader.load(Path.of(file), allowOutside);
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            int n = e.problems().size();
            err.println(n + " problem" + (n == 1 ? "" : "s") + " found");
            return null;
        }
        if (runs != null) {
            String tooMany = ExperimentSpec.sizeProblem(spec.sampling(), runs, spec.uncertain().size());
            if (tooMany != null) {
                throw new BadInput("--runs " + runs + ": " + tooMany);
            }
            spec = spec.withRuns(runs);
        }
        return spec;
    }

    /**
     * The executor's copy of the experiment: loaded once per JVM, and refused when it is not the one the driver
     * read (its fingerprint covers the rows' header, runs, seed, sampling, scenario, inputs and designs).
     */
    static EnsembleSetup executorSetup(String file, boolean allowOutside, long runs, String fingerprint) {
        String key = fingerprint + "|" + allowOutside + "|" + file;
        EnsembleSetup cached = LOADED.get(key);
        if (cached != null) {
            return cached;
        }
        EnsembleSetup setup;
        try {
            setup = new EnsembleSetup(ExperimentLoader.load(Path.of(file), allowOutside).withRuns(runs));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the executor cannot load the experiment '" + file + "': "
                    + e.problems().get(0));
        }
        String own = EnsembleFiles.fingerprint(setup, new EnsembleRunner(setup, 1).header());
        if (!own.equals(fingerprint)) {
            throw new IllegalStateException("the executor read another experiment at '" + file + "' than the driver "
                    + "did; give every executor the same experiment folder (docs/spark.md)");
        }
        LOADED.putIfAbsent(key, setup);
        return setup;
    }

    /** The Spark schema of the rows: the columns and types of a local run's Parquet rows. */
    static StructType schema(EnsembleSetup setup) {
        List<StructField> fields = new ArrayList<>();
        for (ParquetTable.Column c : new RowColumns(setup).columns()) {
            DataType t = switch (c.type()) {
                case TEXT -> DataTypes.StringType;
                case BOOLEAN -> DataTypes.BooleanType;
                case INT32 -> DataTypes.IntegerType;
                case INT64 -> DataTypes.LongType;
                case DOUBLE -> DataTypes.DoubleType;
            };
            fields.add(DataTypes.createStructField(c.name(), t, false));
        }
        return DataTypes.createStructType(fields);
    }

    /** Runs the job: the rows written to {@code OUT/rows/}, the partitions' summaries merged. */
    static Result run(SparkSession spark, Options o, ExperimentSpec spec, int partitions) throws BadInput,
            IOException {
        EnsembleSetup setup = new EnsembleSetup(spec);
        String fingerprint = EnsembleFiles.fingerprint(setup, new EnsembleRunner(setup, 1).header());
        org.apache.hadoop.fs.Path rowsPath = new org.apache.hadoop.fs.Path(o.out(), "rows");
        FileSystem fs = rowsPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        for (String name : List.of("rows", "summary.json", "manifest.json")) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(o.out(), name);
            if (fs.exists(p)) {
                if (!o.overwrite()) {
                    throw new BadInput("'" + o.out() + "' already holds output (" + name + "); use --overwrite to "
                            + "replace it, or choose another folder");
                }
                fs.delete(p, true);
            }
        }
        long runs = spec.runs();
        String file = o.experiment();
        boolean allowOutside = o.allowOutside();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        PartSummaries summaries = new PartSummaries();
        spark.sparkContext().register(summaries, "mandate partition summaries");
        List<Integer> indices = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            indices.add(p);
        }
        Function2<Integer, Iterator<Integer>, Iterator<Row>> range = (p, ignored) -> {
            EnsembleSetup s = executorSetup(file, allowOutside, runs, fingerprint);
            Shard shard = new Shard(p + 1, partitions);
            return new RangeRows(s, shard.from(runs), shard.to(runs),
                    done -> summaries.add(new PartSummaries.Part(p, EnsembleFiles.stateOf(done))));
        };
        JavaRDD<Row> rows = jsc.parallelize(indices, partitions).mapPartitionsWithIndex(range, true);
        long started = System.nanoTime();
        spark.createDataFrame(rows, schema(setup)).write().mode(SaveMode.ErrorIfExists).parquet(rowsPath.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, long[]> states = summaries.value();
        if (states.size() != partitions) {
            throw new IllegalStateException("expected the summaries of " + partitions + " partitions, got "
                    + states.size());
        }
        int points = setup.points().size();
        int cells = setup.compiled(0).cellCount();
        List<EnsembleSummary> parts = new ArrayList<>();
        for (long[] state : states.values()) {
            parts.add(EnsembleFiles.fromState(state, points, cells));
        }
        return new Result(EnsembleSummary.merged(parts), runs * points, partitions, seconds);
    }

    /** Writes {@code summary.json} and {@code manifest.json} beside the rows. */
    static void writeOutputs(SparkSession spark, Options o, ExperimentSpec spec, Result r, String[] args)
            throws IOException {
        EnsembleSetup setup = new EnsembleSetup(spec);
        Map<String, Object> summary = SummaryReport.of(spec, setup).json(r.summary(), o.out() + "/rows", r.rows(),
                r.seconds());
        write(spark, o.out(), "summary.json", JSON.writeValueAsBytes(summary));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "complete");
        m.put("command", "spark");
        m.put("arguments", List.of(args));
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("file", o.experiment());
        in.put("sha256", sha256(Path.of(o.experiment())));
        m.put("inputs", List.of(in));
        m.put("seed", spec.seed());
        m.put("partitions", r.partitions());
        m.put("files", List.of("rows", "summary.json"));
        write(spark, o.out(), "manifest.json", JSON.writeValueAsBytes(m));
    }

    /** Writes {@code bytes} as the file {@code name} of the folder {@code dir}, on any file system Spark writes to. */
    static void write(SparkSession spark, String dir, String name, byte[] bytes) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir, name);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.setWriteChecksum(false);
        try (OutputStream out = fs.create(p, true)) {
            out.write(bytes);
        }
    }

    /** The SHA-256 of a file's bytes, in hexadecimal. */
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
