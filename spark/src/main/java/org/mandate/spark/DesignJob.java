package org.mandate.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function0;
import org.apache.spark.sql.SparkSession;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.ensemble.Shard;
import org.mandate.analysis.sampling.Design;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import org.mandate.core.scenario.HistoryExperimentLoader;

/**
 * What the Spark jobs of the analyses share: the experiment's model evaluated on a design's rows split into contiguous
 * row ranges, one a partition, each executor building its own model and design and evaluating its range on one
 * thread, the levels collected on the driver in row order; and the output folder with its result and manifest.
 */
final class DesignJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Each executor JVM's designs, built once per job (a Latin hypercube keeps its permutations). */
    private static final Map<String, Design> DESIGNS = new ConcurrentHashMap<>();
    /** Designs an executor keeps at most: those of the jobs it serves at once. */
    private static final int KEPT_DESIGNS = 4;

    private final SparkSession spark;
    private final String file;
    private final boolean allowOutside;
    private final String fingerprint;

    /**
     * The job's model.
     *
     * @param spark        the session
     * @param file         the experiment file, at a path every executor reads
     * @param allowOutside the scenario may lie outside the experiment's folder
     * @param setup        the driver's setup of the experiment with one run
     */
    DesignJob(SparkSession spark, String file, boolean allowOutside, EnsembleSetup setup) {
        this.spark = spark;
        this.file = file;
        this.allowOutside = allowOutside;
        this.fingerprint = EnsembleFiles.fingerprint(setup, new EnsembleRunner(setup, 1).header());
    }

    /** Refuses an experiment on a history: its model is not run on Spark yet. */
    static void refuseHistory(String file) throws SparkEnsemble.BadInput {
        if (HistoryExperimentLoader.isHistoryExperiment(Path.of(file))) {
            throw new SparkEnsemble.BadInput("'" + file + "' is an experiment on a history; those are not run on "
                    + "Spark yet (use the mandate command)");
        }
    }

    /** The outcomes given, or the experiment's when none; refuses a bad one quoting it. */
    static List<OutcomeSelector> outcomes(List<String> given, ExperimentSpec spec, EnsembleSetup setup)
            throws SparkEnsemble.BadInput {
        List<String> texts = given.isEmpty() ? spec.outcomes() : given;
        if (texts.isEmpty()) {
            throw new SparkEnsemble.BadInput("--outcome: none given and the experiment lists no outcomes; expected "
                    + "for example --outcome 'june-2010.CSTO.implemented>=4'");
        }
        List<OutcomeSelector> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(OutcomeSelector.parse(t, setup.compiled(0)));
            } catch (IllegalArgumentException e) {
                throw new SparkEnsemble.BadInput("--outcome: " + e.getMessage());
            }
        }
        return out;
    }

    /** The partitions: those given, at most {@code rows} (the fewest rows of a design), or four per core offered. */
    static int partitions(SparkSession spark, Integer given, int rows, String design) throws SparkEnsemble.BadInput {
        if (given == null) {
            return (int) Math.min(rows, 4L * spark.sparkContext().defaultParallelism());
        }
        if (given > rows) {
            throw new SparkEnsemble.BadInput("--partitions: expected at most " + rows + " (the rows of the " + design
                    + "), was " + given);
        }
        return given;
    }

    /** Empties the output folder of {@code names}, or refuses when it holds them and {@code overwrite} is off. */
    static void prepare(SparkSession spark, String out, boolean overwrite, List<String> names)
            throws SparkEnsemble.BadInput, IOException {
        for (String name : names) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out, name);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(p)) {
                if (!overwrite) {
                    throw new SparkEnsemble.BadInput("'" + out + "' already holds output (" + name + "); use "
                            + "--overwrite to replace it, or choose another folder");
                }
                fs.delete(p, true);
            }
        }
    }

    /**
     * Evaluates the model on every row of a design with Spark: {@code result[row]} holds the row's levels, as
     * {@link ExperimentModel#evaluate} gives them.
     *
     * @param key        names the design among those of the job (its kind, sizes and seed)
     * @param design     builds the design, on the driver and on each executor
     * @param partitions contiguous row ranges, one a partition, at most the design's rows
     */
    byte[][] evaluate(String key, Function0<Design> design, int partitions) throws Exception {
        int rows = design.call().rows();
        String experiment = file;
        boolean outside = allowOutside;
        String print = fingerprint;
        String designKey = fingerprint + "|" + key;
        List<Integer> indices = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            indices.add(p);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<byte[][]> parts = jsc.parallelize(indices, partitions).mapPartitionsWithIndex((p, ignored) -> {
            EnsembleSetup setup = SparkEnsemble.executorSetup(experiment, outside, 1, print);
            Shard shard = new Shard(p + 1, partitions);
            Design whole = executorDesign(designKey, design);
            Design range = new DesignRange(whole, (int) shard.from(rows), (int) shard.to(rows));
            return Collections.singletonList(new ExperimentModel(setup).evaluate(range, 1)).iterator();
        }, true).collect();
        byte[][] levels = new byte[rows][];
        int next = 0;
        for (byte[][] part : parts) {
            System.arraycopy(part, 0, levels, next, part.length);
            next += part.length;
        }
        if (next != rows) {
            throw new IllegalStateException("expected the levels of " + rows + " rows, got " + next);
        }
        return levels;
    }

    private static Design executorDesign(String key, Function0<Design> design) throws Exception {
        Design kept = DESIGNS.get(key);
        if (kept != null) {
            return kept;
        }
        Design built = design.call();
        if (DESIGNS.size() >= KEPT_DESIGNS) {
            DESIGNS.clear();
        }
        DESIGNS.putIfAbsent(key, built);
        return built;
    }

    /**
     * Writes the result {@code name} (as the local command writes it) and {@code manifest.json} into the folder.
     *
     * @param command    the manifest's command
     * @param partitions the partitions each design was split into
     */
    static void write(SparkSession spark, String out, String name, Map<String, Object> result, String command,
                      String[] args, String file, long seed, int partitions) throws IOException {
        SparkEnsemble.write(spark, out, name, JSON.writeValueAsBytes(result));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "complete");
        m.put("command", command);
        m.put("arguments", List.of(args));
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("file", file);
        in.put("sha256", SparkEnsemble.sha256(Path.of(file)));
        m.put("inputs", List.of(in));
        m.put("seed", seed);
        m.put("partitions", partitions);
        m.put("files", List.of(name));
        SparkEnsemble.write(spark, out, "manifest.json", JSON.writeValueAsBytes(m));
    }

    /** Prints the problem of bad input and gives the exit code. */
    static int bad(PrintStream err, String message) {
        err.println("mandate-spark: " + message);
        return SparkEnsemble.BAD_INPUT;
    }
}
