package org.mandate.core.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mandate.core.testkit.Examples;

/** No module's main code takes randomness it was not given, or seeds anything from the clock. */
class RandomnessSourcesTest {
    /** Ways to get randomness that is not passed in. */
    private static final List<String> FORBIDDEN = List.of("Math.random", "new Random(", "ThreadLocalRandom",
            "new SecureRandom(", "new SplittableRandom()");
    /** A clock reading assigned to a seed, or passed to something that makes a generator. */
    private static final Pattern SEED_FROM_CLOCK = Pattern.compile(
            "(?i).*\\b\\w*seed\\w*\\s*=.*(currentTimeMillis|nanoTime|Instant\\.now).*"
                    + "|.*(Random|Generator|create|of)\\s*\\(.*(currentTimeMillis|nanoTime|Instant\\.now).*");

    /** What is wrong with one source text, one line per offence. */
    static List<String> offences(String name, String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (String pattern : FORBIDDEN) {
                if (line.contains(pattern)) {
                    out.add(name + ":" + (i + 1) + " uses " + pattern);
                }
            }
            if (SEED_FROM_CLOCK.matcher(line).matches()) {
                out.add(name + ":" + (i + 1) + " seeds from the clock");
            }
        }
        return out;
    }

    private static List<Path> mainSources() {
        Path root = Examples.file(Examples.KYRGYZSTAN_2010).getParent().getParent();
        List<Path> files = new ArrayList<>();
        for (String module : List.of("bargaining", "core", "analysis", "cli", "bench")) {
            Path dir = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    @Test
    void mainSourcesOfEveryModule_takeNoRandomnessTheyWereNotGiven_andSeedNothingFromTheClock() throws IOException {
        List<Path> files = mainSources();
        assertThat(files).hasSizeGreaterThan(50);
        assertThat(files).anyMatch(p -> p.endsWith("core/engine/Engine.java"));
        assertThat(files).anyMatch(p -> p.toString().contains("/cli/src/main/java/"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            found.addAll(offences(file.toString(), Files.readString(file)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScan_findsEachForbiddenUse() {
        assertThat(offences("A.java", "double d = Math.random();")).containsExactly("A.java:1 uses Math.random");
        assertThat(offences("A.java", "x\nRandom r = new Random(42);")).containsExactly("A.java:2 uses new Random(");
        assertThat(offences("A.java", "int i = ThreadLocalRandom.current().nextInt();"))
                .containsExactly("A.java:1 uses ThreadLocalRandom");
        assertThat(offences("A.java", "long seed = System.currentTimeMillis();"))
                .containsExactly("A.java:1 seeds from the clock");
        assertThat(offences("A.java", "var g = RandomGeneratorFactory.of(\"L64X128MixRandom\").create(System.nanoTime());"))
                .containsExactly("A.java:1 seeds from the clock");
    }

    @Test
    void theScan_letsTimingAndPassedInGeneratorsBe() {
        assertThat(offences("A.java", "long start = System.nanoTime();")).isEmpty();
        assertThat(offences("A.java", "RandomGenerator random = RowStreams.forRow(seed, k);")).isEmpty();
    }
}
