package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs' sample outputs are what the program prints, and the docs name only files that exist. */
class DocsTest {
    private static final Path ROOT = MainTest.EXAMPLE.getParent().getParent();

    /** The code block that follows the line holding {@code marker}, as lines. */
    private static List<String> blockAfter(String doc, String marker) {
        int at = doc.indexOf(marker);
        assertThat(at).as("marker %s", marker).isNotNegative();
        int start = doc.indexOf("```\n", at + marker.length()) + 4;
        int end = doc.indexOf("\n```", start);
        return Arrays.asList(doc.substring(start, end).split("\n"));
    }

    /** A sample line as a pattern: "..." stands for any text the doc leaves out. */
    private static Pattern sample(String line) {
        StringBuilder p = new StringBuilder();
        for (String part : line.strip().split("\\.\\.\\.", -1)) {
            p.append(p.length() == 0 ? "" : ".*").append(Pattern.quote(part));
        }
        return Pattern.compile(p.toString());
    }

    /** Every sample line matches an output line, in order. */
    private static void assertInOrder(List<String> samples, List<String> output) {
        int from = 0;
        for (String s : samples) {
            Pattern p = sample(s);
            int found = -1;
            for (int i = from; i < output.size(); i++) {
                if (p.matcher(output.get(i).strip()).matches()) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("the sample line %s in the output after line %d:%n%s", s, from,
                    String.join("\n", output)).isNotNegative();
            from = found + 1;
        }
    }

    @Test
    void theReadmesSampleTable_isWhatRunPrints() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> samples = blockAfter(readme, "other mechanisms would each hold the level down too:");
        MainTest.Run r = MainTest.run("run", MainTest.EXAMPLE.toString());
        assertThat(r.code()).isZero();
        assertThat(samples).hasSize(7);
        assertInOrder(samples, r.out().lines().toList());
    }

    @Test
    void theUncertaintyDocsSampleOutput_isWhatEnsemblePrints(@TempDir Path dir) throws Exception {
        String doc = Files.readString(ROOT.resolve("docs/uncertainty.md"));
        List<String> samples = new ArrayList<>(blockAfter(doc, "Real output, first design"));
        String last = samples.remove(samples.size() - 1);
        MainTest.Run r = MainTest.run("ensemble", ROOT.resolve("examples/kyrgyzstan-2010-experiment.yaml")
                .toString(), "--out", dir.resolve("k").toString(), "--progress=false");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> out = r.out().lines().toList();
        assertInOrder(samples, out);
        Pattern timing = Pattern.compile("160000 rows \\(10000 runs x 16 design points\\) in [0-9.]+ s, [0-9]+ rows/s "
                + "on [0-9]+ threads; rows in .*runs\\.csv, summary in .*summary\\.json");
        assertThat(last).matches(timing);
        assertThat(out.get(out.size() - 1)).matches(timing);
    }

    @Test
    void theDocs_linkOnlyToFilesThatExist_andCiteNoIssueNumbers() throws Exception {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        Pattern link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        for (Path d : docs) {
            String text = Files.readString(d);
            Matcher m = link.matcher(text);
            while (m.find()) {
                if (!Files.exists(d.getParent().resolve(m.group(1)))) {
                    broken.add(ROOT.relativize(d) + " links to " + m.group(1));
                }
            }
            if (text.contains("DOMAIN.md")) {
                broken.add(ROOT.relativize(d) + " names DOMAIN.md, which does not exist");
            }
            Matcher issue = Pattern.compile("\\bissue [0-9]+|\\(#[0-9]+\\)").matcher(text);
            while (issue.find()) {
                broken.add(ROOT.relativize(d) + " cites '" + issue.group() + "', which means nothing in the "
                        + "repository");
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everySubcommandsVersionOption_printsTheVersion() {
        for (String command : List.of("run", "ensemble", "validate", "bargain")) {
            MainTest.Run r = MainTest.run(command, "-V");
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(command).isEqualTo("mandate 0.1.0\n");
        }
    }
}
