package org.mandate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.analysis.ensemble.ExperimentDiscovery;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.ensemble.ExperimentSensitivity;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.OutcomeSelector;
import org.mandate.core.scenario.ExperimentLoader;

/**
 * The sensitivity and discovery jobs in Spark local mode on two cores: at three partitionings each, the file the job
 * writes is byte for byte the one the local command writes for the same arguments (computed here as the command
 * computes it, through the same analysis classes on one thread), and bad input ends the job with exit code 2.
 */
class SparkAnalysesTest {
    private static final String EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml").toString();
    private static final String SOBOL_OUTCOME = "june-2010.OSCE.implemented>=3";
    private static final String DISCOVER_OUTCOME = "april-2010.SCO.decided>=1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static SparkSession spark;

    @BeforeAll
    static void start() {
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

    /** What {@code mandate sensitivity --threads 1 --out} writes for the two outcomes and sizes of these tests. */
    private static String localSensitivity(String method, int samples, int trajectories, int bootstrap)
            throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(Path.of(EXPERIMENT));
        EnsembleSetup setup = new EnsembleSetup(spec.withRuns(1));
        ExperimentModel model = new ExperimentModel(setup);
        ExperimentSensitivity analysis = new ExperimentSensitivity(spec.id(), model.names(), spec.seed(), method,
                samples, trajectories, bootstrap);
        byte[][] sobol = analysis.saltelli() == null ? null : model.evaluate(analysis.saltelli(), 1);
        byte[][] morris = analysis.morris() == null ? null : model.evaluate(analysis.morris(), 1);
        List<ExperimentSensitivity.Outcome> results = new ArrayList<>();
        for (String o : List.of(SOBOL_OUTCOME, DISCOVER_OUTCOME)) {
            results.add(analysis.outcome(OutcomeSelector.parse(o, setup.compiled(0)), sobol, morris));
        }
        return JSON.writeValueAsString(analysis.json(results));
    }

    /** What {@code mandate discover --threads 1 --out} writes for the outcome and sizes of these tests. */
    private static String localDiscovery(int runs, double density) throws Exception {
        ExperimentSpec spec = ExperimentLoader.load(Path.of(EXPERIMENT));
        EnsembleSetup setup = new EnsembleSetup(spec.withRuns(1));
        ExperimentModel model = new ExperimentModel(setup);
        ExperimentDiscovery discovery = new ExperimentDiscovery(spec.id(), model.columns(), model::values,
                spec.seed(), OutcomeSelector.parse(DISCOVER_OUTCOME, setup.compiled(0)), runs, density);
        return JSON.writeValueAsString(discovery.analyse(model.evaluate(discovery.design(), 1)).json());
    }

    @Test
    void sensitivityOnSpark_atThreePartitionings_writesTheLocalCommandsFile(@TempDir Path dir) throws Exception {
        String local = localSensitivity("both", 24, 6, 20);
        assertThat(JSON.readTree(local).get("outcomes").get(0).get("sobol").isArray()).isTrue();
        for (int partitions : new int[] {1, 3, 7}) {
            Path out = dir.resolve("p" + partitions);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = SparkSensitivity.run(new String[] {EXPERIMENT, "--out", out.toString(), "--outcome",
                SOBOL_OUTCOME, "--outcome", DISCOVER_OUTCOME, "--samples", "24", "--trajectories", "6",
                "--bootstrap", "20", "--partitions", String.valueOf(partitions)}, () -> spark, print(o), print(e));
            assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(Files.readString(out.resolve("sensitivity.json"))).as("%d partitions", partitions)
                    .isEqualTo(local);
            assertThat(o.toString(StandardCharsets.UTF_8)).startsWith("sensitivity of 2 outcomes to 13 inputs: "
                    + (24 * (13 + 2) + 6 * (13 + 1)) + " model runs in ");
            JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
            assertThat(manifest.get("command").asText()).isEqualTo("spark-sensitivity");
            assertThat(manifest.get("partitions").asInt()).isEqualTo(partitions);
            assertValid(manifest);
        }
    }

    @Test
    void discoveryOnSpark_atThreePartitionings_writesTheLocalCommandsFile(@TempDir Path dir) throws Exception {
        String local = localDiscovery(400, 0.7);
        assertThat(JSON.readTree(local).has("box")).isTrue();
        for (int partitions : new int[] {1, 3, 7}) {
            Path out = dir.resolve("p" + partitions);
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = SparkDiscover.run(new String[] {EXPERIMENT, "--out", out.toString(), "--outcome",
                DISCOVER_OUTCOME, "--runs", "400", "--density", "0.7", "--partitions", String.valueOf(partitions)},
                    () -> spark, print(new ByteArrayOutputStream()), print(e));
            assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(Files.readString(out.resolve("discovery.json"))).as("%d partitions", partitions)
                    .isEqualTo(local);
            JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
            assertThat(manifest.get("command").asText()).isEqualTo("spark-discover");
            assertValid(manifest);
        }
    }

    @Test
    void morrisOnlySensitivity_onSpark_writesTheLocalCommandsFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("morris");
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = SparkSensitivity.run(new String[] {EXPERIMENT, "--out", out.toString(), "--outcome",
            SOBOL_OUTCOME, "--outcome", DISCOVER_OUTCOME, "--method", "morris", "--trajectories", "5",
            "--bootstrap", "10", "--partitions", "4"}, () -> spark, print(new ByteArrayOutputStream()), print(e));
        assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out.resolve("sensitivity.json"))).isEqualTo(localSensitivity("morris", 2048, 5,
                10));
    }

    @Test
    void badInput_endsTheJobsWithExitTwo_andSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        String out = dir.resolve("job").toString();
        assertThat(sensitivity("--out", out, "--method", "fast")).isEqualTo("--method: expected sobol, morris or "
                + "both, was 'fast'");
        assertThat(sensitivity("--out", out, "--samples", "1")).isEqualTo("--samples: expected a whole number from 2 "
                + "to 1048576, was '1'");
        assertThat(sensitivity("--out", out, "--bootstrap", "9")).isEqualTo("--bootstrap: expected a whole number of "
                + "at least 10, was '9'");
        assertThat(sensitivity("--out", out, "--outcome", "june-2010.OSCE.implemented>=9")).startsWith("--outcome: "
                + "'june-2010.OSCE.implemented>=9' is not an outcome; ");
        assertThat(sensitivity("--out", out, "--samples", "2", "--method", "sobol", "--partitions", "31"))
                .isEqualTo("--partitions: expected at most 30 (the rows of the Saltelli design), was 31");
        assertThat(sensitivity("--out", out, "--threads", "2")).isEqualTo("unexpected argument '--threads'; "
                + SparkSensitivity.USAGE);
        assertThat(discover("--out", out, "--density", "1.5")).isEqualTo("--density: expected a number in (0, 1], "
                + "was '1.5'");
        assertThat(discover("--out", out, "--runs", "9")).isEqualTo("--runs: expected a whole number from 10 to "
                + "1000000, was '9'");
        assertThat(discover("--out", out, "--outcome", DISCOVER_OUTCOME, "--outcome", SOBOL_OUTCOME))
                .isEqualTo("--outcome: expected one outcome, was given a second, '" + SOBOL_OUTCOME + "'");
        assertThat(discover("--runs", "10")).isEqualTo("--out DIR is missing; " + SparkDiscover.USAGE);

        assertThat(discover("--out", out, "--runs", "10", "--partitions", "2")).isEmpty();
        assertThat(discover("--out", out, "--runs", "10")).isEqualTo("'" + out + "' already holds output "
                + "(discovery.json); use --overwrite to replace it, or choose another folder");
        assertThat(discover("--out", out, "--runs", "10", "--overwrite")).isEmpty();
    }

    private static String sensitivity(String... args) throws Exception {
        return exit(true, args);
    }

    private static String discover(String... args) throws Exception {
        return exit(false, args);
    }

    /** The job's message without its prefix and line end; empty when it succeeded, failing unless exit codes fit. */
    private static String exit(boolean sensitivity, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = EXPERIMENT;
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream o = print(new ByteArrayOutputStream());
        int code = sensitivity ? SparkSensitivity.run(all, () -> spark, o, print(e))
                : SparkDiscover.run(all, () -> spark, o, print(e));
        String err = e.toString(StandardCharsets.UTF_8);
        if (err.isEmpty()) {
            assertThat(code).isZero();
            return "";
        }
        assertThat(code).as(err).isEqualTo(2);
        assertThat(err).startsWith("mandate-spark: ").endsWith("\n");
        return err.substring("mandate-spark: ".length(), err.length() - 1);
    }

    private static void assertValid(JsonNode manifest) throws Exception {
        assertThat(com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("../docs/manifest.schema.json").toFile()))
                .validate(manifest)).isEmpty();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
