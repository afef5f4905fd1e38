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
    void ensemble_withRowsNone_keepsOnlyTheSummary_theSameAsWithRows_andTheManifestSaysSo(@TempDir Path dir)
            throws Exception {
        Path rows = dir.resolve("rows");
        Path none = dir.resolve("none");
        assertThat(mandate("ensemble", EXPERIMENT, "--runs", "1500", "--out", rows.toString()).code()).isZero();
        Result r = mandate("ensemble", EXPERIMENT, "--runs", "1500", "--out", none.toString(), "--rows", "none");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("24000 rows (1500 runs x 16 design points)", "; no rows kept, summary in ");
        assertThat(none.resolve("runs.csv")).doesNotExist();
        assertThat(none.resolve("rows")).doesNotExist();
        JsonNode manifest = JSON.readTree(none.resolve("manifest.json").toFile());
        assertThat(manifest.get("status").asText()).isEqualTo("complete");
        assertThat(manifest.get("files").toString()).isEqualTo("[\"checkpoint.json\",\"summary.json\"]");
        assertThat(manifest.get("rows").toString()).isEqualTo("{\"format\":\"none\"}");
        JsonNode withRows = JSON.readTree(rows.resolve("summary.json").toFile());
        JsonNode without = JSON.readTree(none.resolve("summary.json").toFile());
        for (JsonNode s : new JsonNode[] {withRows, without}) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) s).remove(java.util.List.of("seconds", "rowsFile"));
        }
        assertThat(without).isEqualTo(withRows);
    }

    @Test
    void ensemble_wideLayout_writesOneRowPerRun_andTheManifestSaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("w");
        Result r = mandate("ensemble", EXPERIMENT, "--runs", "300", "--out", out.toString(), "--layout", "wide");
        assertThat(r.code()).as(r.err()).isZero();
        java.util.List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(lines).hasSize(1 + 300);
        assertThat(lines.get(0).split(",")).hasSize(4 + 9 + 16 * 6 * 2);
        assertThat(lines.get(0)).startsWith("experiment,scenario,run,seed,states.RUS.interests.costAversion,")
                .endsWith(",d15.june-2010.OSCE.decided,d15.june-2010.OSCE.implemented");
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("files").toString()).isEqualTo("[\"runs.csv\",\"checkpoint.json\",\"summary.json\"]");
        assertThat(manifest.get("rows").toString())
                .isEqualTo("{\"format\":\"csv\",\"layout\":\"wide\",\"rows\":300,\"columns\":205}");
        Path parquet = dir.resolve("p");
        assertThat(mandate("ensemble", EXPERIMENT, "--runs", "300", "--out", parquet.toString(), "--layout", "wide",
                "--rows", "parquet").code()).isZero();
        assertThat(JSON.readTree(parquet.resolve("manifest.json").toFile()).get("rows").toString())
                .isEqualTo("{\"format\":\"parquet\",\"layout\":\"wide\",\"rows\":300,\"columns\":205}");
        assertThat(parquet.resolve("rows").resolve("part-00000.parquet")).exists();
    }

    @Test
    void ensemble_badRowsOrLayout_isRefusedWithExitTwoAndTheValueQuoted(@TempDir Path dir) {
        Result rows = mandate("ensemble", EXPERIMENT, "--runs", "10", "--out", dir.resolve("a").toString(), "--rows",
                "tsv");
        assertThat(rows.code()).isEqualTo(2);
        assertThat(rows.err()).isEqualTo("mandate: --rows: expected csv, parquet or none, was 'tsv'\n");
        Result layout = mandate("ensemble", EXPERIMENT, "--runs", "10", "--out", dir.resolve("b").toString(),
                "--layout", "tall");
        assertThat(layout.code()).isEqualTo(2);
        assertThat(layout.err()).isEqualTo("mandate: --layout: expected long or wide, was 'tall'\n");
        Result both = mandate("ensemble", EXPERIMENT, "--runs", "10", "--out", dir.resolve("c").toString(),
                "--rows", "none", "--layout", "wide");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("mandate: --layout wide: --rows none keeps no rows to lay out; use --rows "
                + "csv or parquet\n");
        assertThat(dir.resolve("a")).doesNotExist();
        String history = Path.of("../examples/central-asia-experiment.yaml").toString();
        Result wideHistory = mandate("ensemble", history, "--out", dir.resolve("d").toString(), "--layout", "wide");
        assertThat(wideHistory.code()).isEqualTo(2);
        assertThat(wideHistory.err()).isEqualTo("mandate: --layout wide: experiments on histories write their rows in "
                + "the long layout only\n");
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
