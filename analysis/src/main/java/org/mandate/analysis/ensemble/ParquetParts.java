package org.mandate.analysis.ensemble;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.analysis.parquet.ParquetTable.Column;
import org.mandate.analysis.parquet.ParquetTable.Type;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DesignPoint;

/**
 * Ensemble rows as a Parquet dataset: a folder holding only numbered part files ({@code part-00000.parquet}, ...),
 * each closed when a checkpoint is taken so that every part the checkpoint counts is complete; the part being
 * written has a hidden name until then. The columns are those of the CSV rows, typed: text for the experiment,
 * scenario and design point, text or booleans for the factor levels, 64-bit integers for run and seed, doubles for
 * the input values and 32-bit integers for the levels. In the wide layout a part has one row per run: experiment,
 * scenario, run, seed, the input values, then every design point's levels.
 */
final class ParquetParts {
    private final Path dir;
    private final EnsembleSetup setup;
    private final List<Column> columns;
    private final String[][] pointText;
    private final boolean[] booleanFactor;
    private final int cells;
    private final String createdBy;
    private final boolean wide;
    private int parts;
    private ParquetTable table;

    ParquetParts(Path dir, EnsembleSetup setup, RowLayout layout, int completeParts, String createdBy) {
        this.wide = layout == RowLayout.WIDE;
        this.dir = dir;
        this.setup = setup;
        this.createdBy = createdBy;
        List<DesignFactor> factors = setup.spec().factors();
        booleanFactor = new boolean[factors.size()];
        List<Column> cs = new ArrayList<>();
        cs.add(new Column("experiment", Type.TEXT));
        cs.add(new Column("scenario", Type.TEXT));
        for (int i = 0; i < factors.size(); i++) {
            booleanFactor[i] = factors.get(i).levels().stream().allMatch(l -> l.equals("true") || l.equals("false"));
        }
        if (!wide) {
            cs.add(new Column("design", Type.TEXT));
            for (int i = 0; i < factors.size(); i++) {
                cs.add(new Column(factors.get(i).name(), booleanFactor[i] ? Type.BOOLEAN : Type.TEXT));
            }
        }
        cs.add(new Column("run", Type.INT64));
        cs.add(new Column("seed", Type.INT64));
        for (String name : setup.inputNames()) {
            cs.add(new Column(name, Type.DOUBLE));
        }
        CompiledScenario c = setup.compiled(0);
        cells = c.cellCount();
        if (wide) {
            for (String name : EnsembleRunner.wideLevelNames(setup)) {
                cs.add(new Column(name, Type.INT32));
            }
        } else {
            for (int k = 0; k < cells; k++) {
                String cell = c.episodeOf(k) + "." + c.organizationOf(k);
                cs.add(new Column(cell + ".decided", Type.INT32));
                cs.add(new Column(cell + ".implemented", Type.INT32));
            }
        }
        columns = List.copyOf(cs);
        List<DesignPoint> points = setup.points();
        pointText = new String[points.size()][];
        for (int d = 0; d < points.size(); d++) {
            List<String> t = new ArrayList<>();
            t.add(setup.spec().id());
            t.add(setup.spec().scenario().id());
            t.add(points.get(d).id());
            t.addAll(points.get(d).levels());
            pointText[d] = t.toArray(String[]::new);
        }
        parts = completeParts;
    }

    /** The columns of the parts. */
    List<Column> columns() {
        return columns;
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
     * Appends the rows of runs {@code from} to {@code to - 1}: their levels (run by run, design point by design point,
     * cell by cell, decided then implemented) and their input values (run by run).
     */
    void write(byte[] levels, long from, double[] values, long to) throws IOException {
        if (table == null) {
            Files.createDirectories(dir);
            table = ParquetTable.create(dir.resolve(partName(parts)), columns, createdBy);
        }
        int inputs = setup.inputs();
        int points = pointText.length;
        int at = 0;
        if (wide) {
            String[] text = pointText[0];
            for (long k = from; k < to; k++) {
                int base = (int) (k - from) * inputs;
                table.text(text[0]).text(text[1]).int64(k).int64(setup.seedOf(k));
                for (int i = 0; i < inputs; i++) {
                    table.float64(values[base + i]);
                }
                for (int j = 0; j < 2 * cells * points; j++) {
                    table.int32(levels[at++]);
                }
                table.endRow();
            }
            return;
        }
        for (long k = from; k < to; k++) {
            long seed = setup.seedOf(k);
            int base = (int) (k - from) * inputs;
            for (int d = 0; d < points; d++) {
                String[] text = pointText[d];
                table.text(text[0]).text(text[1]).text(text[2]);
                for (int f = 0; f < booleanFactor.length; f++) {
                    if (booleanFactor[f]) {
                        table.bool(text[3 + f].equals("true"));
                    } else {
                        table.text(text[3 + f]);
                    }
                }
                table.int64(k).int64(seed);
                for (int i = 0; i < inputs; i++) {
                    table.float64(values[base + i]);
                }
                for (int j = 0; j < 2 * cells; j++) {
                    table.int32(levels[at++]);
                }
                table.endRow();
            }
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
