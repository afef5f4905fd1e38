package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.calibration.CalibrationSpec;
import org.mandate.core.calibration.FittedParameter;

/**
 * Loads a calibration file ({@code docs/calibration.schema.json}), collecting every problem: schema violations,
 * paths that name no parameter of the library, bounds out of order or outside the parameter's range, and a path
 * named twice.
 */
public final class CalibrationLoader {
    /** The period fold's split date when the file gives none. */
    public static final LocalDate DEFAULT_SPLIT = LocalDate.of(2004, 1, 1);

    private CalibrationLoader() {
    }

    /** Loads the file and checks its paths against the library. */
    public static CalibrationSpec load(Path file, Library library) throws ScenarioException {
        String label = file.toString();
        byte[] bytes = SourceFile.read(file, label, "a calibration file");
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> problems = new ArrayList<>(SchemaCheck.of("calibration").check(doc));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        JsonNode root = doc.root();
        List<FittedParameter> parameters = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        List<JsonNode> items = Nodes.items(root, "parameters");
        for (int i = 0; i < items.size(); i++) {
            JsonNode p = items.get(i);
            String at = "/parameters/" + i;
            String path = p.get("path").asText();
            double min = p.get("min").asDouble();
            double max = p.get("max").asDouble();
            if (!paths.add(path)) {
                problems.add(doc.problemAt(at + "/path", "'" + path + "'", "a path not already fitted"));
                continue;
            }
            String bad = LibraryOverlay.check(path, library);
            if (bad != null) {
                problems.add(doc.problemAt(at + "/path", "'" + path + "'", bad));
                continue;
            }
            double[] range = LibraryOverlay.range(path);
            if (path.endsWith(".capability") && !(min > 0)) {
                problems.add(doc.problemAt(at + "/min", String.valueOf(p.get("min")), "a capability above 0"));
                continue;
            }
            if (min < range[0] || max > range[1]) {
                problems.add(doc.problemAt(at, null, "bounds within the parameter's range, " + (int) range[0]
                        + " to " + (int) range[1] + "; were " + min + " to " + max));
                continue;
            }
            if (!(min < max)) {
                problems.add(doc.problemAt(at + "/max", String.valueOf(p.get("max")), "a value above min (" + min
                        + ")"));
                continue;
            }
            parameters.add(new FittedParameter(path, min, max));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new CalibrationSpec(root.get("calibration").asText(),
                CalibrationSpec.Objective.byId(Nodes.text(root, "objective", "rps")),
                Nodes.integer(root, "runs", 100), Nodes.integer(root, "evaluations", 300),
                root.has("splitAt") ? Nodes.date(root, "splitAt") : DEFAULT_SPLIT, parameters);
    }

    /**
     * Whether a case file says it set the library, read without interpreting anything else in it: a calibration
     * uses this to leave held-out cases unread. Null when the file does not say.
     */
    public static Boolean setsLibrary(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > YamlDocument.MAX_BYTES) {
                throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "file is "
                        + Files.size(file) + " bytes; files over " + YamlDocument.MAX_BYTES + " bytes are refused")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "cannot read: " + e.getMessage())));
        }
        JsonNode root = YamlDocument.parse(label, bytes).root();
        JsonNode flag = root == null ? null : root.get("setsLibrary");
        return flag == null || !flag.isBoolean() ? null : flag.asBoolean();
    }
}
