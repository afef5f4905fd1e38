package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mandate ablate DIR}, on the case library and on bad input. */
class AblateCommandTest {
    private static final Path CASES = MainTest.EXAMPLE.getParent().resolve("cases");
    private static final Path MODEL_DOC = MainTest.EXAMPLE.getParent().getParent().resolve("docs/model.md");
    private static final String BEGIN = "<!-- ablate:begin -->";
    private static final String END = "<!-- ablate:end -->";
    private static MainTest.Run library;

    @BeforeAll
    static void ablateTheLibrary() {
        library = MainTest.run("ablate", CASES.toString());
    }

    @Test
    void ablate_caseLibrary_printsTheTable_andExitsZero() {
        assertThat(library.code()).isZero();
        assertThat(library.err()).isEmpty();
        assertThat(library.out()).startsWith("Ablation: 51 cases, ");
        assertThat(library.out()).containsPattern("\nlocal-veto +1 +1 +0 +kyrgyzstan-2010 june-2010/OSCE 3/2->3/3\n");
    }

    @Test
    void theModelDocument_quotesTheLibrarysAblationAsTheProgramPrintsIt() throws IOException {
        String doc = Files.readString(MODEL_DOC).replace("\r\n", "\n");
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/model.md has an ablate:begin marker").isNotNegative();
        assertThat(end).as("docs/model.md has an ablate:end marker").isGreaterThan(begin);
        String quoted = doc.substring(begin + BEGIN.length(), end).strip();
        assertThat(quoted).startsWith("```\n").endsWith("\n```");
        quoted = quoted.substring(4, quoted.length() - 4);
        assertThat(quoted + "\n").isEqualTo(library.out());
    }

    @Test
    void theDocumentsList_ofMechanismsThatChangeNothingAlone_isTheProgramsList() throws IOException {
        String line = library.out().lines().filter(l -> l.startsWith("change no cell alone: ")).findFirst()
                .orElseThrow();
        String doc = Files.readString(MODEL_DOC);
        for (String mechanism : line.substring("change no cell alone: ".length()).split(", ")) {
            assertThat(doc).as("docs/model.md says why %s is kept", mechanism)
                    .contains("- `" + mechanism + "`: ");
        }
    }

    @Test
    void ablate_json_andOut_writeTheSameReport(@TempDir Path out) throws IOException {
        MainTest.Run json = MainTest.run("ablate", CASES.toString(), "--format", "json", "--out", out.toString());
        assertThat(json.code()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(json.out());
        assertThat(root).isEqualTo(mapper.readTree(out.resolve("ablation.json").toFile()));
        assertThat(root.get("cases").asInt()).isEqualTo(51);
        assertThat(root.get("alone")).hasSize(15);
        assertThat(root.get("pairs")).hasSize(105);
        List<String> inert = new ArrayList<>();
        root.get("changeNoCellAlone").forEach(n -> inert.add(n.asText()));
        for (JsonNode row : root.get("alone")) {
            assertThat(row.get("changed").asInt() == 0).isEqualTo(inert.contains(row.get("off").get(0).asText()));
            assertThat(row.get("cells")).hasSize(row.get("changed").asInt());
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("off,mechanisms,changed,raised,lowered,onlyTogether");
        assertThat(summary).hasSize(1 + 15 + 105).contains("local-veto,1,1,1,0,0");
        List<String> changes = Files.readAllLines(out.resolve("changes.csv"));
        assertThat(changes.get(0)).isEqualTo("off,case,episode,organization,decided,implemented,ablatedDecided,"
                + "ablatedImplemented,onlyTogether");
        assertThat(changes).contains("local-veto,kyrgyzstan-2010,june-2010,OSCE,3,2,3,3,false");
    }

    @Test
    void ablate_isTheSameEveryTime() {
        assertThat(MainTest.run("ablate", CASES.toString()).out()).isEqualTo(library.out());
    }

    @Test
    void ablate_ofSomethingThatIsNotAFolder_exitsTwo() {
        MainTest.Run r = MainTest.run("ablate", MainTest.EXAMPLE.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("mandate: ablate: '" + MainTest.EXAMPLE + "' is not a folder; expected a "
                + "folder of scenario or case files\n");
    }

    @Test
    void ablate_ofAFolderWithoutScenarioFiles_exitsTwo(@TempDir Path dir) {
        MainTest.Run r = MainTest.run("ablate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("mandate: ablate: no scenario files (*.yaml, *.yml) in '" + dir + "'\n");
    }

    @Test
    void ablate_withABadFile_reportsItsProblemsWithTheirPlace_skipsIt_andAblatesTheRest(@TempDir Path dir)
            throws IOException {
        Files.copy(MainTest.EXAMPLE, dir.resolve("a-good.yaml"));
        Path bad = dir.resolve("b-bad.yaml");
        Files.writeString(bad, "scenario: x\nepisodes: []\n");
        MainTest.Run r = MainTest.run("ablate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(bad + ":2:11: episodes: expected at least 1 item\n"
                + bad + ": skipped (1 problem)\n");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).startsWith("Ablation: 1 case, 6 cells");
    }

    @Test
    void ablate_help_describesTheCommand() {
        MainTest.Run r = MainTest.run("ablate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: mandate ablate ").contains("--out=DIR", "--format");
    }
}
