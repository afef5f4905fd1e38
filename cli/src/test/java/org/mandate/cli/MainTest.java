package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code mandate} command line, run in-process on the 2010 example. */
class MainTest {
    /** The example, found by walking up from the working folder (Maven runs tests in the module's folder). */
    static final Path EXAMPLE = find("examples/kyrgyzstan-2010.yaml");

    private static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** One in-process run: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.commandLine(o, e).execute(args);
        }
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    private static String example() {
        return EXAMPLE.toString();
    }

    @Nested
    class RunCommandTable {
        @Test
        void run_printsTheSixCells_withLevelsAndStages() {
            Run r = run("run", example());
            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            List<String> rows = new ArrayList<>();
            for (String line : r.out().split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 5 && f[0].endsWith("-2010")) {
                    rows.add(String.join(" ", f[0], f[1], f[2], f[3], f[4]));
                }
            }
            assertThat(rows).containsExactly(
                    "april-2010 CSTO 1 1 collective-choice",
                    "april-2010 SCO 0 0 agenda-gate",
                    "april-2010 OSCE 2 2 collective-choice",
                    "june-2010 CSTO 2 2 mandate-gate",
                    "june-2010 SCO 0 0 agenda-gate",
                    "june-2010 OSCE 3 2 local-veto");
            assertThat(r.out()).startsWith("Kyrgyzstan 2010\n");
        }

        @Test
        void run_withAMechanismDisabled_changesItsCell() {
            Run r = run("run", example(), "--disable", "local-veto");
            assertThat(r.code()).isZero();
            assertThat(r.out()).containsPattern("june-2010\\s+OSCE\\s+3\\s+3\\s+collective-choice");
        }

        @Test
        void run_withAnUnknownMechanismDisabled_exitsTwo_namingTheKnownOnes() {
            Run r = run("run", example(), "--disable", "brokerage");
            assertThat(r.code()).isEqualTo(Main.BAD_INPUT).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("mandate: --disable: unknown mechanism 'brokerage'; expected one of "
                    + "agenda-gate, mandate-gate, regime-solidarity, lead-state-reluctance, neighbour-veto, "
                    + "wait-and-see, legitimacy-brokerage, sovereignty, government-alignment, separatism-fear, image, "
                    + "human-dimension, host-consent, local-veto, implementation" + "\n");
        }

        @Test
        void run_withAnUnknownFormat_exitsTwo() {
            Run r = run("run", example(), "--format", "xml");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).startsWith("mandate: Invalid value for option '--format': expected one of "
                    + "[table, json] (case-insensitive) but was 'xml'");
        }
    }

    @Nested
    class RunCommandJson {
        private final ObjectMapper json = new ObjectMapper();

        @Test
        void runJson_followsTheContract() throws IOException {
            Run r = run("run", example(), "--format", "json");
            assertThat(r.code()).isZero();
            JsonNode root = json.readTree(r.out());
            assertThat(root.isObject()).isTrue();
            assertThat(root.get("scenario").asText()).isEqualTo("kyrgyzstan-2010");
            JsonNode outcomes = root.get("outcomes");
            assertThat(outcomes.isArray()).isTrue();
            assertThat(outcomes).hasSize(6);
            for (JsonNode o : outcomes) {
                assertThat(o.get("episode").isTextual()).isTrue();
                assertThat(o.get("organization").isTextual()).isTrue();
                assertThat(o.get("decided").isInt()).isTrue();
                assertThat(o.get("implemented").isInt()).isTrue();
                assertThat(o.get("stage").isTextual()).isTrue();
                assertThat(o.get("pivotal").isArray()).isTrue();
                assertThat(o.get("reasons").isArray()).isTrue();
                assertThat(o.get("reasons")).isNotEmpty();
                for (JsonNode reason : o.get("reasons")) {
                    assertThat(reason.has("mechanism")).isTrue();
                    assertThat(reason.has("actor")).isTrue();
                    assertThat(reason.get("actor").isNull() || reason.get("actor").isTextual()).isTrue();
                    assertThat(reason.get("text").asText()).isNotBlank();
                    assertThat(reason.get("memo").asText()).isNotBlank();
                }
            }
        }

        @Test
        void runJson_carriesTheCellsOfTheCase() throws IOException {
            JsonNode outcomes = json.readTree(run("run", example(), "--format", "json").out()).get("outcomes");
            List<String> cells = new ArrayList<>();
            for (JsonNode o : outcomes) {
                cells.add(o.get("episode").asText() + " " + o.get("organization").asText() + " "
                        + o.get("decided").asInt() + " " + o.get("implemented").asInt() + " " + o.get("stage").asText());
            }
            assertThat(cells).containsExactly(
                    "april-2010 CSTO 1 1 collective-choice",
                    "april-2010 SCO 0 0 agenda-gate",
                    "april-2010 OSCE 2 2 collective-choice",
                    "june-2010 CSTO 2 2 mandate-gate",
                    "june-2010 SCO 0 0 agenda-gate",
                    "june-2010 OSCE 3 2 local-veto");
            JsonNode osce = outcomes.get(5);
            assertThat(osce.get("reasons")).anySatisfy(reason -> {
                assertThat(reason.get("mechanism").asText()).isEqualTo("local-veto");
                assertThat(reason.get("actor").asText()).isEqualTo("KGZ-OSH");
            });
            assertThat(osce.get("deployment").get("finalSize").asInt()).isEqualTo(30);
        }

        @Test
        void runJson_isTheSameEveryTime() {
            assertThat(run("run", example(), "--format", "json").out())
                    .isEqualTo(run("run", example(), "--format", "json").out());
        }
    }

    @Nested
    class ExplainCommand {
        @Test
        void explain_juneOsce_printsTheLocalVeto() {
            Run r = run("explain", example(), "--episode", "june-2010", "--org", "OSCE");
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("== june-2010 / OSCE\n");
            assertThat(r.out()).contains("decided      3 (police or advisory mission), set by collective-choice\n");
            assertThat(r.out()).contains("implemented  2 (humanitarian aid, facilitation or monitoring), set by "
                    + "local-veto\n");
            assertThat(r.out()).contains("  [local-veto, KGZ-OSH] Osh city administration (Mayor Melis Myrzakmatov) "
                    + "controls osh and resists an outside presence there; the capital cannot overrule it, so it "
                    + "vetoes the police advisory mission\n      memo: OSCE: From Helsinki to Osh (and Back Again)\n");
            assertThat(r.out()).contains("deployment   decided on 2010-07-31; not deployed; size 50 -> 30\n");
            assertThat(r.out()).doesNotContain("== june-2010 / CSTO", "== april-2010");
        }

        @Test
        void explain_withAnUnknownEpisode_exitsTwo_listingTheEpisodes() {
            Run r = run("explain", example(), "--episode", "may-2010");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("mandate: --episode: no episode 'may-2010' in " + example()
                    + "; expected one of: april-2010, june-2010" + "\n");
        }

        @Test
        void explain_withAnUnknownOrganization_exitsTwo_listingTheOrganizations() {
            Run r = run("explain", example(), "--org", "NATO");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("mandate: --org: no organization 'NATO'; expected one of: CSTO, SCO, OSCE"
                    + "\n");
        }
    }

    @Nested
    class ValidateCommand {
        @TempDir
        Path folder;

        @Test
        void validate_goodFile_printsOk_andExitsZero() {
            Run r = run("validate", example());
            assertThat(r.code()).isZero();
            assertThat(r.out()).isEqualTo("ok" + "\n");
            assertThat(r.err()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"validate", "run", "explain"})
        void badFile_exitsTwo_withEveryProblemOnStandardError_andNoStackTrace(String command) throws IOException {
            Path bad = folder.resolve("bad.yaml");
            Files.writeString(bad, "scenario: x\nepisodes: []\ncolour: 1\n");
            Run r = run(command, bad.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            String nl = "\n";
            assertThat(r.err()).isEqualTo(bad + ":2:11: episodes: expected at least 1 item" + nl
                    + bad + ":3:1: colour: value 'colour': unknown key; expected one of: scenario, title, "
                    + "description, library, setsLibrary, sources, states, organizations, localActors, episodes, "
                    + "observed" + nl
                    + "2 problems found" + nl);
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }

        @Test
        void missingFile_exitsTwo_withOneLine() {
            Path missing = folder.resolve("missing.yaml");
            Run r = run("validate", missing.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(missing + ": no such file" + "\n" + "1 problem found"
                    + "\n");
        }

        @Test
        void missingFileArgument_exitsTwo_pointingToHelp() {
            Run r = run("validate");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("mandate: Missing required parameter: 'FILE'" + "\n"
                    + "Try 'mandate validate --help' for more information." + "\n");
        }
    }

    @Nested
    class Help {
        @ParameterizedTest
        @ValueSource(strings = {"run", "explain", "validate"})
        void help_worksOnEverySubcommand(String command) {
            Run r = run(command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: mandate " + command + " ");
            assertThat(r.err()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"run", "explain", "validate"})
        void helpCommand_worksOnEverySubcommand(String command) {
            Run r = run("help", command);
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: mandate " + command + " ");
        }

        @Test
        void help_ofEverySubcommand_formatsWithoutAWarning() {
            java.io.PrintStream systemErr = System.err;
            java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                java.util.Set<String> commands = Main.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter())).getSubcommands().keySet();
                assertThat(commands).contains("calibrate", "history", "merge");
                for (String command : commands) {
                    Run r = run(command, "--help");
                    assertThat(r.code()).as(command).isZero();
                }
                assertThat(run("--help").code()).isZero();
            } finally {
                System.setErr(systemErr);
            }
            // picocli reports a description it cannot format (a lone '%') on the process's standard error
            assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        }

        @Test
        void help_atTheTop_listsTheSubcommands() {
            Run r = run("--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: mandate ").contains("  run ", "  explain ", "  validate ");
        }

        @Test
        void noArguments_printsUsage_andExitsZero() {
            Run r = run();
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: mandate ");
        }

        @Test
        void run_disableHelp_listsEveryMechanism() {
            String help = run("run", "--help").out().replaceAll("\\s+", " ");
            for (String id : org.mandate.core.engine.Mechanisms.IDS) {
                assertThat(help).contains(id);
            }
        }
    }
}
