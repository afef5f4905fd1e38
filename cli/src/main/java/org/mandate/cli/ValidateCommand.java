package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mandate validate FILE}: checks a scenario, case or experiment file and prints its problems, or {@code ok}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario or case file against the scenario format and the library, or an experiment "
                + "file (one with an 'experiment' key) against the experiment format and its scenario; prints every "
                + "problem (file:line:column: field: value: what was expected) or 'ok'.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the scenario, case, experiment or history file (YAML)")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @Mixin
    InputOptions inputOptions = new InputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        org.mandate.core.scenario.FileKind fileKind = org.mandate.core.scenario.FileKind.of(file);
        boolean history = fileKind == org.mandate.core.scenario.FileKind.HISTORY;
        boolean historyExperiment = fileKind == org.mandate.core.scenario.FileKind.HISTORY_EXPERIMENT;
        boolean experiment = fileKind == org.mandate.core.scenario.FileKind.EXPERIMENT;
        String kind = fileKind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        List<Problem> problems = List.of();
        try {
            if (history) {
                org.mandate.core.scenario.HistoryLoader.load(file);
            } else if (historyExperiment) {
                org.mandate.core.scenario.HistoryExperimentLoader.load(file);
            } else if (experiment) {
                ExperimentLoader.load(file, inputOptions.allowOutside);
            } else {
                ScenarioLoader.load(file, inputOptions.allowOutside);
            }
        } catch (ScenarioException e) {
            problems = e.problems();
        }
        if (format == RunCommand.Format.json) {
            out.println(RunCommand.json().writeValueAsString(json(file, kind, problems)));
        } else if (problems.isEmpty()) {
            out.println("ok");
        } else {
            Inputs.printProblems(new ScenarioException(problems), err);
        }
        return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    /** A validation as JSON: the file, what it was read as, whether it is valid, and each problem's parts. */
    static Map<String, Object> json(Path file, String kind, List<Problem> problems) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file.toString());
        root.put("kind", kind);
        root.put("valid", problems.isEmpty());
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("path", p.path());
            m.put("value", p.value());
            m.put("expected", p.expected());
            m.put("message", p.toString());
            list.add(m);
        }
        root.put("problems", list);
        return root;
    }
}
