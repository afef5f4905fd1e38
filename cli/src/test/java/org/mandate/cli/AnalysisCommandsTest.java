package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {
    private static final String EXPERIMENT = Path.of("../examples/kyrgyzstan-2010-experiment.yaml").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int code, String out, String err) {
    }

    private static Result mandate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void ensemble_writesTidyRowsAndASummary_andRefusesToOverwriteUnasked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("e");
        Result r = mandate("ensemble", EXPERIMENT, "--runs", "200", "--out", out.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("runs").asLong()).isEqualTo(200);
        assertThat(json.get("designPoints")).hasSize(16);
        assertThat(json.get("cells")).hasSize(16 * 6);
        assertThat(json.get("differences")).hasSize(15 * 6);
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 200 * 16);
        assertThat(out.resolve("summary.json")).exists();

        Result again = mandate("ensemble", EXPERIMENT, "--runs", "200", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("mandate: " + out + " already holds an ensemble; use --resume to continue "
                + "it or --overwrite to start again\n");
        assertThat(mandate("ensemble", EXPERIMENT, "--runs", "200", "--out", out.toString(), "--resume").code())
                .isZero();
    }

    @Test
    void ensemble_table_showsTheProbabilitiesAndThePairedDifferences(@TempDir Path dir) {
        Result r = mandate("ensemble", EXPERIMENT, "--runs", "100", "--out", dir.resolve("t").toString(),
                "--threads", "1");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("d0: CSTO.mandate = as-is, SCO.decisionRule = consensus",
                "P(decided = 0..4) %", "paired differences from d0 on the same draws",
                "1600 rows (100 runs x 16 design points)");
    }

    @Test
    void sensitivity_inJson_ranksTheCapitalsPowerFirstForTheJuneOsceDeployment() throws Exception {
        Result r = mandate("sensitivity", EXPERIMENT, "--outcome", "june-2010.OSCE.implemented>=3", "--samples",
                "256", "--trajectories", "20", "--bootstrap", "20", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode sobol = JSON.readTree(r.out()).get("outcomes").get(0).get("sobol");
        String top = null;
        double best = -1;
        for (JsonNode n : sobol) {
            if (n.get("totalOrder").asDouble() > best) {
                best = n.get("totalOrder").asDouble();
                top = n.get("input").asText();
            }
        }
        assertThat(top).isEqualTo("KGZ.capitalOverrulesRegions");
    }

    @Test
    void discover_findsTheRuleForTheSco_inReadableForm() throws Exception {
        Result r = mandate("discover", EXPERIMENT, "--outcome", "april-2010.SCO.decided>=1", "--runs", "2000",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode box = JSON.readTree(r.out()).get("box");
        assertThat(box.get("rule").asText()).contains("SCO.decisionRule in {majority}",
                "SCO.agenda.tabledBy in {any-member}");
        assertThat(box.get("density").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void analysisCommands_onABadOutcome_exitTwoWithTheReason() {
        Result r = mandate("discover", EXPERIMENT, "--outcome", "june-2010.NATO.decided>=1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: --outcome: 'june-2010.NATO.decided>=1': no episode 'june-2010' with "
                + "organization 'NATO' in the scenario\n");
    }
}
