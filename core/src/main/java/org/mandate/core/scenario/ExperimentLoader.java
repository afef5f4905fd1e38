package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** Loads the experiment and its scenario. */
    public static ExperimentSpec load(Path file) throws ScenarioException {
        return load(file, LibraryOverlay.NONE);
    }

    /** Loads the experiment and its scenario, with the overlay laid over the scenario's library. */
    public static ExperimentSpec load(Path file, LibraryOverlay overlay) throws ScenarioException {
        String label = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > YamlDocument.MAX_BYTES) {
                throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "file is " + Files.size(file)
                        + " bytes; files over " + YamlDocument.MAX_BYTES + " bytes are refused")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "no such file")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(label, 0, 0, "", null, "cannot read: " + e.getMessage())));
        }
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> problems = new ArrayList<>(SchemaCheck.of("experiment").check(doc));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        JsonNode root = doc.root();
        Path scenarioFile = file.toAbsolutePath().getParent().resolve(root.get("scenario").asText()).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException(List.of(doc.problemAt("/scenario", SchemaCheck.quote(root.get("scenario")),
                    "no such scenario file (paths are relative to the experiment file)")));
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile, overlay).scenario();
        CompiledScenario compiled = CompiledScenario.compile(scenario);
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
            try {
                InputBinding.bind(compiled, path);
            } catch (IllegalArgumentException e) {
                problems.add(doc.problemAt(at + "/path", "'" + path + "'", e.getMessage()));
            }
            DistributionSpec spec = distribution(u.get("distribution"));
            String bad = checkDistribution(spec);
            if (bad != null) {
                problems.add(doc.problemAt(at + "/distribution/" + spec.kind(), null, bad));
            }
            uncertain.add(new UncertainInput(path, spec));
        }
        List<DesignFactor> factors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> fs = Nodes.items(root, "designs");
        for (int i = 0; i < fs.size(); i++) {
            JsonNode f = fs.get(i);
            List<String> levels = new ArrayList<>();
            f.get("levels").forEach(l -> levels.add(l.asText()));
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
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Sampling sampling = root.has("sampling") ? Sampling.byId(root.get("sampling").asText())
                : Sampling.LATIN_HYPERCUBE;
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
            case "beta":
                return min < max ? null : "expected min below max, got min " + min + " and max " + max;
            case "choice": {
                if (!d.weights().isEmpty() && d.weights().size() != d.values().size()) {
                    return "expected as many weights as values, got " + d.weights().size() + " weights for "
                            + d.values().size() + " values";
                }
                double sum = d.weights().stream().mapToDouble(Double::doubleValue).sum();
                return d.weights().isEmpty() || sum > 0 ? null : "expected weights that sum above 0";
            }
            default:
                return null;
        }
    }
}
