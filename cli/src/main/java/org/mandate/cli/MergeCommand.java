package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.EnsembleMerge;
import org.mandate.analysis.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate merge DIR... --out DIR}: joins the folders of an ensemble's shards into the whole ensemble's. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges the output folders of 'mandate ensemble --shard I/N' (of a crisis or a history "
                + "experiment) into one folder, the same as the ensemble run whole: the rows in run order, the "
                + "summary added up from the shards' counts.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "the shards' output folders, in any order")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged folder")
    Path out;

    @Option(names = "--overwrite", description = "replace what the --out folder holds from an earlier run")
    boolean overwrite;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path shard : shards) {
            if (shard.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                err.println("mandate: --out: '" + out + "' is also a shard to merge; expected another folder");
                return Main.BAD_INPUT;
            }
            if (!Files.isDirectory(shard)) {
                err.println("mandate: '" + shard + "': no such folder; expected the output folder of 'mandate "
                        + "ensemble --shard'");
                return Main.BAD_INPUT;
            }
        }
        long started = System.nanoTime();
        EnsembleMerge.Plan plan;
        try {
            plan = EnsembleMerge.check(shards);
        } catch (EnsembleFiles.RefusedException e) {
            err.println("mandate: merge: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        OutputFolder folder;
        try {
            folder = OutputFolder.prepare(out, Outputs.provenance(spec, shards, null),
                    List.of(EnsembleFiles.ROWS, EnsembleFiles.PARTS, EnsembleFiles.CHECKPOINT,
                            EnsembleCommand.SUMMARY), false, overwrite);
        } catch (OutputFolder.RefusedException e) {
            err.println("mandate: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(out, e));
            return Main.BAD_INPUT;
        }
        if (plan.histories()) {
            return histories(plan, folder, stdout, err);
        }
        EnsembleMerge.Merged merged;
        try {
            merged = plan.writeTo(out);
        } catch (EnsembleFiles.RefusedException e) {
            err.println("mandate: merge: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(out, e));
            return Main.BAD_INPUT;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String rowsPath = merged.rowsName() == null ? null : out.resolve(merged.rowsName()).toString();
        Map<String, Object> json = merged.report().json(merged.summary(), rowsPath, merged.rows(), seconds);
        String summaryText = RunCommand.json().writeValueAsString(json);
        Map<String, Object> rowsDoc = new java.util.LinkedHashMap<>();
        rowsDoc.put("format", merged.format());
        if (merged.rowsName() != null) {
            rowsDoc.put("layout", merged.wide() ? "wide" : "long");
            rowsDoc.put("rows", merged.rows());
        }
        if (!complete(folder, summaryText, merged.report().seed(), merged.rowsName(), rowsDoc, err)) {
            return Main.BAD_INPUT;
        }
        if (format == RunCommand.Format.json) {
            stdout.println(summaryText);
        } else {
            stdout.printf(Locale.ROOT, "%s: %d folders merged, %d runs per design point, %d design points, %s;"
                            + " summary in %s%n", merged.report().experiment(), shards.size(),
                    merged.summary().runs(), merged.report().points(), merged.rowsName() == null ? "no rows kept"
                            : merged.rows() + (merged.wide() ? " rows (wide, one a run)" : " rows") + " in " + rowsPath,
                    out.resolve(EnsembleCommand.SUMMARY));
        }
        return Main.OK;
    }

    /** Merges the shards of an experiment on a history: the rows, the checkpoint and the summary a whole run writes. */
    private int histories(EnsembleMerge.Plan plan, OutputFolder folder, PrintWriter stdout, PrintWriter err)
            throws IOException {
        EnsembleMerge.HistoryMerged merged;
        try {
            merged = plan.writeHistoriesTo(out);
        } catch (EnsembleFiles.RefusedException e) {
            err.println("mandate: merge: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(out, e));
            return Main.BAD_INPUT;
        }
        com.fasterxml.jackson.databind.JsonNode labels = merged.labels();
        List<String> points = texts(labels.get("designPoints"));
        List<String> outcomes = new java.util.ArrayList<>();
        List<Boolean> binary = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode o : labels.get("outcomes")) {
            outcomes.add(o.path("outcome").asText());
            binary.add(o.path("binary").asBoolean());
        }
        Map<String, Object> json = HistoryExperiments.summaryJson(labels.get("experiment").asText(),
                labels.get("history").asText(), merged.runs(), labels.get("seed").asLong(),
                labels.get("sampling").asText(), texts(labels.get("inputs")), points, outcomes, binary,
                merged.summary());
        String summaryText = HistoryExperiments.summaryText(json);
        String rowsPath = out.resolve(merged.rowsName()).toString();
        Map<String, Object> rowsDoc = new java.util.LinkedHashMap<>();
        rowsDoc.put("format", merged.format());
        rowsDoc.put("layout", "long");
        rowsDoc.put("rows", merged.rows());
        if (!complete(folder, summaryText, labels.get("seed").asLong(), merged.rowsName(), rowsDoc, err)) {
            return Main.BAD_INPUT;
        }
        if (format == RunCommand.Format.json) {
            stdout.print(summaryText);
        } else {
            stdout.printf(Locale.ROOT, "%s: %d folders merged, %d draws at %d design points, %d rows in %s; summary "
                            + "in %s%n", labels.get("experiment").asText(), shards.size(), merged.runs(),
                    points.size(), merged.rows(), rowsPath, out.resolve(EnsembleCommand.SUMMARY));
        }
        return Main.OK;
    }

    /**
     * Writes {@code summary.json} and marks the folder complete, its manifest naming the seed, the rows ({@code rowsDoc})
     * and the files (the rows, when {@code rowsName} is not null, the checkpoint and the summary); false, having said
     * why, when it cannot be written.
     */
    private boolean complete(OutputFolder folder, String summaryText, long seed, String rowsName,
                             Map<String, Object> rowsDoc, PrintWriter err) {
        try {
            Files.writeString(out.resolve(EnsembleCommand.SUMMARY), summaryText,
                    java.nio.charset.StandardCharsets.UTF_8);
            folder.field("seed", seed);
            folder.complete(rowsName == null ? List.of(EnsembleFiles.CHECKPOINT, EnsembleCommand.SUMMARY)
                    : List.of(rowsName, EnsembleFiles.CHECKPOINT, EnsembleCommand.SUMMARY), Map.of("rows", rowsDoc));
            return true;
        } catch (IOException e) {
            err.println("mandate: " + Outputs.cannotWrite(out.resolve(EnsembleCommand.SUMMARY), e));
            return false;
        }
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
