package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sample outputs in the documentation are the program's: every fenced block that follows a marker
 * {@code <!-- mandate ARGS [| grep [-AN] REGEX] [| head N] [| tail N] -->} must equal what {@code mandate ARGS} prints,
 * filtered the same way. Run from the project root, so paths in ARGS are as a user types them.
 */
class DocSamplesTest {
    private static final Pattern MARKER = Pattern.compile("<!-- mandate (.+?) -->\\s*\\n```[a-z]*\\n(.*?)```",
            Pattern.DOTALL);
    private static final List<String> DOCS = List.of("docs/history.md");

    @TestFactory
    Stream<DynamicTest> everySampleInTheDocs_isWhatTheProgramPrints() throws IOException {
        Path root = MainTest.EXAMPLE.getParent().getParent();
        List<DynamicTest> tests = new ArrayList<>();
        for (String doc : DOCS) {
            String text = Files.readString(root.resolve(doc), StandardCharsets.UTF_8);
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                String command = m.group(1);
                String expected = m.group(2);
                tests.add(DynamicTest.dynamicTest(doc + ": mandate " + command, () ->
                        assertThat(output(root, command)).isEqualTo(expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(4);
        return tests.stream();
    }

    private static String output(Path root, String command) {
        String[] stages = command.split(" \\| ");
        List<String> args = new ArrayList<>(Arrays.asList(stages[0].trim().split("\\s+")));
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("examples/")) {
                args.set(i, root.resolve(args.get(i)).toString());
            }
        }
        MainTest.Run r = MainTest.run(args.toArray(new String[0]));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = new ArrayList<>(Arrays.asList(r.out().split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (int s = 1; s < stages.length; s++) {
            String[] f = stages[s].trim().split("\\s+", 2);
            switch (f[0]) {
                case "grep" -> {
                    int after = 0;
                    String pattern = f[1];
                    if (pattern.startsWith("-A")) {
                        String[] g = pattern.split("\\s+", 2);
                        after = Integer.parseInt(g[0].substring(2));
                        pattern = g[1];
                    }
                    Pattern p = Pattern.compile(pattern);
                    List<String> kept = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        if (p.matcher(lines.get(i)).find()) {
                            kept.addAll(lines.subList(i, Math.min(lines.size(), i + 1 + after)));
                            i += after;
                        }
                    }
                    lines = kept;
                }
                case "head" -> lines = new ArrayList<>(lines.subList(0, Math.min(lines.size(), Integer.parseInt(f[1]))));
                case "tail" -> lines = new ArrayList<>(lines.subList(Math.max(0, lines.size() - Integer.parseInt(f[1])),
                        lines.size()));
                default -> throw new IllegalArgumentException("unknown filter " + f[0]);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            out.append(l).append('\n');
        }
        return out.toString();
    }
}
