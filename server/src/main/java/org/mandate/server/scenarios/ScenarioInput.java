package org.mandate.server.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;
import org.mandate.server.ApiError;
import org.mandate.server.Json;

/**
 * The scenario a request names: {@code path} (a file in the examples or the workspace), or {@code yaml} (the text
 * being edited; {@code path}, if given too, names it in problems and resolves its {@code library} field).
 */
public final class ScenarioInput {
    private ScenarioInput() {
    }

    /**
     * The scenario's text and where it came from.
     *
     * @param label  the name problems carry: the path as given, or {@code draft.yaml}
     * @param text   the YAML text
     * @param folder the folder that resolves a {@code library} field
     * @param path   the path in the workspace or examples, or null for an unsaved draft
     */
    public record Source(String label, String text, Path folder, String path) {
    }

    /** Reads the request's {@code path} and {@code yaml} fields; a 400 when neither is given. */
    public static Source source(Workspace files, ObjectNode body) {
        String path = Json.text(body, "path");
        String yaml = Json.text(body, "yaml");
        if (path == null && yaml == null) {
            throw ApiError.badRequest("no scenario given; expected a field 'path' (examples/NAME.yaml or "
                    + "workspace/NAME.yaml) or 'yaml' (the scenario text)");
        }
        if (yaml == null) {
            Path file = files.resolve(path);
            return new Source(path, files.read(path), file.getParent(), path);
        }
        Path folder = path == null ? files.workspace() : files.resolve(path).getParent();
        return new Source(path == null ? "draft.yaml" : path, yaml, folder, path);
    }

    /** Loads the scenario the request names; a 400 with the loader's located problems when it is bad. */
    public static LoadedScenario load(Workspace files, ObjectNode body) {
        return load(source(files, body));
    }

    /** Loads a scenario's text; a 400 with the loader's located problems when it is bad. */
    public static LoadedScenario load(Source source) {
        try {
            return ScenarioLoader.load(source.label(), source.text().getBytes(StandardCharsets.UTF_8),
                    source.folder());
        } catch (ScenarioException e) {
            int n = e.problems().size();
            throw new ApiError(400, n + " problem" + (n == 1 ? "" : "s") + " found in " + source.label(),
                    e.problems());
        }
    }
}
