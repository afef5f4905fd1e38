package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.analysis.ensemble.RowSink;
import org.mandate.bargaining.KtabFormatException;
import org.mandate.bargaining.SmpInput;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;

/**
 * The fuzzing pass as property tests: valid scenario, experiment and KTAB files mutated (numbers swapped for
 * extreme ones, names for odd ones, lines dropped, doubled, swapped or re-indented, bytes inserted, files cut off)
 * either load and run cleanly or are refused with located problems; nothing crashes. About 100,000 inputs a run, on
 * fixed seeds so that a run is reproducible.
 */
class MutatedInputsTest {
    private static final Path EXAMPLES = MainTest.EXAMPLE.getParent();
    private static final Path KTAB = Path.of("../bargaining/src/test/resources/ktab");

    private static final List<String> NUMBERS = List.of("1e309", "-1e309", "1e300", "-1e300", "0", "-0", "-1", "2",
            "1.5", "0.5", "99999999999999999999", "2000000000", "2147483648", ".nan", ".inf", "-.inf", "NaN",
            "1e-320", "0x10", "~", "null", "''", "[]", "{}", "1_000", "+5", "101", "1000000000");
    private static final List<String> TOKENS = List.of("", "Osh", "KGZ", "XYZ", "RUS", "CSTO", "OSCE", "*a",
            "&a x", "!!str x", "\u0000", "\u001b[2J", "\u00e9\u00e8", "a".repeat(300), "on", "off", "yes", "true",
            "2010-02-30", "2010-13-01", "- x", ": ", "#", "'", "\"", "\t", "\r\n", "mechanism.local-veto",
            "KGZ.capitalOverrulesRegions", "states.RUS.interests.costAversion", "../../etc", "/dev/zero", ",",
            ",,,,", "\"a,b\"", "\ufeff", "\ud800");

    private static String scenario;
    private static String experiment;
    private static List<String> cases;
    private static List<String> ktab;
    private static Path folder;

    /** One edit of a text: what kind, where (a fraction of the length), and which replacement. */
    record Edit(int kind, double where, int pick) {
        String apply(String text) {
            if (text.isEmpty()) {
                return TOKENS.get(pick % TOKENS.size());
            }
            int at = (int) Math.min(text.length() - 1, Math.floor(where * text.length()));
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = (int) Math.min(lines.size() - 1, Math.floor(where * lines.size()));
            switch (kind) {
                case 0 -> {
                    int s = at;
                    while (s < text.length() && !Character.isDigit(text.charAt(s))) {
                        s++;
                    }
                    if (s == text.length()) {
                        return text;
                    }
                    int e = s;
                    while (e < text.length() && (Character.isDigit(text.charAt(e)) || text.charAt(e) == '.'
                            || text.charAt(e) == 'e' || text.charAt(e) == '-')) {
                        e++;
                    }
                    return text.substring(0, s) + NUMBERS.get(pick % NUMBERS.size()) + text.substring(e);
                }
                case 1 -> {
                    int s = at;
                    while (s < text.length() && !Character.isLetter(text.charAt(s))) {
                        s++;
                    }
                    int e = s;
                    while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
                        e++;
                    }
                    return text.substring(0, s) + TOKENS.get(pick % TOKENS.size()) + text.substring(e);
                }
                case 2 -> lines.remove(line);
                case 3 -> lines.add(line, lines.get(line));
                case 4 -> {
                    String c = TOKENS.get(pick % TOKENS.size());
                    return text.substring(0, at) + c + text.substring(at);
                }
                case 5 -> {
                    return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + pick % 40));
                }
                case 6 -> {
                    int other = (line + 1 + pick) % lines.size();
                    String t = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, t);
                }
                case 7 -> lines.set(line, (pick % 2 == 0 ? "  " : "") + lines.get(line).replaceFirst(
                        pick % 2 == 0 ? "^" : "^  ", ""));
                default -> {
                    return text.substring(0, at);
                }
            }
            return String.join("\n", lines);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 10_000)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    private static String mutate(String text, List<Edit> edits) {
        String t = text;
        for (Edit e : edits) {
            t = e.apply(t);
        }
        return t;
    }

    @BeforeContainer
    static void readTheSeeds() throws IOException {
        scenario = Files.readString(MainTest.EXAMPLE);
        experiment = Files.readString(EXAMPLES.resolve("kyrgyzstan-2010-experiment.yaml"));
        cases = new ArrayList<>();
        for (String c : List.of("kyrgyzstan-tulip-2005.yaml", "russia-georgia-war-2008.yaml",
                "batken-incursion-1999.yaml")) {
            cases.add(Files.readString(EXAMPLES.resolve("cases").resolve(c)));
        }
        ktab = new ArrayList<>();
        for (String k : List.of("ref-05x1.csv", "dummyData_3Dim.csv", "dummyData-a040.csv")) {
            ktab.add(Files.readString(KTAB.resolve(k)));
        }
        folder = Files.createTempDirectory("mandate-fuzz");
        Files.copy(MainTest.EXAMPLE, folder.resolve(MainTest.EXAMPLE.getFileName()));
    }

    @AfterContainer
    static void removeTheFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    /** Every problem names the file and a line and column in it, and says what was expected. */
    private static void assertLocated(ScenarioException e, String label) {
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
            assertThat(p.file()).as(p.toString()).isEqualTo(label);
            assertThat(p.line()).as(p.toString()).isPositive();
            assertThat(p.column()).as(p.toString()).isPositive();
            assertThat(p.expected()).as(p.toString()).isNotBlank();
        }
    }

    @Property(tries = 15_000, seed = "20100611", shrinking = ShrinkingMode.BOUNDED)
    void mutatedScenarios_runCleanlyOrAreRefusedWithLocatedProblems(@ForAll("edits") List<Edit> edits,
                                                                     @ForAll("which") int which) {
        String base = which == 0 ? scenario : cases.get((which - 1) % cases.size());
        String text = mutate(base, edits);
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load("fuzz.yaml", text.getBytes(StandardCharsets.UTF_8), folder);
        } catch (ScenarioException e) {
            assertLocated(e, "fuzz.yaml");
            return;
        }
        Engine.explain(CompiledScenario.compile(loaded.scenario()));
    }

    @Provide
    Arbitrary<Integer> which() {
        return Arbitraries.integers().between(0, 3);
    }

    @Property(tries = 2_500, seed = "20100612", shrinking = ShrinkingMode.BOUNDED)
    void mutatedExperiments_runCleanlyOrAreRefusedWithLocatedProblems(@ForAll("edits") List<Edit> edits)
            throws Exception {
        Path file = folder.resolve("experiment.yaml");
        Files.write(file, mutate(experiment, edits).getBytes(StandardCharsets.UTF_8));
        ExperimentSpec spec;
        try {
            spec = ExperimentLoader.load(file);
        } catch (ScenarioException e) {
            assertLocated(e, file.toString());
            return;
        }
        EnsembleSetup setup = new EnsembleSetup(spec.withRuns(Math.min(spec.runs(), 3)));
        new EnsembleRunner(setup, 1).run(0, new EnsembleSummary(setup.points().size(),
                setup.compiled(0).cellCount()), RowSink.none(), null);
    }

    @Property(tries = 81_500, seed = "20100613", shrinking = ShrinkingMode.BOUNDED)
    void mutatedKtabFiles_readOrAreRefusedWithLocatedProblems(@ForAll("edits") List<Edit> edits,
                                                              @ForAll("which") int which) throws Exception {
        String text = mutate(ktab.get(which % ktab.size()), edits);
        try {
            // in memory, for speed; the command-line property reads files, bytes and all
            SmpInput input = SmpInput.fromKtabCsv(new java.io.StringReader(text), "fuzz.csv");
            assertThat(input.actorCount()).isBetween(3, 250);
        } catch (KtabFormatException e) {
            for (KtabFormatException.Problem p : e.problems()) {
                assertThat(p.source()).isEqualTo("fuzz.csv");
                assertThat(p.line()).as(p.toString()).isPositive();
                assertThat(p.expected()).as(p.toString()).isNotBlank();
            }
        }
    }

    @Property(tries = 1_000, seed = "20100614", shrinking = ShrinkingMode.BOUNDED)
    void theCommandLine_onMutatedFiles_exitsZeroOrTwo_neverWithAnInternalError(@ForAll("edits") List<Edit> edits,
                                                                               @ForAll("which") int which)
            throws Exception {
        boolean bargain = which == 3;
        Path file = folder.resolve(bargain ? "cli.csv" : "cli.yaml");
        String base = bargain ? ktab.get(0) : which == 2 ? experiment : scenario;
        Files.write(file, mutate(base, edits).getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String command = bargain ? "bargain" : which == 1 ? "explain" : "validate";
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(command, file.toString());
        assertThat(code).as(err.toString()).isIn(0, 2);
        assertThat(err.toString()).doesNotContain("internal error", "Exception", "\u001b");
        if (code == 2 && !bargain) {
            for (String line : err.toString().split("\n")) {
                assertThat(line).matches("(" + java.util.regex.Pattern.quote(file.toString())
                        + ":\\d+:\\d+: .+|\\d+ problems? found|mandate: .+)");
            }
        }
    }
}
