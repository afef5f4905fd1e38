package org.mandate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RandomnessSourcesTest {
    /** Ways to get randomness that is not passed in explicitly, or a seed that changes from run to run. */
    private static final List<String> FORBIDDEN = List.of(
            "Math.random", "new Random(", "ThreadLocalRandom", "SecureRandom", "currentTimeMillis", "nanoTime",
            "new Well19937c", "new JDKRandomGenerator", "Instant.now");

    @Test
    void mainSources_takeRandomnessOnlyFromGeneratorsPassedIn() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> offences = new ArrayList<>();
        int files;
        try (Stream<Path> paths = Files.walk(sources)) {
            List<Path> javaFiles = paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            files = javaFiles.size();
            for (Path file : javaFiles) {
                String text = Files.readString(file);
                for (String pattern : FORBIDDEN) {
                    if (text.contains(pattern)) {
                        offences.add(file + " uses " + pattern);
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(10);
        assertThat(offences).isEmpty();
    }

    @Test
    void mainSources_importTheCoreModuleOnlyWhereTheyRunTheModel() throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = paths.filter(p -> p.toString().endsWith(".java"))
                    // ensembles and calibration run the model; everything else works on its results
                    .filter(p -> !p.toString().contains("/ensemble/") && !p.toString().contains("/calibration/"))
                    .filter(p -> read(p).contains("org.mandate.core"))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPackage_hasPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java"))) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(dir -> hasJavaFiles(dir) && !Files.exists(dir.resolve("package-info.java")))
                    .toList();
            assertThat(missing).isEmpty();
        }
    }

    private static boolean hasJavaFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
