package org.mandate.analysis.ensemble;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.analysis.parquet.ParquetTable.Column;

/**
 * Ensemble rows as a Parquet dataset: a folder holding only numbered part files ({@code part-00000.parquet}, ...),
 * each closed when a checkpoint is taken so that every part the checkpoint counts is complete; the part being
 * written has a hidden name until then. The columns are the typed columns of {@link RowColumns}, in the long or the
 * wide layout.
 */
final class ParquetParts {
    /** Rows a row group holds at least, when the runs of a slice allow (a row group is one slice of runs). */
    static final int ROW_GROUP_ROWS = 16_384;

    private final Path dir;
    private final RowColumns layout;
    private final String createdBy;
    private int parts;
    private ParquetTable table;
    // each thread that encodes rows has its own encoder, so slices are encoded on the threads that computed them
    private final ThreadLocal<ParquetTable.Encoder> encoders;

    ParquetParts(Path dir, EnsembleSetup setup, RowLayout layout, int completeParts, String createdBy) {
        this.dir = dir;
        this.layout = new RowColumns(setup, layout);
        this.createdBy = createdBy;
        parts = completeParts;
        List<Column> columns = this.layout.columns();
        encoders = ThreadLocal.withInitial(() -> new ParquetTable.Encoder(columns));
    }

    /** The columns of the parts. */
    List<Column> columns() {
        return layout.columns();
    }

    /** The name of part {@code i}. */
    static String partName(int i) {
        return String.format("part-%05d.parquet", i);
    }

    /** Deletes what a checkpoint does not count: parts from {@code from} on and any part left half written. */
    static void deleteFrom(Path dir, int from) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> doomed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.startsWith(".part-") && name.endsWith(".inprogress")) {
                    doomed.add(f);
                } else if (name.matches("part-\\d{5,}\\.parquet")
                        && Integer.parseInt(name.substring(5, name.length() - 8)) >= from) {
                    doomed.add(f);
                }
            }
        }
        for (Path f : doomed) {
            Files.delete(f);
        }
    }

    /**
     * The rows of runs {@code from} to {@code to - 1} encoded as one row group: their levels (run by run, design point
     * by design point, cell by cell, decided then implemented) and their input values (run by run). Any thread may
     * call this, several at once; nothing is written.
     */
    ParquetTable.RowGroup encode(byte[] levels, long from, double[] values, long to) {
        ParquetTable.Encoder e = encoders.get();
        layout.encode(levels, from, values, to, e);
        return e.finish();
    }

    /** Appends a row group made by {@link #encode}, starting a part if none is open. */
    void write(ParquetTable.RowGroup group) throws IOException {
        if (table == null) {
            Files.createDirectories(dir);
            table = ParquetTable.create(dir.resolve(partName(parts)), layout.columns(), createdBy);
        }
        if (group != null) {
            table.append(group);
        }
    }

    /** Closes the current part, if any; returns the number of complete parts. */
    int closePart() throws IOException {
        if (table != null) {
            table.close();
            table = null;
            parts++;
        }
        return parts;
    }

    /** Drops the part being written, if any. */
    void abandon() throws IOException {
        if (table != null) {
            table.abandon();
            table = null;
        }
    }
}
