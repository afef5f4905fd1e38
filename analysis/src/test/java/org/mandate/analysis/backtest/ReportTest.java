package org.mandate.analysis.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.analysis.backtest.Cases.cell;
import static org.mandate.analysis.backtest.Cases.held;
import static org.mandate.analysis.backtest.Cases.library;
import static org.mandate.analysis.backtest.Cases.notMemberInModel;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    private static BacktestReport report() {
        return Backtest.score(List.of(
                library("kgz", cell("OSCE", 2, 2, 2)),
                held("a", cell("OSCE", 2, 0, 0), notMemberInModel("SCO", Observed.notMember(), Observed.notMember())),
                held("b", cell("OSCE", 2, 2, 2))),
                List.of(new Skipped("bad.yaml", List.of("bad.yaml:3:5: episodes[0].severity: value 2: expected "
                        + "at most 1"))));
    }

    @Test
    void verdict_saysWhetherTheModelBeatsEveryBaselineOnMae() {
        // held out: the model says 0 for a (two errors of 2) and 2 for b (exact): MAE 1.0; the majority of the
        // other cases is always 2: MAE 0; the stance baselines have no stances here and say 0: MAE 2.0
        assertThat(ReportText.verdict(report(), Group.HELD_OUT)).isEqualTo("Held out cases: model MAE 1.00 (n=4) "
                + "against majority 0.00, lead-state 2.00, weighted-mean 2.00: the model does not beat every "
                + "baseline.");
        assertThat(ReportJson.beatsAll(report(), Group.HELD_OUT)).isFalse();
    }

    @Test
    void text_printsCellsCasesTotalsMembershipAndConfusion() {
        StringWriter s = new StringWriter();
        ReportText.write(report(), new PrintWriter(s));
        String text = s.toString();

        assertThat(text).startsWith("Backtest of 3 cases (1 sets the library, 2 held out); 1 file skipped\n"
                + "  skipped bad.yaml: bad.yaml:3:5: episodes[0].severity: value 2: expected at most 1\n");
        assertThat(text).contains("Cells: decided/implemented", "Per case:", "Totals:", "held out      model",
                "Membership: 1 cell observed as not-member (left out of every error); the model says not a member "
                        + "in 1.", "OSCE decided (n=3)", "SCO implemented (n=0)");
        assertThat(text).contains("a     held out      e        SCO   -/-       -/-");
    }

    @Test
    void json_hasCasesModelBaselinesAndGroups() {
        Map<String, Object> tree = ReportJson.tree(report());

        assertThat(tree).containsKeys("cases", "model", "baselines", "groups", "membership", "confusion", "skipped");
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) tree.get("model");
        assertThat(model).containsEntry("n", 6).containsEntry("exact", 4).containsEntry("absoluteError", 4);
        assertThat(model.get("accuracy")).isEqualTo(4.0 / 6);
        @SuppressWarnings("unchecked")
        Map<String, Object> baselines = (Map<String, Object>) tree.get("baselines");
        assertThat(baselines).containsOnlyKeys("majority", "lead-state", "weighted-mean");
        @SuppressWarnings("unchecked")
        Map<String, Object> groups = (Map<String, Object>) tree.get("groups");
        assertThat(groups).containsOnlyKeys("sets-library", "held-out");
        @SuppressWarnings("unchecked")
        Map<String, Object> firstCell = ((List<Map<String, Object>>) ((Map<String, Object>) ((List<?>) tree
                .get("cases")).get(1)).get("cells")).get(1);
        assertThat(firstCell).containsEntry("organization", "SCO");
        assertThat(firstCell.get("observed")).isEqualTo(Map.of("decided", "not-member", "implemented", "not-member"));
        assertThat((Map<String, Object>) firstCell.get("error")).containsEntry("decided", null);
    }

    @Test
    void csv_writesEveryFile_withHeadersAndOneRowPerCell(@TempDir Path dir) throws IOException {
        ReportCsv.write(report(), dir);

        for (String f : ReportCsv.FILES) {
            assertThat(dir.resolve(f)).exists();
        }
        List<String> cells = Files.readAllLines(dir.resolve("cells.csv"));
        assertThat(cells.get(0)).isEqualTo("case,group,episode,organization,observed_member,observed_decided,"
                + "observed_implemented,"
                + "model_member,model_decided,model_implemented,majority_decided,majority_implemented,"
                + "lead-state_decided,lead-state_implemented,weighted-mean_decided,weighted-mean_implemented");
        assertThat(cells).hasSize(5).contains("a,held-out,e,SCO,false,,,false,0,0,0,0,0,0,0,0");
        for (String row : cells.subList(1, cells.size())) {
            String[] f = row.split(",", -1);
            assertThat(f[4]).as("observed_member of %s", row).isIn("true", "false", "");
            assertThat(f[5] + f[6]).as("observed levels of %s", row).matches("[0-4]*");
        }
        assertThat(Files.readAllLines(dir.resolve("summary.csv"))).contains(
                "held-out,2,model,4,0.500000,1.000000,2,0.500000,1.000000,2,0.500000,1.000000");
        assertThat(Files.readAllLines(dir.resolve("skipped.csv"))).containsExactly("file,problem",
                "bad.yaml,bad.yaml:3:5: episodes[0].severity: value 2: expected at most 1");
    }

    @Test
    void csvLine_quotesFieldsWithCommasAndQuotes() {
        assertThat(ReportCsv.line(List.of("a", "b,c", "say \"x\""))).isEqualTo("a,\"b,c\",\"say \"\"x\"\"\"");
    }
}
