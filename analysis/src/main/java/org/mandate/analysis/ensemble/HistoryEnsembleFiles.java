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
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongSupplier;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.analysis.parquet.ParquetTable.Column;
import org.mandate.analysis.parquet.ParquetTable.Type;
import org.mandate.core.experiment.UncertainInput;
import org.mandate.core.history.HistoryExperiment;
import org.mandate.core.history.HistoryFactor;
import org.mandate.core.history.HistoryOutcome;

/**
 * A history ensemble's folder, kept as a crisis ensemble's ({@link EnsembleFiles}): the rows in draw order, either
 * {@code runs.csv} or the Parquet dataset folder {@code rows/} of part files, and {@code checkpoint.json}, which
 * records how many draws are complete (with the bytes of {@code runs.csv} or the number of parts that hold them)
 * together with the tally of the summary so far. A checkpoint is written after the rows it counts are on disk, every
 * {@value EnsembleFiles#CHECKPOINT_EVERY} slices or every {@value EnsembleFiles#CHECKPOINT_SECONDS} seconds,
 * whichever comes first, and at the end; resuming cuts the rows back to the last checkpoint and continues from the
 * draw after it, so a killed ensemble resumed gives exactly the rows and summary of an uninterrupted one. The tally's
 * sums are recorded exactly, as decimal numbers ({@link HistoryEnsemble.Tally#state}).
 *
 * <p>A shard ({@link Shard}) of a history ensemble is kept the same way, holding only its draws: its checkpoint also
 * records the shard and its first draw, as a crisis ensemble's shard's does, and {@link EnsembleMerge} joins the
 * shards' folders into the whole ensemble's.
 *
 * <p>The Parquet columns are those of the CSV rows, typed: text for the experiment, 64-bit integers for the run and
 * seed, 32-bit integers for the design point, doubles for the input values and outcomes (NaN where the CSV has no
 * value).
 */
public final class HistoryEnsembleFiles implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final HistoryEnsemble ensemble;
    private final String fingerprint;
    private final OutputStream out;
    private final long total;
    private final Shard shard;
    private final long first;
    private final long end;
    private final long nextRun;
    private final List<String> restored;
    private final Path partsDir;
    private final String createdBy;
    private long bytes;
    private int parts;
    private ParquetTable table;
    private int slicesSinceCheckpoint;
    private LongSupplier clock;
    private long lastCheckpoint;

    private HistoryEnsembleFiles(Path dir, HistoryEnsemble ensemble, Shard shard, String fingerprint, OutputStream out,
                                 long bytes, long nextRun, List<String> restored, Path partsDir, int parts,
                                 String createdBy) {
        this.dir = dir;
        this.ensemble = ensemble;
        this.fingerprint = fingerprint;
        this.out = out;
        this.bytes = bytes;
        this.total = ensemble.experiment().runs();
        this.shard = shard;
        this.first = shard == null ? 0 : shard.from(total);
        this.end = shard == null ? total : shard.to(total);
        this.nextRun = nextRun == -1 ? first : nextRun;
        this.restored = restored;
        this.partsDir = partsDir;
        this.parts = parts;
        this.createdBy = createdBy;
    }

    /**
     * Opens the folder for a history ensemble written to {@code runs.csv}.
     *
     * @param resume    continue an ensemble the folder already holds
     * @param overwrite start again even if the folder holds one
     * @throws EnsembleFiles.RefusedException when the folder holds another ensemble, or one that cannot be resumed
     */
    public static HistoryEnsembleFiles open(Path dir, HistoryEnsemble ensemble, boolean resume, boolean overwrite)
            throws IOException, EnsembleFiles.RefusedException {
        return open(dir, ensemble, null, resume, overwrite);
    }

    /**
     * Opens the folder for a shard of a history ensemble (or the whole ensemble, when {@code shard} is null) written
     * to {@code runs.csv}.
     *
     * @throws EnsembleFiles.RefusedException when the folder holds another ensemble or another shard, or one that
     *                                        cannot be resumed
     */
    public static HistoryEnsembleFiles open(Path dir, HistoryEnsemble ensemble, Shard shard, boolean resume,
                                            boolean overwrite) throws IOException, EnsembleFiles.RefusedException {
        String header = ensemble.header();
        String fingerprint = fingerprint(ensemble, header);
        Path rows = dir.resolve(EnsembleFiles.ROWS);
        JsonNode cp = existing(dir, rows, fingerprint, fingerprint(ensemble, header, ""), ensemble, shard, resume,
                overwrite);
        if (cp != null) {
            long csvBytes = cp.get("csvBytes").asLong();
            if (!Files.isRegularFile(rows) || Files.size(rows) < csvBytes) {
                throw new EnsembleFiles.RefusedException(rows + " is shorter than its checkpoint says (" + csvBytes
                        + " bytes); use --overwrite to start again");
            }
            try (FileChannel ch = FileChannel.open(rows, StandardOpenOption.WRITE)) {
                ch.truncate(csvBytes);
            }
            OutputStream out = Files.newOutputStream(rows, StandardOpenOption.APPEND);
            return new HistoryEnsembleFiles(dir, ensemble, shard, fingerprint, new BufferedOutputStream(out,
                    1 << 20), csvBytes, cp.get("nextRun").asLong(), tally(dir, cp), null, 0, null);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(EnsembleFiles.CHECKPOINT));
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(rows), 1 << 20);
        out.write(h);
        out.flush();
        HistoryEnsembleFiles files = new HistoryEnsembleFiles(dir, ensemble, shard, fingerprint, out, h.length, -1,
                null, null, 0, null);
        files.checkpoint(files.first, null);
        return files;
    }

    /**
     * Opens the folder for a history ensemble written as a Parquet dataset, the folder {@code rows/} of part files
     * ({@code part-00000.parquet}, ...); resuming deletes the parts the last checkpoint does not count.
     *
     * @param createdBy what writes the parts, recorded in each
     */
    public static HistoryEnsembleFiles openParquet(Path dir, HistoryEnsemble ensemble, String createdBy,
                                                   boolean resume, boolean overwrite)
            throws IOException, EnsembleFiles.RefusedException {
        return openParquet(dir, ensemble, null, createdBy, resume, overwrite);
    }

    /**
     * Opens the folder for a shard of a history ensemble (or the whole ensemble, when {@code shard} is null) written
     * as a Parquet dataset; its parts are numbered from {@code part-00000.parquet} in the shard's folder.
     */
    public static HistoryEnsembleFiles openParquet(Path dir, HistoryEnsemble ensemble, Shard shard, String createdBy,
                                                   boolean resume, boolean overwrite)
            throws IOException, EnsembleFiles.RefusedException {
        String fingerprint = fingerprint(ensemble, ensemble.header() + "|parquet");
        Path rows = dir.resolve(EnsembleFiles.PARTS);
        JsonNode cp = existing(dir, rows, fingerprint, fingerprint(ensemble, ensemble.header() + "|parquet", ""),
                ensemble, shard, resume, overwrite);
        if (cp != null) {
            int done = cp.path("parts").asInt();
            for (int i = 0; i < done; i++) {
                if (!Files.isRegularFile(rows.resolve(ParquetParts.partName(i)))) {
                    throw new EnsembleFiles.RefusedException(rows.resolve(ParquetParts.partName(i)) + " is missing "
                            + "but its checkpoint counts it; use --overwrite to start again");
                }
            }
            ParquetParts.deleteFrom(rows, done);
            return new HistoryEnsembleFiles(dir, ensemble, shard, fingerprint, null, 0, cp.get("nextRun").asLong(),
                    tally(dir, cp), rows, done, createdBy);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(EnsembleFiles.CHECKPOINT));
        ParquetParts.deleteFrom(rows, 0);
        HistoryEnsembleFiles files = new HistoryEnsembleFiles(dir, ensemble, shard, fingerprint, null, 0, -1, null,
                rows, 0, createdBy);
        files.checkpoint(files.first, null);
        return files;
    }

    private static final EnsembleFiles.Kind HISTORIES = new EnsembleFiles.Kind("tally", " of a history ensemble",
            "runs, seed, inputs, designs or outcomes");

    private static JsonNode existing(Path dir, Path rows, String fingerprint, String before, HistoryEnsemble ensemble,
                                     Shard shard, boolean resume, boolean overwrite)
            throws IOException, EnsembleFiles.RefusedException {
        Path file = dir.resolve(EnsembleFiles.CHECKPOINT);
        if (resume && !overwrite && Files.isRegularFile(file)) {
            JsonNode cp;
            try {
                cp = JSON.readTree(file.toFile());
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                cp = null; // EnsembleFiles.existing says what is wrong with it
            }
            if (cp != null && before.equals(cp.path("fingerprint").asText())) {
                throw new EnsembleFiles.RefusedException(file + " was written by an earlier version of mandate, "
                        + "which kept the tally's sums rounded; this version keeps them exact and cannot continue "
                        + "from it; use --overwrite to start again");
            }
        }
        return EnsembleFiles.existing(dir, rows, fingerprint, shard, ensemble.experiment().runs(), resume, overwrite,
                HISTORIES);
    }

    /** The tally a checkpoint records, as decimal numbers. */
    static List<String> tally(Path dir, JsonNode cp) throws EnsembleFiles.RefusedException {
        List<String> t = new ArrayList<>();
        for (JsonNode v : cp.get("tally")) {
            if (!v.isTextual()) {
                throw new EnsembleFiles.RefusedException(dir.resolve(EnsembleFiles.CHECKPOINT) + ": field 'tally': "
                        + "expected decimal numbers written as text, such as \"-12.5\", found " + v
                        + "; use --overwrite to start again");
            }
            t.add(v.asText());
        }
        return t;
    }

    /** The draw to start from. */
    public long nextRun() {
        return nextRun;
    }

    /** The first draw of the folder's shard (0 for a whole ensemble). */
    public long firstRun() {
        return first;
    }

    /** The draw after the last of the folder's shard (the number of draws for a whole ensemble). */
    public long endRun() {
        return end;
    }

    /**
     * Restores the tally saved with the checkpoint into {@code tally}; no-op on a fresh start.
     *
     * @throws EnsembleFiles.RefusedException when the checkpoint's tally is not one of this ensemble's
     */
    public void restore(HistoryEnsemble.Tally tally) throws EnsembleFiles.RefusedException {
        if (restored != null) {
            try {
                tally.restore(restored);
            } catch (IllegalArgumentException e) {
                throw new EnsembleFiles.RefusedException(dir.resolve(EnsembleFiles.CHECKPOINT) + ": field 'tally': "
                        + e.getMessage() + "; use --overwrite to start again");
            }
        }
    }

    /** Whether the slices should come with their CSV rows. */
    public boolean needsText() {
        return partsDir == null;
    }

    /**
     * Appends the rows of a slice of draws from {@code from} (their CSV text, or their outcomes for Parquet) and
     * checkpoints when it is time, with the tally so far (which includes the slice).
     */
    public void write(long from, double[][][] slice, byte[] text, HistoryEnsemble.Tally soFar) throws IOException {
        if (partsDir != null) {
            parquet(from, slice);
        } else {
            out.write(text);
            bytes += text.length;
        }
        long next = from + slice.length;
        if (next == end || ++slicesSinceCheckpoint >= EnsembleFiles.CHECKPOINT_EVERY
                || clock != null && clock.getAsLong() - lastCheckpoint
                >= EnsembleFiles.CHECKPOINT_SECONDS * 1_000_000_000L) {
            checkpoint(next, soFar);
        }
    }

    private void parquet(long from, double[][][] slice) throws IOException {
        if (table == null) {
            Files.createDirectories(partsDir);
            table = ParquetTable.create(partsDir.resolve(ParquetParts.partName(parts)), columns(ensemble),
                    createdBy);
        }
        String id = ensemble.experiment().id();
        for (int i = 0; i < slice.length; i++) {
            long k = from + i;
            double[] values = ensemble.values(k);
            long seed = ensemble.seedOf(k);
            for (int d = 0; d < slice[i].length; d++) {
                table.text(id).int64(k).int64(seed).int32(d);
                for (double v : values) {
                    table.float64(v);
                }
                for (double v : slice[i][d]) {
                    table.float64(v);
                }
                table.endRow();
            }
        }
    }

    /** The Parquet columns: those of the CSV rows. */
    static List<Column> columns(HistoryEnsemble ensemble) {
        List<Column> cs = new ArrayList<>();
        cs.add(new Column("experiment", Type.TEXT));
        cs.add(new Column("run", Type.INT64));
        cs.add(new Column("seed", Type.INT64));
        cs.add(new Column("design_point", Type.INT32));
        for (UncertainInput u : ensemble.experiment().uncertain()) {
            cs.add(new Column(u.path(), Type.DOUBLE));
        }
        for (HistoryOutcome o : ensemble.experiment().outcomes()) {
            cs.add(new Column(o.text(), Type.DOUBLE));
        }
        return cs;
    }

    private void checkpoint(long next, HistoryEnsemble.Tally soFar) throws IOException {
        if (partsDir != null) {
            if (table != null) {
                table.close();
                table = null;
                parts++;
            }
        } else {
            out.flush();
        }
        writeCheckpoint(dir, fingerprint, shard, first, next, total, bytes, parts, next == end,
                soFar == null ? List.of() : soFar.state());
        slicesSinceCheckpoint = 0;
        if (clock != null) {
            lastCheckpoint = clock.getAsLong();
        }
    }

    /**
     * Writes a history ensemble's {@code checkpoint.json} into {@code dir}, atomically: the fields of a crisis
     * ensemble's checkpoint ({@code shard} and {@code firstRun} only for a shard), with the {@code tally}'s decimal
     * numbers ({@link HistoryEnsemble.Tally#state}) in place of the {@code summary}.
     */
    static void writeCheckpoint(Path dir, String fingerprint, Shard shard, long first, long next, long total,
                                long bytes, int parts, boolean complete, List<String> tally) throws IOException {
        ObjectNode cp = EnsembleFiles.checkpointFields(fingerprint, shard, first, next, total, bytes, parts, complete);
        var arr = cp.putArray("tally");
        for (String v : tally) {
            arr.add(v);
        }
        EnsembleFiles.writeCheckpoint(dir, cp);
    }

    /**
     * Also checkpoints by time, every {@value EnsembleFiles#CHECKPOINT_SECONDS} seconds on {@code nanos} (a monotonic
     * clock in nanoseconds); the clock decides only when rows are made safe, never what they are.
     */
    public HistoryEnsembleFiles timed(LongSupplier nanos) {
        clock = nanos;
        lastCheckpoint = nanos.getAsLong();
        return this;
    }

    /** The file (or folder) holding the rows, by name within the ensemble's folder. */
    public String rowsName() {
        return partsDir != null ? EnsembleFiles.PARTS : EnsembleFiles.ROWS;
    }

    /** Closes the rows; a Parquet part that no checkpoint counts is dropped rather than closed. */
    @Override
    public void close() throws IOException {
        if (partsDir != null) {
            if (table != null) {
                table.abandon();
                table = null;
            }
        } else {
            out.close();
        }
    }

    /**
     * What identifies a history ensemble's rows: a SHA-256 of the header, runs, seed, sampling, history, inputs and
     * designs, and the version of the checkpoint's tally.
     */
    private static String fingerprint(HistoryEnsemble ensemble, String header) {
        // v2: the tally's sums are exact, written as decimal numbers; a checkpoint of an earlier version kept them
        // rounded and does not describe the same state
        return fingerprint(ensemble, header, "v2|");
    }

    /** The fingerprint of the given version (the empty one: before versions were counted). */
    static String fingerprint(HistoryEnsemble ensemble, String header, String version) {
        HistoryExperiment x = ensemble.experiment();
        StringBuilder sb = new StringBuilder(version).append(header);
        sb.append(x.id()).append('|').append(x.runs()).append('|').append(x.seed()).append('|').append(x.sampling());
        sb.append('|').append(x.history().id()).append('|').append(x.history().from()).append('|')
                .append(x.history().to());
        for (UncertainInput u : x.uncertain()) {
            sb.append('|').append(u);
        }
        for (HistoryFactor f : x.factors()) {
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
