package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.experiment.DistributionSpec;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.experiment.UncertainInput;
import org.mandate.core.history.HistoryExperiment;
import org.mandate.core.history.HistoryFactor;
import org.mandate.core.history.HistoryInputs;
import org.mandate.core.history.HistoryOutcome;
import org.mandate.core.history.HistorySpec;

/**
 * Loads an experiment on a history ({@code docs/history-experiment.schema.json}) and the history it names,
 * collecting every problem: schema violations, paths that name no input of the history, distribution parameters out
 * of order, factors and levels that do not apply, and outcomes that do not parse.
 */
public final class HistoryExperimentLoader {
    private HistoryExperimentLoader() {
    }

    /** Whether the file is an experiment on a history (it names a {@code history:}); false when unreadable. */
    public static boolean isHistoryExperiment(Path file) {
        return FileKind.of(file) == FileKind.HISTORY_EXPERIMENT;
    }

    /** Loads the experiment and its history. */
    public static HistoryExperiment load(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes = SourceFile.read(file, label, "an experiment file");
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> problems = new ArrayList<>(SchemaCheck.of("history-experiment").check(doc));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        JsonNode root = doc.root();
        Path folder = file.toAbsolutePath().getParent();
        Path historyFile = folder.resolve(root.get("history").asText()).normalize();
        if (!Files.isRegularFile(historyFile)) {
            throw new ScenarioException(List.of(doc.problemAt("/history", SchemaCheck.quote(root.get("history")),
                    "no such history file (paths are relative to the experiment file)")));
        }
        HistorySpec history = HistoryLoader.load(historyFile);
        if (root.has("to")) {
            LocalDate to = Nodes.date(root, "to");
            if (to.isBefore(history.from())) {
                problems.add(doc.problemAt("/to", "'" + to + "'", "expected a day after the history's first day ("
                        + history.from() + ")"));
            } else {
                history = history.withPeriod(history.from(), to);
            }
        }
        HistorySpec spec = history;
        List<UncertainInput> uncertain = ExperimentLoader.uncertain(doc, root, problems, path -> {
            HistoryInputs.check(spec, path);
            return null;
        });
        List<HistoryFactor> factors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> fs = Nodes.items(root, "designs");
        for (int i = 0; i < fs.size(); i++) {
            JsonNode f = fs.get(i);
            List<String> levels = ExperimentLoader.levels(doc, i, f, true, problems);
            HistoryFactor factor = new HistoryFactor(f.get("factor").asText(), levels);
            if (!names.add(factor.name())) {
                problems.add(doc.problemAt("/designs/" + i + "/factor", "'" + factor.name() + "'",
                        "this factor is already a design factor"));
            }
            String bad = factor.check(history);
            if (bad != null) {
                problems.add(doc.problemAt("/designs/" + i + "/factor", "'" + factor.name() + "'", bad));
            }
            factors.add(factor);
        }
        List<HistoryOutcome> outcomes = new ArrayList<>();
        List<String> texts = Nodes.strings(root, "outcomes");
        for (int i = 0; i < texts.size(); i++) {
            try {
                outcomes.add(HistoryOutcome.parse(texts.get(i), history));
            } catch (IllegalArgumentException e) {
                problems.add(doc.problemAt("/outcomes/" + i, "'" + texts.get(i) + "'", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Sampling sampling = root.has("sampling") ? Sampling.byId(root.get("sampling").asText())
                : Sampling.LATIN_HYPERCUBE;
        return new HistoryExperiment(root.get("experiment").asText(), Nodes.text(root, "title",
                root.get("experiment").asText()), history, root.get("runs").asLong(), root.get("seed").asLong(),
                sampling, uncertain, factors, outcomes);
    }
}
