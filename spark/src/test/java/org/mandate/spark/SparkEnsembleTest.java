package org.mandate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.analysis.ensemble.RowColumns;
import org.mandate.analysis.ensemble.RowSink;
import org.mandate.core.scenario.ExperimentLoader;

/**
 * The Spark job in local mode on two cores: at two partitionings, the rows Spark writes are the local runner's rows
 * for the same seed, value for value and type for type, and the summary merged from the partitions is the local
 * runner's summary.
 */
class SparkEnsembleTest {
    private static final String EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml").toString();
    private static final long RUNS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        // local mode on this machine's loopback only, no web UI, nothing written outside the build folder
        spark = SparkSession.builder().master("local[2]").appName("mandate test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", Path.of("target", "spark-warehouse").toAbsolutePath().toString())
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The local runner's rows, as the values of a row each, and its summary. */
    private record Local(List<List<Object>> rows, EnsembleSummary summary) {
    }

    private static Local local() throws Exception {
        EnsembleSetup setup = new EnsembleSetup(ExperimentLoader.load(Path.of(EXPERIMENT)).withRuns(RUNS));
        RowColumns layout = new RowColumns(setup);
        List<List<Object>> rows = new ArrayList<>();
        RowColumns.Writer w = layout.values(values -> rows.add(List.of(values)));
        EnsembleSummary summary = new EnsembleSummary(setup.points().size(), setup.compiled(0).cellCount());
        new EnsembleRunner(setup, 2).run(0, summary, new RowSink() {
            @Override
            public void write(byte[] r, long nextRun, EnsembleSummary soFar) {
                throw new AssertionError("the rows are not formatted");
            }

            @Override
            public void write(byte[] r, long from, double[] values, byte[] levels, long nextRun,
                              EnsembleSummary soFar) throws java.io.IOException {
                layout.write(levels, from, values, nextRun, w);
            }

            @Override
            public boolean needsText() {
                return false;
            }
        }, null);
        return new Local(rows, summary);
    }

    /** The rows of a Parquet dataset read by Spark, in run and design-point order. */
    private static List<List<Object>> sparkRows(Path rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : spark.read().parquet(rows.toString()).collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                values.add(r.get(i));
            }
            out.add(values);
        }
        int run = 3 + 4;
        out.sort(Comparator.<List<Object>>comparingLong(v -> (Long) v.get(run))
                .thenComparingInt(v -> Integer.parseInt(((String) v.get(2)).substring(1))));
        return out;
    }

    private static ObjectNode withoutSession(Path summary) throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(summary.toFile());
        s.remove(List.of("rowsFile", "rowsThisSession", "seconds"));
        return s;
    }

    @Test
    void atTwoPartitionings_sparkWritesTheLocalRunnersRows_andMergesItsSummaryExactly(@TempDir Path dir)
            throws Exception {
        Local local = local();
        assertThat(local.rows()).hasSize((int) RUNS * 16);
        for (int partitions : new int[] {3, 7}) {
            Path out = dir.resolve("p" + partitions);
            SparkEnsemble.Options o = new SparkEnsemble.Options(EXPERIMENT, out.toString(), RUNS, partitions, false,
                    false);
            SparkEnsemble.Result r = SparkEnsemble.run(spark, o,
                    ExperimentLoader.load(Path.of(EXPERIMENT)).withRuns(RUNS), partitions);
            assertThat(r.rows()).isEqualTo(RUNS * 16);
            assertThat(EnsembleFiles.stateOf(r.summary())).as("%d partitions", partitions)
                    .isEqualTo(EnsembleFiles.stateOf(local.summary()));
            try (Stream<Path> parts = Files.list(out.resolve("rows"))) {
                assertThat(parts.filter(p -> p.getFileName().toString().endsWith(".parquet"))).hasSize(partitions);
            }
            List<List<Object>> rows = sparkRows(out.resolve("rows"));
            assertThat(rows).as("%d partitions", partitions).hasSameSizeAs(local.rows());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i)).as("row %d at %d partitions", i, partitions).isEqualTo(local.rows().get(i));
            }
        }
    }

    @Test
    void theMainEntry_writesTheSummaryAndManifest_andRefusesBadInputWithExitTwo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("job");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = SparkEnsemble.run(new String[] {EXPERIMENT, "--out", out.toString(), "--runs", "40",
            "--partitions", "2"}, () -> spark, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(o.toString(StandardCharsets.UTF_8)).startsWith("640 rows (40 runs x 16 design points) in ");
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("runs").asLong()).isEqualTo(40);
        assertThat(JSON.readTree(out.resolve("manifest.json").toFile()).get("partitions").asInt()).isEqualTo(2);
        assertThat(com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("../docs/manifest.schema.json").toFile()))
                .validate(JSON.readTree(out.resolve("manifest.json").toFile()))).isEmpty();

        Path whole = dir.resolve("whole");
        Path cli = Files.createDirectories(dir.resolve("local"));
        EnsembleSetup setup = new EnsembleSetup(ExperimentLoader.load(Path.of(EXPERIMENT)).withRuns(40));
        EnsembleSummary s = new EnsembleSummary(16, 6);
        new EnsembleRunner(setup, 1).run(0, s, RowSink.none(), null);
        Files.write(cli.resolve("summary.json"), JSON.writeValueAsBytes(org.mandate.analysis.ensemble.SummaryReport
                .of(setup.spec(), setup).json(s, whole.toString(), 0, 0)));
        assertThat(withoutSession(out.resolve("summary.json"))).isEqualTo(withoutSession(cli.resolve("summary.json")));

        assertThat(exit(e, EXPERIMENT, "--out", out.toString(), "--partitions", "0")).isEqualTo(2);
        assertThat(e.toString(StandardCharsets.UTF_8)).isEqualTo("mandate-spark: --partitions: expected a whole "
                + "number of at least 1, was '0'\n");
        assertThat(exit(e, EXPERIMENT, "--out", out.toString(), "--runs", "40", "--partitions", "41")).isEqualTo(2);
        assertThat(e.toString(StandardCharsets.UTF_8)).isEqualTo("mandate-spark: --partitions: expected at most 40 "
                + "(the runs), was 41\n");
        assertThat(exit(e, EXPERIMENT, "--out", out.toString(), "--runs", "40")).isEqualTo(2);
        assertThat(e.toString(StandardCharsets.UTF_8)).isEqualTo("mandate-spark: '" + out + "' already holds output "
                + "(rows); use --overwrite to replace it, or choose another folder\n");
        assertThat(exit(e, "nothing.yaml", "--out", out.toString())).isEqualTo(2);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains("nothing.yaml").endsWith("1 problem found\n");
    }

    @Test
    void anExecutorThatReadsAnotherExperimentThanTheDriver_refusesToRunItsRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkEnsemble.executorSetup(EXPERIMENT, false, RUNS,
                "0".repeat(64))).isInstanceOf(IllegalStateException.class).hasMessage("the executor read another "
                + "experiment at '" + EXPERIMENT + "' than the driver did; give every executor the same experiment "
                + "folder (docs/spark.md)");
    }

    private static int exit(ByteArrayOutputStream err, String... args) {
        err.reset();
        return SparkEnsemble.run(args, () -> spark, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
