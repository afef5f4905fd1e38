package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DistributionSpec;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.InputBinding;
import org.mandate.core.experiment.OutcomeSelector;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.experiment.UncertainInput;
import org.mandate.core.model.Scenario;

/**
 * Loads an experiment file ({@code docs/experiment.schema.json}) and the scenario it names, collecting every
 * problem: schema violations, paths that name nothing in the scenario, distribution parameters out of order,
 * factors and levels that do not apply, and outcomes that do not parse.
 */
public final class ExperimentLoader {
    private ExperimentLoader() {
    }

    /**
     * Whether the file reads as an experiment (a mapping with an {@code experiment} key) rather than a scenario;
     * false for anything that cannot be read or parsed, which loading as a scenario then reports.
     */
    public static boolean isExperiment(Path file) {
        return FileKind.of(file) == FileKind.EXPERIMENT;
    }

    /** Loads the experiment and its scenario, which must lie inside the experiment's folder tree. */
    public static ExperimentSpec load(Path file) throws ScenarioException {
        return load(file, LibraryOverlay.NONE, false);
    }

    /** Loads the experiment and its scenario, with the overlay laid over the scenario's library. */
    public static ExperimentSpec load(Path file, LibraryOverlay overlay) throws ScenarioException {
        return load(file, overlay, false);
    }

    /**
     * Loads the experiment and its scenario; the scenario (and its library) must lie inside the experiment's
     * folder tree unless {@code allowOutside}.
     */
    public static ExperimentSpec load(Path file, boolean allowOutside) throws ScenarioException {
        return load(file, LibraryOverlay.NONE, allowOutside);
    }

    /** Where an uncertain input's path leads: its documented range, or null if it has none; refuses a bad path. */
    @FunctionalInterface
    interface InputDomain {
        /**
         * The range of values the path's input takes, or null when it has no fixed range.
         *
         * @throws IllegalArgumentException if the path names no input, saying why
         */
        double[] range(String path);
    }

    /**
     * Reads the {@code uncertain} list of an experiment: each path once and bound to an input of the model, each
     * distribution well formed and inside the input's range; every problem is added, located.
     */
    static List<UncertainInput> uncertain(YamlDocument doc, JsonNode root, List<Problem> problems,
                                          InputDomain domain) {
        List<UncertainInput> uncertain = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        List<JsonNode> us = Nodes.items(root, "uncertain");
        for (int i = 0; i < us.size(); i++) {
            JsonNode u = us.get(i);
            String at = "/uncertain/" + i;
            String path = u.get("path").asText();
            if (!paths.add(path)) {
                problems.add(doc.problemAt(at + "/path", "'" + path + "'", "this path is already uncertain"));
            }
            double[] range = null;
            try {
                range = domain.range(path);
            } catch (IllegalArgumentException e) {
                problems.add(doc.problemAt(at + "/path", YamlDocument.abbreviate(path), e.getMessage()));
            }
            DistributionSpec spec = distribution(u.get("distribution"));
            String bad = checkDistribution(spec);
            if (bad == null && range != null) {
                bad = checkRange(spec, path, range);
            }
            if (bad != null) {
                problems.add(doc.problemAt(at + "/distribution/" + spec.kind(), null, bad));
            }
            uncertain.add(new UncertainInput(path, spec));
        }
        return uncertain;
    }

    /**
     * The levels of design factor {@code i}, each listed once (a repeated level is a problem); with {@code onOff},
     * YAML's booleans (how YAML 1.1 reads the documented {@code on} and {@code off}) are read back as on and off.
     */
    static List<String> levels(YamlDocument doc, int i, JsonNode factor, boolean onOff, List<Problem> problems) {
        List<String> levels = new ArrayList<>();
        JsonNode ls = factor.get("levels");
        for (int j = 0; j < ls.size(); j++) {
            JsonNode l = ls.get(j);
            String level = onOff && l.isBoolean() ? (l.asBoolean() ? "on" : "off") : l.asText();
            if (levels.contains(level)) {
                problems.add(doc.problemAt("/designs/" + i + "/levels/" + j, YamlDocument.abbreviate(level),
                        "expected a level not already listed for this factor"));
            }
            levels.add(level);
        }
        return levels;
    }

    /**
     * Loads the experiment and its scenario with the overlay laid over the scenario's library; the scenario (and
     * its library) must lie inside the experiment's folder tree unless {@code allowOutside}.
     */
    public static ExperimentSpec load(Path file, LibraryOverlay overlay, boolean allowOutside)
            throws ScenarioException {
        String label = file.toString();
        byte[] bytes = SourceFile.read(file, label, "an experiment file");
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> problems = new ArrayList<>(SchemaCheck.of("experiment").check(doc));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        JsonNode root = doc.root();
        Path folder = file.toAbsolutePath().getParent();
        Path scenarioFile = folder.resolve(root.get("scenario").asText()).normalize();
        if (!allowOutside && !SourceFile.inside(folder, scenarioFile)) {
            throw new ScenarioException(List.of(doc.problemAt("/scenario", SchemaCheck.quote(root.get("scenario")),
                    "expected a scenario file inside this experiment's folder; a path that leads out of it needs "
                            + "--allow-outside")));
        }
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException(List.of(doc.problemAt("/scenario", SchemaCheck.quote(root.get("scenario")),
                    "no such scenario file (paths are relative to the experiment file)")));
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile, overlay, allowOutside).scenario();

        CompiledScenario compiled = CompiledScenario.compile(scenario);
        List<UncertainInput> uncertain = uncertain(doc, root, problems,
                path -> InputBinding.bind(compiled, path).range());
        List<DesignFactor> factors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> fs = Nodes.items(root, "designs");
        for (int i = 0; i < fs.size(); i++) {
            JsonNode f = fs.get(i);
            List<String> levels = levels(doc, i, f, f.get("factor").asText().startsWith("mechanism."), problems);
            DesignFactor factor = new DesignFactor(f.get("factor").asText(), levels);
            if (!names.add(factor.name())) {
                problems.add(doc.problemAt("/designs/" + i + "/factor", "'" + factor.name() + "'",
                        "this factor is already a design factor"));
            }
            String bad = factor.check(scenario);
            if (bad != null) {
                problems.add(doc.problemAt("/designs/" + i + "/factor", "'" + factor.name() + "'", bad));
            }
            factors.add(factor);
        }
        List<String> outcomes = Nodes.strings(root, "outcomes");
        for (int i = 0; i < outcomes.size(); i++) {
            try {
                OutcomeSelector.parse(outcomes.get(i), compiled);
            } catch (IllegalArgumentException e) {
                problems.add(doc.problemAt("/outcomes/" + i, null, e.getMessage()));
            }
        }
        Sampling sampling = root.has("sampling") ? Sampling.byId(root.get("sampling").asText())
                : Sampling.LATIN_HYPERCUBE;
        long points = 1;
        for (DesignFactor f : factors) {
            points = Math.min(points * f.levels().size(), ExperimentSpec.MAX_DESIGN_POINTS + 1L);
        }
        if (points > ExperimentSpec.MAX_DESIGN_POINTS) {
            problems.add(doc.problemAt("/designs", null, "expected at most " + ExperimentSpec.MAX_DESIGN_POINTS
                    + " design points (the product of the factors' level counts)"));
        }
        String tooMany = ExperimentSpec.sizeProblem(sampling, root.get("runs").asLong(), uncertain.size());
        if (tooMany != null) {
            problems.add(doc.problemAt("/runs", root.get("runs").toString(), tooMany));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new ExperimentSpec(root.get("experiment").asText(), Nodes.text(root, "title",
                root.get("experiment").asText()), scenario, root.get("runs").asLong(), root.get("seed").asLong(),
                sampling, uncertain, factors, outcomes, Nodes.strings(root, "questions"));
    }

    static DistributionSpec distribution(JsonNode node) {
        String kind = node.fieldNames().next();
        JsonNode body = node.get(kind);
        Map<String, Double> params = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                params.put(e.getKey(), e.getValue().asDouble());
            }
        });
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (body.has("values")) {
            body.get("values").forEach(v -> values.add(v.asDouble()));
        }
        if (body.has("weights")) {
            body.get("weights").forEach(v -> weights.add(v.asDouble()));
        }
        return new DistributionSpec(kind, params, values, weights);
    }

    /** Why the distribution can draw values outside the input's range (which the model would clamp), or null. */
    private static String checkRange(DistributionSpec d, String path, double[] range) {
        String within = "within [" + range[0] + ", " + range[1] + "], the range of " + path;
        switch (d.kind()) {
            case "uniform", "triangular", "beta": {
                double min = d.param("min", 0);
                double max = d.param("max", 1);
                return min >= range[0] && max <= range[1] ? null
                        : "expected min and max " + within + "; got min " + min + " and max " + max;
            }
            case "truncatedNormal": {
                double min = d.param("min", 0);
                double max = d.param("max", 1);
                if (!(min >= range[0] && max <= range[1])) {
                    return "expected min and max " + within + "; got min " + min + " and max " + max;
                }
                double sd = d.param("sd", 0.1);
                double mean = d.param("mean", 0.5);
                double a = (min - mean) / sd;
                double b = (max - mean) / sd;
                return a > 37 || b < -37 ? "expected a window [min, max] that holds probability; [" + min + ", "
                        + max + "] lies more than 37 standard deviations (sd " + sd + ") from the mean " + mean
                        : null;
            }
            case "choice": {
                for (int i = 0; i < d.values().size(); i++) {
                    double v = d.values().get(i);
                    if (!(v >= range[0] && v <= range[1])) {
                        return "expected values " + within + "; values[" + i + "] is " + v;
                    }
                }
                return null;
            }
            default:
                return null;
        }
    }

    static String checkDistribution(DistributionSpec d) {

        double min = d.param("min", 0);
        double max = d.param("max", 1);
        switch (d.kind()) {
            case "uniform":
                return min < max ? null : "expected min below max, got min " + min + " and max " + max;
            case "triangular": {
                double mode = d.param("mode", 0);
                return min < max && mode >= min && mode <= max ? null
                        : "expected min <= mode <= max and min below max, got " + min + ", " + mode + ", " + max;
            }
            case "truncatedNormal":
                if (!(d.param("sd", 0.1) > 0)) {
                    return "expected sd above 0, got " + d.param("sd", 0.1);
                }
                return min < max ? null : "expected min below max, got min " + min + " and max " + max;
            case "beta":
                return min < max ? null : "expected min below max, got min " + min + " and max " + max;
            case "choice": {
                if (!d.weights().isEmpty() && d.weights().size() != d.values().size()) {
                    return "expected as many weights as values, got " + d.weights().size() + " weights for "
                            + d.values().size() + " values";
                }
                for (int i = 0; i < d.weights().size(); i++) {
                    if (!(d.weights().get(i) >= 0)) {
                        return "expected weights of 0 or more; weights[" + i + "] is " + d.weights().get(i);
                    }
                }
                double sum = d.weights().stream().mapToDouble(Double::doubleValue).sum();
                if (Double.isInfinite(sum)) {
                    return "expected weights whose sum is a finite number; they sum to more than "
                            + Double.MAX_VALUE;
                }
                return d.weights().isEmpty() || sum > 0 ? null : "expected weights that sum above 0";
            }
            default:
                return null;
        }
    }
}
