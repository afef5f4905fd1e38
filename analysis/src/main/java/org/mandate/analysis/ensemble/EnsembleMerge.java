package org.mandate.analysis.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The merge of an ensemble's shard folders ({@code mandate ensemble --shard i/n}) into the folder of the whole
 * ensemble: the rows concatenated in run order ({@code runs.csv} with one header, or the Parquet parts renumbered in
 * run order), {@code checkpoint.json} of a complete ensemble with the summary's counts and sums added up, never
 * averaged. The folders may be given in any order; they must hold complete shards of one ensemble (the same
 * experiment, seed, runs, inputs, designs and row format) that together hold every run exactly once.
 *
 * <p>Shards of an experiment on a history ({@link HistoryEnsembleFiles}) merge the same way: their rows in draw
 * order, a complete checkpoint, and their tallies added up exactly ({@link HistoryEnsemble.Tally}), so the merged
 * summary is, to the last bit, that of the ensemble run whole. Shards of a history ensemble and of a crisis ensemble
 * are never merged together.
 */
public final class EnsembleMerge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EnsembleMerge() {
    }

    /**
     * What a merge produced.
     *
     * @param summary  the summary of every run
     * @param report   the labels of the ensemble, for its {@code summary.json}
     * @param rowsName the rows' file or folder within the merged folder, null when the shards kept no rows
     * @param rows     the number of rows (runs times design points; runs in the wide layout)
     * @param format   the rows' format: csv, parquet or none
     * @param wide     whether the rows are in the wide layout (one a run)
     */
    public record Merged(EnsembleSummary summary, SummaryReport report, String rowsName, long rows, String format,
                         boolean wide) {
    }

    /**
     * What a merge of a history ensemble's shards produced.
     *
     * @param summary  the summaries of every outcome at every design point, {@code [d][j]}, from every draw
     * @param tally    the tally of every draw
     * @param labels   the first shard's {@code summary.json}, for what names the ensemble (experiment, history, seed,
     *                 sampling, inputs, design points and outcomes)
     * @param runs     the draws of the whole ensemble
     * @param rowsName the rows' file or folder within the merged folder
     * @param rows     the number of rows (draws times design points)
     * @param format   the rows' format: csv or parquet
     */
    public record HistoryMerged(HistoryEnsemble.Summary[][] summary, HistoryEnsemble.Tally tally, JsonNode labels,
                                long runs, String rowsName, long rows, String format) {
    }

    /** One shard's folder as read: {@code report} for a crisis ensemble's, {@code labels} for a history's. */
    private record Part(Path dir, JsonNode checkpoint, SummaryReport report, JsonNode labels, String shard,
                        long first, long next, String rows, boolean wide) {
        boolean parquet() {
            return rows.equals("parquet");
        }

        boolean history() {
            return labels != null;
        }

        String experiment() {
            return history() ? labels.path("experiment").asText() : report.experiment();
        }

        long seed() {
            return history() ? labels.path("seed").asLong() : report.seed();
        }

        String describe() {
            return "'" + dir + "' (" + (shard.isEmpty() ? "the whole ensemble" : "shard " + shard) + ", runs " + first
                    + " to " + (next - 1) + ")";
        }
    }

    /** Shards' folders checked to be mergeable, ready to be written into one folder. */
    public static final class Plan {
        private final List<Part> ordered;
        private final long runs;

        private Plan(List<Part> ordered, long runs) {
            this.ordered = ordered;
            this.runs = runs;
        }

        /** Whether the shards are of an experiment on a history ({@link #writeHistoriesTo}). */
        public boolean histories() {
            return ordered.get(0).history();
        }

        /**
         * Writes the merged ensemble into {@code out}, which must exist; the shards' folders are only read.
         *
         * @throws EnsembleFiles.RefusedException when a shard's rows are not what its checkpoint counts
         * @throws IllegalStateException          when the shards are of a history ensemble
         */
        public Merged writeTo(Path out) throws IOException, EnsembleFiles.RefusedException {
            if (histories()) {
                throw new IllegalStateException("shards of a history ensemble are merged by writeHistoriesTo");
            }
            return write(ordered, runs, out);
        }

        /**
         * Writes the merged history ensemble into {@code out}, which must exist: its rows and checkpoint; its
         * {@code summary.json} is for the caller to write from what this returns. The shards' folders are only read.
         *
         * @throws EnsembleFiles.RefusedException when a shard's rows are not what its checkpoint counts, or its tally
         *                                        or summary is not one of the ensemble's
         * @throws IllegalStateException          when the shards are of a crisis ensemble
         */
        public HistoryMerged writeHistoriesTo(Path out) throws IOException, EnsembleFiles.RefusedException {
            if (!histories()) {
                throw new IllegalStateException("shards of a crisis ensemble are merged by writeTo");
            }
            return writeHistories(ordered, runs, out);
        }
    }

    /** Checks the shards' folders and merges them into {@code out}, which must exist. */
    public static Merged merge(List<Path> dirs, Path out) throws IOException, EnsembleFiles.RefusedException {
        return check(dirs).writeTo(out);
    }

    /**
     * Checks that the folders can be merged, writing nothing.
     *
     * @throws EnsembleFiles.RefusedException when a folder is not a complete shard, the shards belong to different
     *                                        ensembles, or some run is in none of them or in more than one
     */
    public static Plan check(List<Path> dirs) throws IOException, EnsembleFiles.RefusedException {
        if (dirs.isEmpty()) {
            throw new EnsembleFiles.RefusedException("expected at least one shard folder to merge, got none");
        }
        List<Part> parts = new ArrayList<>();
        for (Path dir : dirs) {
            parts.add(read(dir));
        }
        Part a = parts.get(0);
        for (Part b : parts.subList(1, parts.size())) {
            sameEnsemble(a, b);
        }
        List<Part> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingLong(Part::first).thenComparingLong(Part::next));
        long runs = a.checkpoint().get("runs").asLong();
        coverage(ordered, runs);
        return new Plan(List.copyOf(ordered), runs);
    }

    private static Merged write(List<Part> ordered, long runs, Path out) throws IOException,
            EnsembleFiles.RefusedException {
        Part a = ordered.get(0);
        String rowsName = a.rows().equals("none") ? null : a.parquet() ? EnsembleFiles.PARTS : EnsembleFiles.ROWS;
        long bytes = 0;
        int partCount = 0;
        if (a.parquet()) {
            partCount = copyParts(ordered, out.resolve(EnsembleFiles.PARTS));
        } else if (a.rows().equals("csv")) {
            bytes = concatenate(ordered, out.resolve(EnsembleFiles.ROWS));
        }
        SummaryReport report = a.report();
        List<EnsembleSummary> summaries = new ArrayList<>();
        for (Part p : ordered) {
            EnsembleSummary s = new EnsembleSummary(report.points(), report.cells());
            JsonNode state = p.checkpoint().get("summary");
            if (state.size() > 0) {
                long[] numbers = new long[state.size()];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = state.get(i).asLong();
                }
                try {
                    s.fromArray(numbers);
                } catch (IllegalArgumentException e) {
                    throw new EnsembleFiles.RefusedException("'" + p.dir().resolve(EnsembleFiles.CHECKPOINT)
                            + "': field 'summary': " + e.getMessage());
                }
            }
            summaries.add(s);
        }
        EnsembleSummary all = EnsembleSummary.merged(summaries);
        EnsembleFiles.writeCheckpoint(out, a.checkpoint().get("fingerprint").asText(), null, 0, runs, runs, bytes,
                partCount, true, all.toArray());
        return new Merged(all, report, rowsName, a.wide() ? runs : runs * report.points(), a.rows(), a.wide());
    }

    private static HistoryMerged writeHistories(List<Part> ordered, long runs, Path out) throws IOException,
            EnsembleFiles.RefusedException {
        Part a = ordered.get(0);
        JsonNode labels = a.labels();
        int points = labels.get("designPoints").size();
        JsonNode outcomes = labels.get("outcomes");
        List<Boolean> binary = new ArrayList<>();
        for (JsonNode o : outcomes) {
            binary.add(o.path("binary").asBoolean());
        }
        HistoryEnsemble.Tally all = new HistoryEnsemble.Tally(points, binary.size());
        for (Part p : ordered) {
            List<String> state = HistoryEnsembleFiles.tally(p.dir(), p.checkpoint());
            if (state.isEmpty()) {
                continue; // a shard of no draws
            }
            try {
                all.add(HistoryEnsemble.Tally.of(points, binary.size(), state));
            } catch (IllegalArgumentException e) {
                throw new EnsembleFiles.RefusedException("'" + p.dir().resolve(EnsembleFiles.CHECKPOINT)
                        + "': field 'tally': " + e.getMessage() + " (" + points + " design points and "
                        + binary.size() + " outcomes, as " + p.dir().resolve("summary.json") + " says)");
            }
        }
        long bytes = 0;
        int partCount = 0;
        if (a.parquet()) {
            partCount = copyParts(ordered, out.resolve(EnsembleFiles.PARTS));
        } else {
            bytes = concatenate(ordered, out.resolve(EnsembleFiles.ROWS));
        }
        HistoryEnsembleFiles.writeCheckpoint(out, a.checkpoint().get("fingerprint").asText(), null, 0, runs, runs,
                bytes, partCount, true, all.state());
        return new HistoryMerged(HistoryEnsemble.summarise(all, binary), all, labels, runs,
                a.parquet() ? EnsembleFiles.PARTS : EnsembleFiles.ROWS, runs * points, a.rows());
    }

    private static Part read(Path dir) throws IOException, EnsembleFiles.RefusedException {
        Path cpFile = dir.resolve(EnsembleFiles.CHECKPOINT);
        if (!Files.isRegularFile(cpFile)) {
            throw new EnsembleFiles.RefusedException("'" + dir + "' holds no ensemble (no " + EnsembleFiles.CHECKPOINT
                    + "); expected the output folder of 'mandate ensemble --shard'");
        }
        // a history ensemble's checkpoint keeps a tally where a crisis ensemble's keeps a summary
        boolean history = json(cpFile, List.of()).has("tally");
        JsonNode cp = json(cpFile, List.of("fingerprint", "nextRun", "runs", "csvBytes", "parts", "complete",
                history ? "tally" : "summary"));
        long first = cp.path("firstRun").asLong(0);
        long next = cp.get("nextRun").asLong();
        String shard = cp.path("shard").asText("");
        if (!cp.get("complete").asBoolean()) {
            throw new EnsembleFiles.RefusedException("'" + dir + "' holds an incomplete ensemble ("
                    + (shard.isEmpty() ? "" : "shard " + shard + ", ") + "runs " + first + " to " + (next - 1)
                    + " done); finish it with --resume before merging");
        }
        Path summaryFile = dir.resolve("summary.json");
        if (!Files.isRegularFile(summaryFile)) {
            throw new EnsembleFiles.RefusedException("'" + dir + "' has no summary.json; expected the output folder "
                    + "of a finished 'mandate ensemble --shard'");
        }
        SummaryReport report = null;
        JsonNode labels = null;
        if (history) {
            labels = json(summaryFile, List.of("experiment", "history", "seed", "sampling", "inputs", "designPoints",
                    "outcomes"));
        } else {
            try {
                report = SummaryReport.read(json(summaryFile, List.of()));
            } catch (IllegalArgumentException e) {
                throw new EnsembleFiles.RefusedException("'" + summaryFile + "': " + e.getMessage());
            }
        }
        boolean csv = Files.isRegularFile(dir.resolve(EnsembleFiles.ROWS));
        boolean parquet = Files.isDirectory(dir.resolve(EnsembleFiles.PARTS));
        // what the shard's manifest says it wrote (--rows, --layout), when it says
        JsonNode written = Files.isRegularFile(dir.resolve("manifest.json"))
                ? json(dir.resolve("manifest.json"), List.of()).path("rows") : JSON.missingNode();
        boolean none = !csv && !parquet && written.path("format").asText("").equals("none");
        if (csv == parquet && !none) {
            throw new EnsembleFiles.RefusedException("'" + dir + "' holds " + (csv ? "both " : "neither ")
                    + EnsembleFiles.ROWS + (csv ? " and " : " nor ") + EnsembleFiles.PARTS + "/; expected the rows of "
                    + "one ensemble in one of them, or a manifest saying it kept none (--rows none)");
        }
        return new Part(dir, cp, report, labels, shard, first, next, none ? "none" : parquet ? "parquet" : "csv",
                written.path("layout").asText("long").equals("wide"));
    }

    private static JsonNode json(Path file, List<String> fields) throws IOException,
            EnsembleFiles.RefusedException {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new EnsembleFiles.RefusedException("'" + file + "' is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new EnsembleFiles.RefusedException("'" + file + "' is not a JSON object");
        }
        for (String f : fields) {
            if (node.path(f).isMissingNode()) {
                throw new EnsembleFiles.RefusedException("'" + file + "': field '" + f + "' is missing");
            }
        }
        return node;
    }

    private static String describeRows(Part p) {
        return p.rows().equals("none") ? "no rows" : (p.parquet() ? "Parquet" : "CSV") + " rows"
                + (p.wide() ? " (wide)" : "");
    }

    /** Refuses two folders that are not shards of one ensemble, naming the first thing that differs. */
    private static void sameEnsemble(Part a, Part b) throws EnsembleFiles.RefusedException {
        String differs = null;
        if (a.history() != b.history()) {
            differs = kind(b) + ", but '" + a.dir() + "' of " + kind(a);
        } else if (!a.experiment().equals(b.experiment())) {
            differs = "experiment '" + b.experiment() + "', but '" + a.dir() + "' of experiment '"
                    + a.experiment() + "'";
        } else if (a.seed() != b.seed()) {
            differs = "seed " + b.seed() + ", but '" + a.dir() + "' of seed " + a.seed();
        } else if (a.checkpoint().get("runs").asLong() != b.checkpoint().get("runs").asLong()) {
            differs = b.checkpoint().get("runs").asLong() + " runs, but '" + a.dir() + "' of "
                    + a.checkpoint().get("runs").asLong() + " runs";
        } else if (!a.rows().equals(b.rows()) || a.wide() != b.wide()) {
            differs = describeRows(b) + ", but '" + a.dir() + "' of " + describeRows(a);
        } else if (!a.checkpoint().get("fingerprint").asText().equals(b.checkpoint().get("fingerprint").asText())) {
            differs = "other inputs, designs or scenario than '" + a.dir() + "'";
        }
        if (differs != null) {
            throw new EnsembleFiles.RefusedException("'" + b.dir() + "' is a shard of " + differs
                    + "; expected shards of one ensemble");
        }
    }

    private static String kind(Part p) {
        return p.history() ? "an experiment on a history ('" + p.experiment() + "')"
                : "an experiment on a crisis ('" + p.experiment() + "')";
    }

    /** Refuses shards that leave runs out or hold some run twice. */
    private static void coverage(List<Part> ordered, long runs) throws EnsembleFiles.RefusedException {
        long expected = 0;
        Part previous = null;
        for (Part p : ordered) {
            if (p.first() == p.next() && p.first() >= expected) {
                continue;
            }
            if (p.first() < expected) {
                throw new EnsembleFiles.RefusedException(previous.describe() + " and " + p.describe() + " overlap; "
                        + "expected each run in exactly one folder");
            }
            if (p.first() > expected) {
                throw missing(ordered, expected, p.first());
            }
            expected = p.next();
            previous = p;
        }
        if (expected < runs) {
            throw missing(ordered, expected, runs);
        }
    }

    private static EnsembleFiles.RefusedException missing(List<Part> parts, long from, long to) {
        String which = "";
        TreeSet<String> counts = new TreeSet<>();
        for (Part p : parts) {
            counts.add(p.shard().isEmpty() ? "1" : p.shard().substring(p.shard().indexOf('/') + 1));
        }
        if (counts.size() == 1) {
            int n = Integer.parseInt(counts.first());
            List<String> absent = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String s = i + "/" + n;
                if (parts.stream().noneMatch(p -> p.shard().equals(s))) {
                    absent.add(s);
                }
            }
            which = " (missing shard" + (absent.size() == 1 ? " " : "s ") + String.join(", ", absent) + ")";
        }
        return new EnsembleFiles.RefusedException("runs " + from + " to " + (to - 1) + " are in none of the folders "
                + "given" + which + "; expected every shard of the ensemble");
    }

    /** Writes the header once and every shard's rows after it, in run order; returns the bytes written. */
    private static long concatenate(List<Part> ordered, Path target) throws IOException,
            EnsembleFiles.RefusedException {
        byte[] header = null;
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Part p : ordered) {
                Path rows = p.dir().resolve(EnsembleFiles.ROWS);
                long length = p.checkpoint().get("csvBytes").asLong();
                if (Files.size(rows) != length) {
                    throw new EnsembleFiles.RefusedException("'" + rows + "' has " + Files.size(rows) + " bytes, but"
                            + " its checkpoint counts " + length + "; expected the rows of a finished shard");
                }
                byte[] own = firstLine(rows);
                if (header == null) {
                    header = own;
                    out.write(java.nio.ByteBuffer.wrap(header));
                } else if (!Arrays.equals(header, own)) {
                    throw new EnsembleFiles.RefusedException("'" + rows + "' has another header than '"
                            + ordered.get(0).dir().resolve(EnsembleFiles.ROWS) + "'; expected shards of one ensemble");
                }
                try (FileChannel in = FileChannel.open(rows, StandardOpenOption.READ)) {
                    long at = own.length;
                    while (at < length) {
                        at += in.transferTo(at, length - at, out);
                    }
                }
            }
            return out.size();
        }
    }

    private static byte[] firstLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return line.toByteArray();
        }
    }

    /** Copies every shard's parts, in run order, numbered on from 0; returns the number of parts. */
    private static int copyParts(List<Part> ordered, Path target) throws IOException, EnsembleFiles.RefusedException {
        Files.createDirectories(target);
        int n = 0;
        for (Part p : ordered) {
            int count = p.checkpoint().get("parts").asInt();
            for (int i = 0; i < count; i++) {
                Path part = p.dir().resolve(EnsembleFiles.PARTS).resolve(ParquetParts.partName(i));
                if (!Files.isRegularFile(part)) {
                    throw new EnsembleFiles.RefusedException("'" + part + "' is missing but its checkpoint counts it;"
                            + " expected the rows of a finished shard");
                }
                Files.copy(part, target.resolve(ParquetParts.partName(n++)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return n;
    }
}
