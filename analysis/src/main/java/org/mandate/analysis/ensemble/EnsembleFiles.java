package org.mandate.analysis.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.UncertainInput;

/**
 * An ensemble's folder: the rows in run order, either {@code runs.csv} or the Parquet dataset folder {@code rows/}
 * (only {@code part-NNNNN.parquet} files), and {@code checkpoint.json}, which records how many runs are complete
 * (with the bytes of {@code runs.csv} or the number of parts that hold them) together with the summary so far. A
 * checkpoint is written after the rows it counts are on disk, every {@value #CHECKPOINT_EVERY} slices or every
 * {@value #CHECKPOINT_SECONDS} seconds, whichever comes first, and at the end; resuming cuts the rows back to the
 * last checkpoint and continues from the run after it, so a killed ensemble resumed gives exactly the rows of an
 * uninterrupted one. A folder killed before any run was counted resumes from the first run. An ensemble opened
 * without rows keeps only the checkpoint (and its summary).
 *
 * <p>A folder may hold one {@link Shard} of the ensemble, the runs of one range: its checkpoint then also records the
 * shard ({@code "shard": "2/4"}) and its first run ({@code firstRun}), it is resumed only as the same shard, and
 * {@link EnsembleMerge} joins the folders of all the shards into the folder of the whole ensemble.
 */
public final class EnsembleFiles implements RowSink, AutoCloseable {
    /** The rows file. */
    public static final String ROWS = "runs.csv";
    /** The Parquet dataset folder. */
    public static final String PARTS = "rows";
    /** The checkpoint file. */
    public static final String CHECKPOINT = "checkpoint.json";

    /** Slices written between checkpoints, at most. */
    public static final int CHECKPOINT_EVERY = 16;
    /** Seconds between checkpoints, at most (when slices are slow). */
    public static final int CHECKPOINT_SECONDS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String fingerprint;
    private final OutputStream out;
    private final long total;
    private final Shard shard;
    private final long first;
    private final long end;
    private long bytes;
    private int slicesSinceCheckpoint;
    private LongSupplier clock;
    private long lastCheckpoint;
    private final long nextRun;
    private final long[] restored;
    private final ParquetParts parquet;
    private int parts;
    private boolean rowsKept = true;

    private EnsembleFiles(Path dir, String fingerprint, OutputStream out, long bytes, long total, Shard shard,
                          long nextRun, long[] restored, ParquetParts parquet, int parts) {
        this.shard = shard;
        this.first = shard == null ? 0 : shard.from(total);
        this.end = shard == null ? total : shard.to(total);
        this.parquet = parquet;
        this.parts = parts;
        this.dir = dir;
        this.fingerprint = fingerprint;
        this.out = out;
        this.bytes = bytes;
        this.total = total;
        this.nextRun = nextRun;
        this.restored = restored;
    }

    /** Refusal to start or resume, with the reason for the user. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Opens the folder for an ensemble written to {@code runs.csv}.
     *
     * @param resume    continue an ensemble the folder already holds
     * @param overwrite start again even if the folder holds one
     * @throws RefusedException when the folder holds another ensemble, or one that cannot be resumed
     */
    public static EnsembleFiles open(Path dir, EnsembleSetup setup, String header, boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        return open(dir, setup, header, null, resume, overwrite);
    }

    /**
     * Opens the folder for one shard of an ensemble (the whole ensemble when {@code shard} is null) written to
     * {@code runs.csv}.
     *
     * @throws RefusedException as {@link #open(Path, EnsembleSetup, String, boolean, boolean)}, and when resuming a
     *                          folder that holds another shard
     */
    public static EnsembleFiles open(Path dir, EnsembleSetup setup, String header, Shard shard, boolean resume,
                                     boolean overwrite) throws IOException, RefusedException {
        String fingerprint = fingerprint(setup, header);
        Path rows = dir.resolve(ROWS);
        long total = setup.spec().runs();
        JsonNode cp = existing(dir, rows, fingerprint, shard, total, resume, overwrite);
        if (cp != null) {
            long csvBytes = cp.get("csvBytes").asLong();
            if (!Files.isRegularFile(rows) || Files.size(rows) < csvBytes) {
                throw new RefusedException(rows + " is shorter than its checkpoint says (" + csvBytes
                        + " bytes); use --overwrite to start again");
            }
            try (FileChannel ch = FileChannel.open(rows, StandardOpenOption.WRITE)) {
                ch.truncate(csvBytes);
            }
            OutputStream out = Files.newOutputStream(rows, StandardOpenOption.APPEND);
            return new EnsembleFiles(dir, fingerprint, new BufferedOutputStream(out, 1 << 20), csvBytes,
                    total, shard, cp.get("nextRun").asLong(), summaryState(cp), null, 0);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(rows), 1 << 20);
        out.write(h);
        out.flush();
        EnsembleFiles files = new EnsembleFiles(dir, fingerprint, out, h.length, total, shard,
                shard == null ? 0 : shard.from(total), null, null, 0);
        files.checkpoint(files.first, null);
        return files;
    }

    /**
     * Opens the folder for an ensemble written as a Parquet dataset, the folder {@code rows/} of part files
     * ({@code part-00000.parquet}, ...), instead of {@code runs.csv}; resuming deletes the parts the last checkpoint
     * does not count and carries on.
     *
     * @param createdBy what writes the parts, recorded in each
     */
    public static EnsembleFiles openParquet(Path dir, EnsembleSetup setup, String header, String createdBy,
                                            boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        return openParquet(dir, setup, RowLayout.LONG, header, createdBy, null, resume, overwrite);
    }

    /** Opens the folder for a whole ensemble written as a Parquet dataset in the given layout. */
    public static EnsembleFiles openParquet(Path dir, EnsembleSetup setup, RowLayout layout, String header,
                                            String createdBy, boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        return openParquet(dir, setup, layout, header, createdBy, null, resume, overwrite);
    }

    /**
     * Opens the folder for an ensemble, or one shard of it (the whole ensemble when {@code shard} is null), written as
     * a Parquet dataset in the given layout ({@code header} is the runner's CSV header for that layout, which names
     * the same columns).
     *
     * @throws RefusedException as {@link #openParquet(Path, EnsembleSetup, String, String, boolean, boolean)}, and
     *                          when resuming a folder that holds another shard
     */
    public static EnsembleFiles openParquet(Path dir, EnsembleSetup setup, RowLayout layout, String header,
                                            String createdBy, Shard shard, boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        String fingerprint = fingerprint(setup, header + "|parquet");
        Path rows = dir.resolve(PARTS);
        long total = setup.spec().runs();
        JsonNode cp = existing(dir, rows, fingerprint, shard, total, resume, overwrite);
        if (cp != null) {
            int done = cp.path("parts").asInt();
            for (int i = 0; i < done; i++) {
                if (!Files.isRegularFile(rows.resolve(ParquetParts.partName(i)))) {
                    throw new RefusedException(rows.resolve(ParquetParts.partName(i)) + " is missing but its "
                            + "checkpoint counts it; use --overwrite to start again");
                }
            }
            ParquetParts.deleteFrom(rows, done);
            return new EnsembleFiles(dir, fingerprint, null, 0, total, shard, cp.get("nextRun").asLong(),
                    summaryState(cp), new ParquetParts(rows, setup, layout, done, createdBy), done);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
        ParquetParts.deleteFrom(rows, 0);
        EnsembleFiles files = new EnsembleFiles(dir, fingerprint, null, 0, total, shard,
                shard == null ? 0 : shard.from(total), null, new ParquetParts(rows, setup, layout, 0, createdBy), 0);
        files.checkpoint(files.first, null);
        return files;
    }

    /**
     * Opens the folder for an ensemble that keeps no rows: only the checkpoint, whose summary is the result.
     * Resuming continues from the last checkpoint's run with its summary.
     */
    public static EnsembleFiles openWithoutRows(Path dir, EnsembleSetup setup, String header, boolean resume,
                                                boolean overwrite) throws IOException, RefusedException {
        return openWithoutRows(dir, setup, header, null, resume, overwrite);
    }

    /** As {@link #openWithoutRows(Path, EnsembleSetup, String, boolean, boolean)}, for one shard when not null. */
    public static EnsembleFiles openWithoutRows(Path dir, EnsembleSetup setup, String header, Shard shard,
                                                boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        String fingerprint = fingerprint(setup, header + "|none");
        long total = setup.spec().runs();
        JsonNode cp = existing(dir, dir.resolve(CHECKPOINT), fingerprint, shard, total, resume, overwrite);
        if (cp != null) {
            EnsembleFiles files = new EnsembleFiles(dir, fingerprint, null, 0, total, shard,
                    cp.get("nextRun").asLong(), summaryState(cp), null, 0);
            files.rowsKept = false;
            return files;
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(CHECKPOINT));
        EnsembleFiles files = new EnsembleFiles(dir, fingerprint, null, 0, total, shard,
                shard == null ? 0 : shard.from(total), null, null, 0);
        files.rowsKept = false;
        files.checkpoint(files.first, null);
        return files;
    }

    /**
     * The checkpoint to continue from, or null to start from the first run.
     *
     * @throws RefusedException when the folder holds an ensemble and neither resuming nor overwriting was asked
     *                          for, holds rows without a checkpoint, or holds another ensemble
     */
    private static JsonNode existing(Path dir, Path rows, String fingerprint, Shard shard, long total, boolean resume,
                                     boolean overwrite) throws IOException, RefusedException {
        return existing(dir, rows, fingerprint, shard, total, resume, overwrite, Kind.RUNS);
    }

    /**
     * What a checkpoint holds besides the run reached: the field of its running totals, and how messages name the
     * ensemble and what identifies it.
     *
     * @param state   the field of the totals ({@code summary}, or a history ensemble's {@code tally})
     * @param of      words after "is not a checkpoint" naming the kind of ensemble, or empty
     * @param changed what else may have changed when the fingerprint differs
     */
    record Kind(String state, String of, String changed) {
        /** An ensemble of runs of a scenario. */
        static final Kind RUNS = new Kind("summary", "", "runs, seed, inputs or designs");
    }

    /**
     * As {@link #existing(Path, Path, String, Shard, long, boolean, boolean)} for a checkpoint of the given kind
     * (histories' ensembles keep theirs in the same folder layout).
     */
    static JsonNode existing(Path dir, Path rows, String fingerprint, Shard shard, long total, boolean resume,
                             boolean overwrite, Kind kind) throws IOException, RefusedException {
        Path checkpoint = dir.resolve(CHECKPOINT);
        if (overwrite) {
            return null;
        }
        if (!Files.exists(checkpoint)) {
            if (Files.exists(rows)) {
                throw new RefusedException(dir + " holds " + rows.getFileName() + " but no " + CHECKPOINT
                        + " to " + (resume ? "resume from" : "say what it is") + "; use --overwrite to start again");
            }
            return null;
        }
        JsonNode cp = checkpoint(dir, fingerprint, resume, kind);
        String held = cp.path("shard").asText("");
        String wanted = shard == null ? "" : shard.toString();
        if (!held.equals(wanted)) {
            throw new RefusedException(dir + " holds " + (held.isEmpty() ? "the whole ensemble" : "shard " + held)
                    + " of this ensemble, not " + (wanted.isEmpty() ? "the whole ensemble" : "shard " + wanted)
                    + "; use --overwrite to start again");
        }
        // killed before any run was counted: nothing to keep, start from the shard's first run
        return cp.path("nextRun").asLong() == (shard == null ? 0 : shard.from(total)) ? null : cp;
    }

    /**
     * The checkpoint of the ensemble the folder holds, when it may be resumed.
     *
     * @throws RefusedException when resuming was not asked for, or the folder holds another ensemble
     */
    private static JsonNode checkpoint(Path dir, String fingerprint, boolean resume, Kind kind)
            throws IOException, RefusedException {
        if (!resume) {
            throw new RefusedException(dir + " already holds an ensemble; use --resume to continue it or "
                    + "--overwrite to start again");
        }
        JsonNode cp;
        try {
            cp = JSON.readTree(dir.resolve(CHECKPOINT).toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new RefusedException(dir.resolve(CHECKPOINT) + " is not a checkpoint (not JSON); use --overwrite "
                    + "to start again");
        }
        if (cp == null || !cp.path("nextRun").canConvertToLong() || !cp.path(kind.state()).isArray()
                || !cp.path("csvBytes").canConvertToLong()) {
            throw new RefusedException(dir.resolve(CHECKPOINT) + " is not a checkpoint" + kind.of()
                    + " (fields missing); use --overwrite to start again");
        }
        if (!fingerprint.equals(cp.path("fingerprint").asText())) {
            throw new RefusedException(dir + " holds an ensemble of a different experiment (or " + kind.changed()
                    + " changed); use --overwrite to start again");
        }
        return cp;
    }

    private static long[] summaryState(JsonNode cp) {
        long[] state = new long[cp.get("summary").size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = cp.get("summary").get(i).asLong();
        }
        return state;
    }

    /** The run to start from. */
    public long nextRun() {
        return nextRun;
    }

    /** Restores the summary saved with the checkpoint into {@code summary}; no-op on a fresh start. */
    public void restore(EnsembleSummary summary) {
        if (restored != null) {
            summary.fromArray(restored);
        }
    }

    @Override
    public void write(byte[] rows, long next, EnsembleSummary soFar) throws IOException {
        if (parquet != null) {
            throw new IllegalStateException("Parquet rows need the slice's input values");
        }
        write(rows, -1, null, null, next, soFar);
    }

    @Override
    public boolean needsText() {
        return parquet == null;
    }

    @Override
    public boolean needsRows() {
        return rowsKept;
    }

    /** A Parquet part's row group is a slice: of at least {@value ParquetParts#ROW_GROUP_ROWS} rows when it can. */
    @Override
    public int rowsPerSlice() {
        return parquet == null ? 0 : ParquetParts.ROW_GROUP_ROWS;
    }

    /** Parquet rows are encoded by the thread that computed them; the writing thread only appends the bytes. */
    @Override
    public Object prepare(byte[] levels, long from, double[] values, long to) throws IOException {
        return parquet == null ? null : parquet.encode(levels, from, values, to);
    }

    @Override
    public void write(byte[] rows, long from, double[] values, byte[] levels, long next, EnsembleSummary soFar)
            throws IOException {
        write(rows, from, values, levels, null, next, soFar);
    }

    @Override
    public void write(byte[] rows, long from, double[] values, byte[] levels, Object prepared, long next,
                      EnsembleSummary soFar) throws IOException {
        if (parquet != null) {
            parquet.write(prepared != null ? (ParquetTable.RowGroup) prepared
                    : parquet.encode(levels, from, values, next));
        } else if (rowsKept) {
            out.write(rows);
            bytes += rows.length;
        }
        // a slice longer than EnsembleRunner.SLICE (Parquet's) counts as that many, so checkpoints come every
        // CHECKPOINT_EVERY * SLICE runs whatever the slices (from is -1 when not known: one slice)
        slicesSinceCheckpoint += from >= 0 && from < next
                ? (int) Math.max(1, (next - from) / EnsembleRunner.SLICE) : 1;
        if (next == end || slicesSinceCheckpoint >= CHECKPOINT_EVERY
                || clock != null && clock.getAsLong() - lastCheckpoint >= CHECKPOINT_SECONDS * 1_000_000_000L) {
            checkpoint(next, soFar);
        }
    }

    private void checkpoint(long next, EnsembleSummary soFar) throws IOException {
        if (parquet != null) {
            parts = parquet.closePart();
        } else if (out != null) {
            out.flush();
        }
        writeCheckpoint(dir, fingerprint, shard, first, next, total, bytes, parts, next == end,
                soFar == null ? null : soFar.toArray());
        slicesSinceCheckpoint = 0;
        if (clock != null) {
            lastCheckpoint = clock.getAsLong();
        }
    }

    /**
     * Writes {@code checkpoint.json} into {@code dir}, atomically: the fields {@code fingerprint}, {@code nextRun},
     * {@code runs}, {@code csvBytes}, {@code parts}, {@code complete} and {@code summary} (the summary's counts and
     * sums), and for a shard {@code shard} and {@code firstRun} too.
     */
    static void writeCheckpoint(Path dir, String fingerprint, Shard shard, long first, long next, long total,
                                long bytes, int parts, boolean complete, long[] summary) throws IOException {
        ObjectNode cp = checkpointFields(fingerprint, shard, first, next, total, bytes, parts, complete);
        var arr = cp.putArray("summary");
        if (summary != null) {
            for (long v : summary) {
                arr.add(v);
            }
        }
        writeCheckpoint(dir, cp);
    }

    /**
     * The fields every checkpoint has, crisis or history: {@code fingerprint}, {@code shard} and {@code firstRun} (for
     * a shard only), {@code nextRun}, {@code runs}, {@code csvBytes}, {@code parts} and {@code complete}.
     */
    static ObjectNode checkpointFields(String fingerprint, Shard shard, long first, long next, long total, long bytes,
                                       int parts, boolean complete) {
        ObjectNode cp = JSON.createObjectNode();
        cp.put("fingerprint", fingerprint);
        if (shard != null) {
            cp.put("shard", shard.toString());
            cp.put("firstRun", first);
        }
        cp.put("nextRun", next);
        cp.put("runs", total);
        cp.put("csvBytes", bytes);
        cp.put("parts", parts);
        cp.put("complete", complete);
        return cp;
    }

    /** Writes {@code cp} as {@code checkpoint.json} into {@code dir}, atomically (a new file renamed into place). */
    static void writeCheckpoint(Path dir, ObjectNode cp) throws IOException {
        Path tmp = dir.resolve(CHECKPOINT + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(cp));
        Files.move(tmp, dir.resolve(CHECKPOINT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Also checkpoints by time, every {@value #CHECKPOINT_SECONDS} seconds on {@code nanos} (a monotonic clock in
     * nanoseconds, the system's monotonic timer); without one, checkpoints are counted in slices only. The
     * clock decides only when rows are made safe, never what they are.
     */
    public EnsembleFiles timed(LongSupplier nanos) {
        clock = nanos;
        lastCheckpoint = nanos.getAsLong();
        return this;
    }

    /** The files (or folder) holding the rows, by name within the ensemble's folder, or null when none are kept. */
    public String rowsName() {
        return !rowsKept ? null : parquet != null ? PARTS : ROWS;
    }

    /**
     * Closes the rows. A Parquet part that no checkpoint counts is dropped rather than closed, so the dataset
     * folder holds only parts that the checkpoint counts.
     */
    @Override
    public void close() throws IOException {
        if (parquet != null) {
            parquet.abandon();
        } else if (out != null) {
            out.close();
        }
    }

    /**
     * The summary's counts and sums as numbers, as a checkpoint records them: how partial summaries computed
     * elsewhere (another process or machine) travel to where they are merged.
     */
    public static long[] stateOf(EnsembleSummary summary) {
        return summary.toArray();
    }

    /**
     * The summary of {@code points} design points and {@code cells} cells whose state {@link #stateOf} gave.
     *
     * @throws IllegalArgumentException when the state has the wrong number of numbers
     */
    public static EnsembleSummary fromState(long[] state, int points, int cells) {
        EnsembleSummary s = new EnsembleSummary(points, cells);
        s.fromArray(state);
        return s;
    }

    /**
     * What identifies an ensemble's rows (its checkpoint's {@code fingerprint}): a SHA-256 of the header, runs, seed,
     * sampling, scenario, uncertain inputs and design factors.
     */
    public static String fingerprint(EnsembleSetup setup, String header) {
        // v2: the summary is counted as pairs of levels and the Latin hypercube computed, not stored; a checkpoint
        // of an earlier version does not describe the same state
        StringBuilder sb = new StringBuilder("v2|").append(header);
        var spec = setup.spec();
        sb.append(spec.runs()).append('|').append(spec.seed()).append('|').append(spec.sampling());
        sb.append('|').append(spec.scenario());
        for (UncertainInput u : spec.uncertain()) {
            sb.append('|').append(u);
        }
        for (DesignFactor f : spec.factors()) {
            sb.append('|').append(f);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
