package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGeneratorFactory;
import org.mandate.analysis.discovery.Column;
import org.mandate.analysis.discovery.Prim;
import org.mandate.analysis.discovery.PrimBox;
import org.mandate.analysis.discovery.PrimResult;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.HistoryEnsemble;
import org.mandate.analysis.ensemble.HistoryEnsembleFiles;
import org.mandate.analysis.ensemble.Shard;
import org.mandate.analysis.output.OutputFolder;
import org.mandate.analysis.sampling.Design;
import org.mandate.analysis.sensitivity.ElementaryEffects;
import org.mandate.analysis.sensitivity.MorrisAnalysis;
import org.mandate.analysis.sensitivity.MorrisDesign;
import org.mandate.analysis.sensitivity.MorrisIndices;
import org.mandate.analysis.sensitivity.SaltelliDesign;
import org.mandate.analysis.sensitivity.SobolAnalysis;
import org.mandate.analysis.sensitivity.SobolIndex;
import org.mandate.analysis.sensitivity.SobolIndices;
import org.mandate.analysis.stats.Moments;
import org.mandate.core.history.HistoryExperiment;
import org.mandate.core.history.HistoryFactor;
import org.mandate.core.history.HistoryOutcome;
import org.mandate.core.scenario.HistoryExperimentLoader;
import org.mandate.core.scenario.ScenarioException;

/**
 * {@code ensemble}, {@code sensitivity} and {@code discover} on an experiment whose file names a {@code history:}
 * instead of a {@code scenario:}: the same commands, with the history's outcomes.
 */
final class HistoryExperiments {
    private HistoryExperiments() {
    }

    static HistoryExperiment load(Path file, PrintWriter err) {
        try {
            return HistoryExperimentLoader.load(file);
        } catch (ScenarioException e) {
            Inputs.printProblems(e, err);
            return null;
        }
    }

    /** Column names for sensitivity and discovery: the inputs' paths, then the factors. */
    private static List<String> names(HistoryExperiment x) {
        List<String> names = new ArrayList<>(x.paths());
        for (HistoryFactor f : x.factors()) {
            names.add(f.name());
        }
        return names;
    }

    /**
     * {@code ensemble} on a history experiment. With {@code out}, the rows go to the folder as a crisis ensemble's
     * do ({@code runs.csv} or the Parquet parts in {@code rows/}, {@code checkpoint.json}, {@code summary.json} and
     * the manifest), and {@code resume} continues a killed ensemble from its last checkpoint. With {@code shardText}
     * ({@code I/N}), only that shard's draws are run, into a folder that {@code mandate merge} joins with the other
     * shards' folders.
     */
    static int ensemble(Path file, Long runs, int threads, Path out, boolean overwrite, boolean resume,
                        String rowsFormat, String shardText, boolean progress, RunCommand.Format format,
                        picocli.CommandLine.Model.CommandSpec command, PrintWriter stdout, PrintWriter err)
            throws Exception {
        HistoryExperiment x = load(file, err);
        if (x == null) {
            return Main.BAD_INPUT;
        }
        if (runs != null) {
            if (runs < 1 || runs > 1_000_000) {
                err.println("mandate: --runs must be from 1 to 1000000 for a history experiment, was " + runs);
                return Main.BAD_INPUT;
            }
            x = x.withRuns(runs);
        }
        if (threads < 1) {
            err.println("mandate: --threads must be at least 1, was " + threads);
            return Main.BAD_INPUT;
        }
        if (!rowsFormat.equals("csv") && !rowsFormat.equals("parquet")) {
            err.println("mandate: --rows: expected csv or parquet, was '" + rowsFormat + "'");
            return Main.BAD_INPUT;
        }
        Shard shard;
        try {
            shard = EnsembleCommand.shard(shardText, x.runs(), "draws");
        } catch (IllegalArgumentException e) {
            err.println("mandate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (out == null && (resume || rowsFormat.equals("parquet") || shard != null)) {
            err.println("mandate: " + (resume ? "--resume" : shard != null ? "--shard" : "--rows parquet")
                    + ": a history experiment writes rows only with --out DIR; give the folder");
            return Main.BAD_INPUT;
        }
        HistoryEnsemble ens = new HistoryEnsemble(x);
        HistoryEnsemble.Tally tally = ens.tally();
        long first = shard == null ? 0 : shard.from(x.runs());
        long end = shard == null ? x.runs() : shard.to(x.runs());
        long total = end - first;
        long step = Math.max(1, total / 20);
        long[] shown = {0};
        java.util.function.LongConsumer report = next -> {
            long done = next - first;
            if (progress && (done / step > shown[0] || done == total)) {
                shown[0] = done / step;
                err.printf(Locale.ROOT, "\r%d of %d draws", done, total);
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        };
        OutputFolder folder = null;
        String rowsName = null;
        if (out == null) {
            ens.run(0, threads, false, (from, slice, text) -> {
                for (double[][] row : slice) {
                    tally.add(row);
                }
                report.accept(from + slice.length);
            });
        } else {
            boolean csv = rowsFormat.equals("csv");
            try {
                folder = OutputFolder.prepare(out, Outputs.provenance(command, List.of(file), x.seed()),
                        List.of(EnsembleFiles.ROWS, EnsembleFiles.PARTS, EnsembleFiles.CHECKPOINT,
                                EnsembleCommand.SUMMARY), resume, overwrite);
            } catch (OutputFolder.RefusedException e) {
                err.println("mandate: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println("mandate: " + Outputs.cannotWrite(out, e));
                return Main.BAD_INPUT;
            }
            if (shard != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("index", shard.index());
                m.put("count", shard.count());
                m.put("firstRun", first);
                m.put("endRun", end);
                folder.field("shard", m);
            }
            try (HistoryEnsembleFiles files = csv ? HistoryEnsembleFiles.open(out, ens, shard, resume, overwrite)
                    : HistoryEnsembleFiles.openParquet(out, ens, shard, "mandate " + Outputs.provenance(command,
                    List.of(), null).version(), resume, overwrite)) {
                files.timed(System::nanoTime).restore(tally);
                rowsName = files.rowsName();
                ens.run(files.nextRun(), end, threads, files.needsText(), (from, slice, text) -> {
                    for (double[][] row : slice) {
                        tally.add(row);
                    }
                    files.write(from, slice, text, tally);
                    report.accept(from + slice.length);
                });
            } catch (EnsembleFiles.RefusedException e) {
                err.println("mandate: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println("mandate: " + Outputs.cannotWrite(out, e));
                err.println("mandate: the draws counted by " + out.resolve(EnsembleFiles.CHECKPOINT) + " are kept; "
                        + "free space or fix the folder and use --resume to continue");
                return Main.BAD_INPUT;
            }
        }
        HistoryEnsemble.Summary[][] summary = ens.summarise(tally);
        Map<String, Object> root = summaryJson(x, ens, total, summary);
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(root));
        } else {
            table(x, ens, total, summary, stdout);
        }
        if (folder != null) {
            try {
                Files.writeString(out.resolve(EnsembleCommand.SUMMARY), summaryText(root), StandardCharsets.UTF_8);
                Map<String, Object> rowsDoc = new LinkedHashMap<>();
                rowsDoc.put("format", rowsFormat);
                rowsDoc.put("layout", "long");
                rowsDoc.put("rows", total * ens.points().size());
                folder.complete(List.of(rowsName, EnsembleFiles.CHECKPOINT, EnsembleCommand.SUMMARY),
                        Map.of("rows", rowsDoc));
            } catch (IOException e) {
                err.println("mandate: " + Outputs.cannotWrite(out, e));
                return Main.BAD_INPUT;
            }
        }
        return Main.OK;
    }

    private static void table(HistoryExperiment x, HistoryEnsemble ens, long draws, HistoryEnsemble.Summary[][] s,
                              PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d draws of %d uncertain inputs at %d design points (%s), seed %d%n",
                x.title(), draws, x.uncertain().size(), ens.points().size(),
                x.sampling().name().toLowerCase(Locale.ROOT).replace('_', '-'), x.seed());
        int ow = 7;
        for (HistoryOutcome o : x.outcomes()) {
            ow = Math.max(ow, Text.safe(o.text()).length());
        }
        int pw = 12;
        for (List<String> p : ens.points()) {
            pw = Math.max(pw, point(x, p).length());
        }
        String row = "%-" + ow + "s  %-" + pw + "s  %9s  %21s%n";
        out.printf(Locale.ROOT, row, "outcome", "design point", "estimate", "95% interval");
        String line = "%-" + ow + "s  %-" + pw + "s  %9.3f  [%8.3f, %8.3f]%n";
        for (int j = 0; j < x.outcomes().size(); j++) {
            HistoryOutcome o = x.outcomes().get(j);
            for (int d = 0; d < ens.points().size(); d++) {
                HistoryEnsemble.Summary v = s[d][j];
                out.printf(Locale.ROOT, line, Text.safe(o.text()),
                        point(x, ens.points().get(d)), v.mean(), v.low(), v.high());
            }
        }
        out.println("(yes/no outcomes: the share of draws in which it holds, Wilson interval; others: the mean, normal"
                + " interval)");
    }

    private static String point(HistoryExperiment x, List<String> levels) {
        if (levels.isEmpty()) {
            return "as written";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            parts.add(x.factors().get(i).name() + "=" + levels.get(i));
        }
        return String.join(" ", parts);
    }

    /** The text of a history ensemble's {@code summary.json}: the JSON and a line end. */
    static String summaryText(Map<String, Object> root) throws IOException {
        return RunCommand.json().writeValueAsString(root) + "\n";
    }

    /** The summary of a history ensemble of {@code draws} draws (a shard's, or every one). */
    private static Map<String, Object> summaryJson(HistoryExperiment x, HistoryEnsemble ens, long draws,
                                                   HistoryEnsemble.Summary[][] s) {
        List<String> points = new ArrayList<>();
        for (List<String> p : ens.points()) {
            points.add(point(x, p));
        }
        List<String> outcomes = new ArrayList<>();
        List<Boolean> binary = new ArrayList<>();
        for (HistoryOutcome o : x.outcomes()) {
            outcomes.add(o.text());
            binary.add(o.binary());
        }
        return summaryJson(x.id(), x.history().id(), draws, x.seed(),
                x.sampling().name().toLowerCase(Locale.ROOT).replace('_', '-'), x.paths(), points, outcomes, binary, s);
    }

    /**
     * The summary of a history ensemble from what names it and its summaries, {@code s[d][j]}: what a run writes
     * and what a merge of its shards writes, field for field.
     */
    static Map<String, Object> summaryJson(String experiment, String history, long draws, long seed, String sampling,
                                           List<String> inputs, List<String> points, List<String> outcomeTexts,
                                           List<Boolean> binary, HistoryEnsemble.Summary[][] s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", experiment);
        root.put("history", history);
        root.put("runs", draws);
        root.put("seed", seed);
        root.put("sampling", sampling);
        root.put("inputs", inputs);
        root.put("designPoints", points);
        List<Object> outcomes = new ArrayList<>();
        for (int j = 0; j < outcomeTexts.size(); j++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("outcome", outcomeTexts.get(j));
            o.put("binary", binary.get(j));
            List<Object> byPoint = new ArrayList<>();
            for (int d = 0; d < points.size(); d++) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("designPoint", points.get(d));
                v.put("estimate", s[d][j].mean());
                v.put("low", s[d][j].low());
                v.put("high", s[d][j].high());
                v.put("n", s[d][j].n());
                byPoint.add(v);
            }
            o.put("byDesignPoint", byPoint);
            outcomes.add(o);
        }
        root.put("outcomes", outcomes);
        return root;
    }

    static int sensitivity(Path file, List<String> wanted, String method, int samples, int trajectories, int bootstrap,
                           int threads, Path out, RunCommand.Format format, PrintWriter stdout, PrintWriter err)
            throws Exception {
        HistoryExperiment x = load(file, err);
        if (x == null) {
            return Main.BAD_INPUT;
        }
        List<HistoryOutcome> outcomes = new ArrayList<>();
        for (String w : wanted == null ? List.<String>of() : wanted) {
            List<HistoryOutcome> one = select(x, w, err);
            if (one == null) {
                return Main.BAD_INPUT;
            }
            outcomes.addAll(one);
        }
        if (outcomes.isEmpty()) {
            outcomes = x.outcomes();
        }
        HistoryEnsemble ens = new HistoryEnsemble(x);
        if (ens.dimension() == 0) {
            err.println("mandate: the experiment varies nothing: give it uncertain inputs or design factors");
            return Main.BAD_INPUT;
        }
        List<String> names = names(x);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", x.id());
        root.put("inputs", names);
        double[][] sobolY = null;
        SaltelliDesign saltelli = null;
        if (!method.equals("morris")) {
            saltelli = SobolAnalysis.design(ens.dimension(), samples, x.seed());
            sobolY = evaluate(ens, saltelli, threads);
        }
        double[][] morrisY = null;
        MorrisDesign morris = null;
        if (!method.equals("sobol")) {
            morris = MorrisAnalysis.design(ens.dimension(), trajectories, 4, x.seed());
            morrisY = evaluate(ens, morris, threads);
        }
        List<Object> results = new ArrayList<>();
        for (HistoryOutcome o : outcomes) {
            int j = x.outcomes().indexOf(o);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("outcome", o.text());
            if (format == RunCommand.Format.table) {
                stdout.println("outcome " + Text.safe(o.text()));
            }
            if (sobolY != null) {
                double[] y = column(sobolY, j);
                r.put("mean", Moments.mean(y));
                if (Moments.variance(y) > 0) {
                    SobolIndices s = SobolAnalysis.analyse(saltelli, y, x.seed(), bootstrap);
                    List<Object> rows = new ArrayList<>();
                    for (SobolIndex i : s.indices()) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("input", names.get(i.input()));
                        m.put("firstOrder", i.firstOrder());
                        m.put("firstOrderInterval", List.of(i.firstOrderInterval().lower(),
                                i.firstOrderInterval().upper()));
                        m.put("totalOrder", i.totalOrder());
                        m.put("totalOrderInterval", List.of(i.totalOrderInterval().lower(),
                                i.totalOrderInterval().upper()));
                        rows.add(m);
                        if (format == RunCommand.Format.table) {
                            stdout.printf(Locale.ROOT, "  sobol %-40s  S1 %6.3f [%6.3f, %6.3f]  ST %6.3f [%6.3f, %6.3f]%n",
                                    names.get(i.input()), i.firstOrder(), i.firstOrderInterval().lower(),
                                    i.firstOrderInterval().upper(), i.totalOrder(), i.totalOrderInterval().lower(),
                                    i.totalOrderInterval().upper());
                        }
                    }
                    r.put("sobol", rows);
                } else {
                    r.put("sobol", "the outcome never varies in the sample: every index is 0");
                    if (format == RunCommand.Format.table) {
                        stdout.println("  sobol: the outcome never varies in the sample: every index is 0");
                    }
                }
            }
            if (morrisY != null) {
                MorrisIndices m = MorrisAnalysis.analyse(morris, column(morrisY, j), x.seed(), bootstrap);
                List<Object> rows = new ArrayList<>();
                for (ElementaryEffects e : m.effects()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("input", names.get(e.input()));
                    row.put("muStar", e.muStar());
                    row.put("mu", e.mu());
                    row.put("sigma", e.sigma());
                    rows.add(row);
                    if (format == RunCommand.Format.table) {
                        stdout.printf(Locale.ROOT, "  morris %-40s  mu* %7.3f  mu %7.3f  sigma %7.3f%n",
                                names.get(e.input()), e.muStar(), e.mu(), e.sigma());
                    }
                }
                r.put("morris", rows);
            }
            results.add(r);
        }
        root.put("outcomes", results);
        root.put("samples", samples);
        root.put("trajectories", trajectories);
        root.put("bootstrap", bootstrap);
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(root));
        }
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("sensitivity.json"), RunCommand.json().writeValueAsString(root));
        }
        return Main.OK;
    }

    static int discover(Path file, String outcome, Integer runs, double density, int threads, Path out,
                        RunCommand.Format format, PrintWriter stdout, PrintWriter err) throws Exception {
        HistoryExperiment x = load(file, err);
        if (x == null) {
            return Main.BAD_INPUT;
        }
        List<HistoryOutcome> outcomes = select(x, outcome, err);
        if (outcomes == null) {
            return Main.BAD_INPUT;
        }
        HistoryOutcome o = outcomes.get(0);
        HistoryEnsemble ens = new HistoryEnsemble(x);
        int n = runs != null ? runs : (int) Math.min(2000, x.runs());
        Design design = Design.latinHypercube(n, Math.max(1, ens.dimension()),
                RandomGeneratorFactory.of("L64X128MixRandom").create(x.seed()));
        double[][] y = evaluate(ens, design, threads);
        int j = x.outcomes().indexOf(o);
        boolean[] hit = new boolean[n];
        double[][] values = new double[n][];
        int hits = 0;
        for (int k = 0; k < n; k++) {
            hit[k] = y[k][j] > 0;
            hits += hit[k] ? 1 : 0;
            values[k] = ens.valuesAt(design.row(k));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", x.id());
        root.put("outcome", o.text());
        root.put("runs", n);
        root.put("hits", hits);
        if (hits == 0 || hits == n || ens.dimension() == 0) {
            String why = hits == 0 ? "the outcome never happens in " + n + " runs"
                    : hits == n ? "the outcome happens in every one of " + n + " runs" : "nothing varies";
            root.put("note", why + "; there is no box to find");
            if (format == RunCommand.Format.json) {
                stdout.println(RunCommand.json().writeValueAsString(root));
            } else {
                stdout.println(why + "; there is no box to find.");
            }
            return Main.OK;
        }
        List<Column> columns = new ArrayList<>();
        for (String p : x.paths()) {
            columns.add(Column.continuous(p));
        }
        for (HistoryFactor f : x.factors()) {
            columns.add(Column.categorical(f.name(), f.levels().toArray(String[]::new)));
        }
        PrimResult result = Prim.run(columns, values, hit);
        Optional<PrimBox> chosen = result.selectByDensity(density);
        PrimBox box = chosen.orElseGet(() -> result.select(result.trajectory().size() - 1));
        root.put("baseRate", (double) hits / n);
        Map<String, Object> boxJson = new LinkedHashMap<>();
        boxJson.put("rule", box.describe());
        boxJson.put("coverage", box.coverage());
        boxJson.put("density", box.density());
        boxJson.put("mass", box.mass());
        root.put("box", boxJson);
        root.put("metTarget", chosen.isPresent());
        if (format == RunCommand.Format.json) {
            stdout.println(RunCommand.json().writeValueAsString(root));
        } else {
            stdout.printf(Locale.ROOT, "outcome %s: %d of %d runs (%.1f%%)%n", Text.safe(o.text()), hits, n,
                    100.0 * hits / n);
            stdout.printf(Locale.ROOT, "%s box: %s%n  coverage %.3f, density %.3f, %.1f%% of all runs%n",
                    chosen.isPresent() ? "densest-enough" : "last (density target " + density + " not reached)",
                    box.describe(), box.coverage(), box.density(), 100 * box.mass());
        }
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("discovery.json"), RunCommand.json().writeValueAsString(root));
        }
        return Main.OK;
    }

    private static List<HistoryOutcome> select(HistoryExperiment x, String outcome, PrintWriter err) {
        if (outcome == null) {
            return x.outcomes();
        }
        try {
            HistoryOutcome o = HistoryOutcome.parse(outcome, x.history());
            for (HistoryOutcome known : x.outcomes()) {
                if (known.text().equals(o.text())) {
                    return List.of(known);
                }
            }
            err.println("mandate: --outcome: '" + outcome + "' is not among the experiment's outcomes: "
                    + String.join(", ", x.outcomes().stream().map(HistoryOutcome::text).toList()));
            return null;
        } catch (IllegalArgumentException e) {
            err.println("mandate: --outcome: '" + outcome + "': " + e.getMessage());
            return null;
        }
    }

    /** The outcomes of every row of a design, stored by row (the same at any thread count). */
    private static double[][] evaluate(HistoryEnsemble ens, Design design, int threads) throws Exception {
        int rows = design.rows();
        double[][] out = new double[rows][];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, threads));
        try {
            List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
            int chunk = Math.max(1, rows / (Math.max(1, threads) * 8) + 1);
            for (int a = 0; a < rows; a += chunk) {
                int from = a;
                int to = Math.min(rows, a + chunk);
                fs.add(pool.submit(() -> {
                    for (int k = from; k < to; k++) {
                        out[k] = ens.atUniforms(design.row(k), k);
                    }
                }));
            }
            for (var f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static double[] column(double[][] y, int j) {
        double[] c = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            c[k] = Double.isNaN(y[k][j]) ? 0 : y[k][j];
        }
        return c;
    }
}
