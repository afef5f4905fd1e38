package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mandate history}, in-process on the bundled region. */
class HistoryCommandTest {
    private static final String HISTORY = MainTest.EXAMPLE.getParent().resolve("central-asia.yaml").toString();

    @Test
    void history_printsTheTimelineCrisesAndTables() {
        MainTest.Run r = MainTest.run("history", HISTORY, "--to", "1996", "--brief");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("timeline\n", "crises decided inside the history\n",
                "states at the end of each year", "organizations at the end of each year")
                .contains("1992-05-15  join               KAZ       CSTO      KAZ founds CSTO");
        assertThat(r.out()).doesNotContain("[membership-choice]");
    }

    @Test
    void json_hasTheContractsKeys() throws Exception {
        MainTest.Run r = MainTest.run("history", HISTORY, "--to", "1994", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("history", "title", "from", "to", "stepMonths",
                "run", "seed", "disabled", "powers", "events", "crises", "states", "organizations");
        JsonNode event = root.get("events").get(0);
        assertThat(event.get("reasons").get(0).has("memo")).isTrue();
    }

    @Test
    void out_writesTidyCsv_andRefusesToOverwriteWithoutBeingAsked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("h");
        assertThat(MainTest.run("history", HISTORY, "--to", "1993", "--out", out.toString()).code()).isZero();
        for (String f : HistoryFiles.NAMES) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(out.resolve("states.csv")).get(0)).startsWith(
                "history,run,seed,date,state,threat,coercive,institutional,control,capital_overrules");
        MainTest.Run again = MainTest.run("history", HISTORY, "--to", "1993", "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("mandate: " + out + " already holds history files; give --overwrite to"
                + " replace them\n");
    }

    @Test
    void badWhatIfs_areRefusedWithTheirReason() {
        MainTest.Run force = MainTest.run("history", HISTORY, "--force", "june-2010:CSTO=9");
        assertThat(force.code()).isEqualTo(2);
        assertThat(force.err()).isEqualTo("mandate: --force: 'june-2010:CSTO=9': expected EPISODE:ORG=LEVEL with a"
                + " level from 0 to 4\n");
        MainTest.Run focus = MainTest.run("history", HISTORY, "--focus", "XYZ");
        assertThat(focus.err()).isEqualTo("mandate: --focus: 'XYZ' is neither a state nor an organization of the"
                + " history\n");
        MainTest.Run cond = MainTest.run("history", HISTORY, "--conditionality", "OSCE=2");
        assertThat(cond.err()).isEqualTo("mandate: --conditionality: 'OSCE=2': expected a share from 0 to 1\n");
    }

    @Test
    void badFile_isExitTwoWithALocatedProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.yaml");
        Files.writeString(file, "history: h\nfrom: 1992-01-01\nto: 1993-01-01\nstates: [KGZ]\npowers: [KGZ]\n"
                + "organizations: [{id: NOPE}]\n");
        MainTest.Run r = MainTest.run("history", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(file + ":6:22: organizations[0].id: value 'NOPE': unknown organization");
    }
}
