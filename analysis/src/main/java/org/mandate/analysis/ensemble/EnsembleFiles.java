package org.mandate.analysis.ensemble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.UncertainInput;

/**
 * An ensemble's folder: {@code runs.csv}, the rows in run order, and {@code checkpoint.json}, which records how many
 * runs and bytes of {@code runs.csv} are complete together with the summary so far. A checkpoint is written after the
 * rows it counts are flushed, every second or so and at the end; resuming truncates {@code runs.csv} to the last
 * checkpoint and continues from the run after it, so a killed ensemble resumed gives exactly the rows of an
 * uninterrupted one.
 */
public final class EnsembleFiles implements RowSink, AutoCloseable {
    /** The rows file. */
    public static final String ROWS = "runs.csv";
    /** The checkpoint file. */
    public static final String CHECKPOINT = "checkpoint.json";

    /** Slices written between checkpoints. */
    public static final int CHECKPOINT_EVERY = 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String fingerprint;
    private final OutputStream out;
    private final long total;
    private long bytes;
    private int slicesSinceCheckpoint;
    private final long nextRun;
    private final long[] restored;
    private final ParquetParts parquet;
    private int parts;

    private EnsembleFiles(Path dir, String fingerprint, OutputStream out, long bytes, long total, long nextRun,
                          long[] restored) {
        this(dir, fingerprint, out, bytes, total, nextRun, restored, null, 0);
    }

    private EnsembleFiles(Path dir, String fingerprint, OutputStream out, long bytes, long total, long nextRun,
                          long[] restored, ParquetParts parquet, int parts) {
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
     * Opens the folder for an ensemble.
     *
     * @param resume    continue an ensemble the folder already holds
     * @param overwrite start again even if the folder holds one
     * @throws RefusedException when the folder holds another ensemble, or one that cannot be resumed
     */
    public static EnsembleFiles open(Path dir, EnsembleSetup setup, String header, boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        String fingerprint = fingerprint(setup, header);
        Path checkpoint = dir.resolve(CHECKPOINT);
        Path rows = dir.resolve(ROWS);
        long total = setup.spec().runs();
        if (Files.exists(checkpoint) && !overwrite) {
            JsonNode cp = checkpoint(dir, fingerprint, resume);
            long csvBytes = cp.get("csvBytes").asLong();
            if (!Files.exists(rows) || Files.size(rows) < csvBytes) {
                throw new RefusedException(rows + " is shorter than its checkpoint says (" + csvBytes
                        + " bytes); use --overwrite to start again");
            }
            try (FileChannel ch = FileChannel.open(rows, StandardOpenOption.WRITE)) {
                ch.truncate(csvBytes);
            }
            OutputStream out = Files.newOutputStream(rows, StandardOpenOption.APPEND);
            return new EnsembleFiles(dir, fingerprint, new java.io.BufferedOutputStream(out, 1 << 20), csvBytes,
                    total, cp.get("nextRun").asLong(), summaryState(cp));
        }
        if (!resume && !overwrite && Files.exists(rows)) {
            throw new RefusedException(dir + " already holds " + ROWS + "; use --overwrite to start again");
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(checkpoint);
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(rows), 1 << 20);
        out.write(h);
        EnsembleFiles files = new EnsembleFiles(dir, fingerprint, out, h.length, total, 0, null);
        files.checkpoint(0, null);
        return files;
    }

    /**
     * Opens the folder for an ensemble written as Parquet part files ({@code runs-00000.parquet}, ...) instead of
     * {@code runs.csv}; resuming deletes the parts the last checkpoint does not count and carries on.
     *
     * @param columns        the column names, as in the CSV header
     * @param factorColumns  how many design-factor columns follow experiment, scenario and design
     * @param inputColumns   how many input-value columns follow run and seed
     */
    public static EnsembleFiles openParquet(Path dir, EnsembleSetup setup, String header, List<String> columns,
                                            int factorColumns, int inputColumns, boolean resume, boolean overwrite)
            throws IOException, RefusedException {
        String fingerprint = fingerprint(setup, header + "|parquet");
        Path checkpoint = dir.resolve(CHECKPOINT);
        long total = setup.spec().runs();
        if (Files.exists(checkpoint) && !overwrite) {
            JsonNode cp = checkpoint(dir, fingerprint, resume);
            int done = cp.path("parts").asInt();
            ParquetParts.deleteFrom(dir, done);
            return new EnsembleFiles(dir, fingerprint, null, 0, total, cp.get("nextRun").asLong(), summaryState(cp),
                    new ParquetParts(dir, columns, factorColumns, inputColumns, done), done);
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(checkpoint);
        Files.deleteIfExists(dir.resolve(ROWS));
        ParquetParts.deleteFrom(dir, 0);
        EnsembleFiles files = new EnsembleFiles(dir, fingerprint, null, 0, total, 0, null,
                new ParquetParts(dir, columns, factorColumns, inputColumns, 0), 0);
        files.checkpoint(0, null);
        return files;
    }

    /**
     * The checkpoint of the ensemble the folder holds, when it may be resumed.
     *
     * @throws RefusedException when resuming was not asked for, or the folder holds another ensemble
     */
    private static JsonNode checkpoint(Path dir, String fingerprint, boolean resume)
            throws IOException, RefusedException {
        if (!resume) {
            throw new RefusedException(dir + " already holds an ensemble; use --resume to continue it or "
                    + "--overwrite to start again");
        }
        JsonNode cp = JSON.readTree(dir.resolve(CHECKPOINT).toFile());
        if (!fingerprint.equals(cp.path("fingerprint").asText())) {
            throw new RefusedException(dir + " holds an ensemble of a different experiment (or runs, seed, "
                    + "inputs or designs changed); use --overwrite to start again");
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
            parquet.write(rows);
        } else {
            out.write(rows);
        }
        if (parquet == null) {
            bytes += rows.length;
        }
        if (next == total || ++slicesSinceCheckpoint >= CHECKPOINT_EVERY) {
            checkpoint(next, soFar);
        }
    }

    private void checkpoint(long next, EnsembleSummary soFar) throws IOException {
        if (parquet != null) {
            parts = parquet.closePart();
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
        var arr = cp.putArray("summary");
        if (soFar != null) {
            for (long v : soFar.toArray()) {
                arr.add(v);
            }
        }
        Path tmp = dir.resolve(CHECKPOINT + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(cp));
        Files.move(tmp, dir.resolve(CHECKPOINT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        slicesSinceCheckpoint = 0;
    }

    @Override
    public void close() throws IOException {
        if (parquet != null) {
            parquet.closePart();
        } else {
            out.close();
        }
    }

    private static String fingerprint(EnsembleSetup setup, String header) {
        StringBuilder sb = new StringBuilder(header);
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
