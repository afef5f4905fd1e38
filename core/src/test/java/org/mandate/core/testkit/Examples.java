package org.mandate.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mandate.core.model.Scenario;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;

/**
 * The project's example scenarios, found from wherever the tests run (Maven runs them in the module's folder, an IDE
 * often in the project's root).
 */
public final class Examples {
    /** The example file of the 2010 Kyrgyzstan case, relative to the project root. */
    public static final String KYRGYZSTAN_2010 = "examples/kyrgyzstan-2010.yaml";

    private Examples() {
    }

    /** The path of a file given relative to the project root, found by walking up from the working folder. */
    public static Path file(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** The text of the 2010 example. */
    public static String kyrgyzstanText() {
        try {
            return Files.readString(file(KYRGYZSTAN_2010), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2010 example, loaded. */
    public static Scenario kyrgyzstan() {
        try {
            return ScenarioLoader.load(file(KYRGYZSTAN_2010)).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    /** The 2010 example with YAML appended to it (top-level keys it does not use: states, organizations). */
    public static Scenario kyrgyzstanWith(String yaml) {
        Path example = file(KYRGYZSTAN_2010);
        byte[] bytes = (kyrgyzstanText() + "\n" + yaml + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            return ScenarioLoader.load("kyrgyzstan-2010-variant.yaml", bytes, example.getParent()).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }
}
