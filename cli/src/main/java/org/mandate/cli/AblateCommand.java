package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.core.ablation.Ablation;
import org.mandate.core.ablation.AblationReport;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Problem;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mandate ablate DIR}: which cells of a folder of cases each mechanism changes when switched off, alone and in
 * pairs.
 *
 * <p>Lists the folder's {@code *.yaml} and {@code *.yml} files in name order, loads each (any scenario file will do;
 * an {@code observed:} block is ignored), runs it with every mechanism on, with each switched off and with each pair
 * switched off, and prints the table. A file with problems is reported and skipped; the rest are still ablated, and
 * the exit code is then 2.
 */
@Command(name = "ablate", mixinStandardHelpOptions = true,
        description = "Switches each mechanism off, alone and in pairs, in every scenario or case file in DIR and "
                + "reports which cells (episode x organization) change their decided or implemented level: per "
                + "mechanism the cells it changes alone, the mechanisms that change none, and the pairs that change "
                + "cells neither changes alone. Files with problems are reported and skipped (exit code 2).")
final class AblateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a folder of scenario or case files (YAML)")
    Path dir;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write ablation.json, summary.csv and changes.csv there (the folder is created if "
                    + "needed)")
    Path out;

    /** Output formats. */
    enum Format { table, json }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("mandate: ablate: '" + dir + "' is not a folder; expected a folder of scenario or case files");
            return Main.BAD_INPUT;
        }
        List<Path> files = BacktestCommand.caseFiles(dir);
        if (files.isEmpty()) {
            err.println("mandate: ablate: no scenario files (*.yaml, *.yml) in '" + dir + "'");
            return Main.BAD_INPUT;
        }
        List<Ablation.Case> cases = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        int skipped = 0;
        List<Map<String, Object>> skippedFiles = new ArrayList<>();
        for (Path file : files) {
            List<Problem> problems = new ArrayList<>();
            try {
                LoadedScenario loaded = ScenarioLoader.load(file);
                String id = loaded.scenario().id();
                if (fileById.containsKey(id)) {
                    problems.add(new Problem(loaded.file(), 0, 0, "scenario", "'" + id + "'",
                            "a scenario id not used before; " + fileById.get(id) + " has it"));
                } else {
                    fileById.put(id, loaded.file());
                    cases.add(new Ablation.Case(id, CompiledScenario.compile(loaded.scenario())));
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> ErrorReport.print(err, p));
                err.println(file + ": skipped (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + ")");
                skipped++;
                Map<String, Object> entry = new java.util.LinkedHashMap<>();
                entry.put("file", file.toString());
                entry.put("problems", problems.stream().map(Problem::toString).map(Text::safe).toList());
                skippedFiles.add(entry);
            }
        }
        AblationReport report = Ablation.run(cases);
        Map<String, Object> tree = new java.util.LinkedHashMap<>(report.tree());
        if (!skippedFiles.isEmpty()) {
            tree.put("skipped", skippedFiles);
        }
        if (format == Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(tree));
        } else {
            stdout.print(report.text());
        }
        stdout.flush();
        if (out != null) {
            try {
                Files.createDirectories(out);
                report.writeCsv(out);
                RunCommand.json().writeValue(out.resolve("ablation.json").toFile(), tree);
            } catch (IOException e) {
                err.println("mandate: ablate: cannot write to '" + out + "': " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        return skipped == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
