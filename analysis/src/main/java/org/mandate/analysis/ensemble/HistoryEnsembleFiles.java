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
 * draw after it, so a killed ensemble resumed gives exactly the rows and summary of an uninterrupted one.
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
    private final long nextRun;
    private final double[] restored;
    private final Path partsDir;
    private final String createdBy;
    private long bytes;
    private int parts;
    private ParquetTable table;
    private int slicesSinceCheckpoint;
    private LongSupplier clock;
    private long lastCheckpoint;

    private HistoryEnsembleFiles(Path dir, HistoryEnsemble ensemble, String fingerprint, OutputStream out, long bytes,
                                 long nextRun, double[] restored, Path partsDir, int parts, String createdBy) {
        this.dir = dir;
        this.ensemble = ensemble;
        this.fingerprint = fingerprint;
        this.out = out;
        this.bytes = bytes;
        this.total = ensemble.experiment().runs();
        this.nextRun = nextRun;
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
        String header = ensemble.header();
        String fingerprint = fingerprint(ensemble, header);
        Path rows = dir.resolve(EnsembleFiles.ROWS);
        JsonNode cp = existing(dir, rows, fingerprint, resume, overwrite);
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
            return new HistoryEnsembleFiles(dir, ensemble, fingerprint, new BufferedOutputStream(out, 1 << 20),
                    csvBytes, cp.get("nextRun").asLong(), tally(cp), null, 0, null);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(EnsembleFiles.CHECKPOINT));
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(rows), 1 << 20);
        out.write(h);
        out.flush();
        HistoryEnsembleFiles files = new HistoryEnsembleFiles(dir, ensemble, fingerprint, out, h.length, 0, null,
                null, 0, null);
        files.checkpoint(0, null);
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
        String fingerprint = fingerprint(ensemble, ensemble.header() + "|parquet");
        Path rows = dir.resolve(EnsembleFiles.PARTS);
        JsonNode cp = existing(dir, rows, fingerprint, resume, overwrite);
        if (cp != null) {
            int done = cp.path("parts").asInt();
            for (int i = 0; i < done; i++) {
                if (!Files.isRegularFile(rows.resolve(ParquetParts.partName(i)))) {
                    throw new EnsembleFiles.RefusedException(rows.resolve(ParquetParts.partName(i)) + " is missing "
                            + "but its checkpoint counts it; use --overwrite to start again");
                }
            }
            ParquetParts.deleteFrom(rows, done);
            return new HistoryEnsembleFiles(dir, ensemble, fingerprint, null, 0, cp.get("nextRun").asLong(),
                    tally(cp), rows, done, createdBy);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(EnsembleFiles.CHECKPOINT));
        ParquetParts.deleteFrom(rows, 0);
        HistoryEnsembleFiles files = new HistoryEnsembleFiles(dir, ensemble, fingerprint, null, 0, 0, null, rows, 0,
                createdBy);
        files.checkpoint(0, null);
        return files;
    }

    private static final EnsembleFiles.Kind HISTORIES = new EnsembleFiles.Kind("tally", " of a history ensemble",
            "runs, seed, inputs, designs or outcomes");

    private static JsonNode existing(Path dir, Path rows, String fingerprint, boolean resume, boolean overwrite)
            throws IOException, EnsembleFiles.RefusedException {
        return EnsembleFiles.existing(dir, rows, fingerprint, null, 0, resume, overwrite, HISTORIES);
    }

    private static double[] tally(JsonNode cp) {
        double[] t = new double[cp.get("tally").size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = cp.get("tally").get(i).asDouble();
        }
        return t;
    }

    /** The draw to start from. */
    public long nextRun() {
        return nextRun;
    }

    /** Restores the tally saved with the checkpoint into {@code tally}; no-op on a fresh start. */
    public void restore(HistoryEnsemble.Tally tally) {
        if (restored != null) {
            tally.fromArray(restored);
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
        if (next == total || ++slicesSinceCheckpoint >= EnsembleFiles.CHECKPOINT_EVERY
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
        ObjectNode cp = JSON.createObjectNode();
        cp.put("fingerprint", fingerprint);
        cp.put("nextRun", next);
        cp.put("runs", total);
        cp.put("csvBytes", bytes);
        cp.put("parts", parts);
        cp.put("complete", next == total);
        var arr = cp.putArray("tally");
        if (soFar != null) {
            for (double v : soFar.toArray()) {
                arr.add(v);
            }
        }
        Path tmp = dir.resolve(EnsembleFiles.CHECKPOINT + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(cp));
        Files.move(tmp, dir.resolve(EnsembleFiles.CHECKPOINT), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        slicesSinceCheckpoint = 0;
        if (clock != null) {
            lastCheckpoint = clock.getAsLong();
        }
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

    private static String fingerprint(HistoryEnsemble ensemble, String header) {
        HistoryExperiment x = ensemble.experiment();
        StringBuilder sb = new StringBuilder(header);
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
