package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What an input file is, read from its top-level keys: a scenario or case, an experiment on a scenario, a history,
 * or an experiment on a history. A file that cannot be read or parsed counts as a scenario, whose loading then reports
 * why.
 */
public enum FileKind {
    /** A scenario or case file. */
    SCENARIO,
    /** An experiment on a scenario ({@code experiment:} and {@code scenario:}). */
    EXPERIMENT,
    /** A history ({@code history:} without {@code experiment:}). */
    HISTORY,
    /** An experiment on a history ({@code experiment:} and {@code history:}). */
    HISTORY_EXPERIMENT;

    /** The kind of the file, from one bounded read and parse. */
    public static FileKind of(Path file) {
        JsonNode root;
        try {
            root = YamlDocument.parse(file.toString(), SourceFile.readBounded(file, "a file")).root();
        } catch (ScenarioException | IOException e) {
            return SCENARIO;
        }
        if (root == null || !root.isObject()) {
            return SCENARIO;
        }
        if (root.has("experiment")) {
            return root.has("history") ? HISTORY_EXPERIMENT : EXPERIMENT;
        }
        return root.has("history") ? HISTORY : SCENARIO;
    }
}
