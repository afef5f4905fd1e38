package org.mandate.analysis.ensemble;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.parquet.ParquetTable;
import org.mandate.analysis.parquet.ParquetTable.Column;
import org.mandate.analysis.parquet.ParquetTable.Type;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DesignPoint;

/**
 * The typed columns of an ensemble's rows, those of the CSV rows: text for the experiment, scenario and design point,
 * text or booleans for the factor levels (booleans when every level is {@code true} or {@code false}), 64-bit
 * integers for run and seed, doubles for the input values and 32-bit integers for the levels; and the rows of a
 * slice written value by value to any {@link Writer}, so that every typed writer gets the same values. In the wide
 * layout ({@link RowLayout#WIDE}) a row is one run: experiment, scenario, run, seed, the input values, then every
 * design point's levels.
 */
public final class RowColumns {
    /** Receives the rows' values, column by column, each row closed by {@link #endRow()}. */
    public interface Writer {
        /** A text value. */
        void text(String v);

        /** A boolean value. */
        void bool(boolean v);

        /** A 64-bit integer. */
        void int64(long v);

        /** A double. */
        void float64(double v);

        /** A 32-bit integer. */
        void int32(int v);

        /** Closes the row. */
        void endRow() throws IOException;
    }

    private final EnsembleSetup setup;
    private final List<Column> columns;
    private final String[][] pointText;
    private final boolean[] booleanFactor;
    private final int cells;
    private final boolean wide;

    /** The columns of an experiment's rows in the long layout, one row per run and design point. */
    public RowColumns(EnsembleSetup setup) {
        this(setup, RowLayout.LONG);
    }

    /** The columns of an experiment's rows in the given layout. */
    public RowColumns(EnsembleSetup setup, RowLayout layout) {
        this.setup = setup;
        this.wide = layout == RowLayout.WIDE;
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
    }

    /**
     * A writer that hands over each row as its values in column order, boxed ({@code String}, {@code Boolean},
     * {@code Long}, {@code Double}, {@code Integer}), in a new array each.
     */
    public Writer values(java.util.function.Consumer<Object[]> rows) {
        Object[] row = new Object[columns.size()];
        return new Writer() {
            private int at;

            @Override
            public void text(String v) {
                row[at++] = v;
            }

            @Override
            public void bool(boolean v) {
                row[at++] = v;
            }

            @Override
            public void int64(long v) {
                row[at++] = v;
            }

            @Override
            public void float64(double v) {
                row[at++] = v;
            }

            @Override
            public void int32(int v) {
                row[at++] = v;
            }

            @Override
            public void endRow() {
                rows.accept(row.clone());
                at = 0;
            }
        };
    }

    /** The columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Adds the rows of runs {@code from} to {@code to - 1} to {@code e}, column by column: the rows
     * {@link #write(byte[], long, double[], long, Writer)} writes, encoded exactly as they would be value by value,
     * at a fraction of the cost (a text column's values are looked up once per design point, not once per row).
     */
    public void encode(byte[] levels, long from, double[] values, long to, ParquetTable.Encoder e) {
        int inputs = setup.inputs();
        int points = pointText.length;
        int runs = (int) (to - from);
        int repeat = wide ? 1 : points;
        int rows = runs * repeat;
        long[] run = new long[runs];
        long[] seed = new long[runs];
        for (int r = 0; r < runs; r++) {
            run[r] = from + r;
            seed[r] = setup.seedOf(from + r);
        }
        int c = 0;
        e.texts(c++, new String[] {pointText[0][0]}, rows);
        e.texts(c++, new String[] {pointText[0][1]}, rows);
        if (!wide) {
            String[] design = new String[points];
            for (int d = 0; d < points; d++) {
                design[d] = pointText[d][2];
            }
            e.texts(c++, design, rows);
            for (int f = 0; f < booleanFactor.length; f++) {
                if (booleanFactor[f]) {
                    boolean[] level = new boolean[points];
                    for (int d = 0; d < points; d++) {
                        level[d] = pointText[d][3 + f].equals("true");
                    }
                    e.bools(c++, level, rows);
                } else {
                    String[] level = new String[points];
                    for (int d = 0; d < points; d++) {
                        level[d] = pointText[d][3 + f];
                    }
                    e.texts(c++, level, rows);
                }
            }
        }
        e.int64s(c++, run, runs, repeat);
        e.int64s(c++, seed, runs, repeat);
        for (int i = 0; i < inputs; i++) {
            e.float64s(c++, values, i, inputs, runs, repeat);
        }
        // a row's levels are consecutive in the slice's levels; wide or long, a row is 2 * cells (times points)
        int perRow = wide ? 2 * cells * points : 2 * cells;
        for (int j = 0; j < perRow; j++) {
            e.int32s(c++, levels, j, perRow, rows);
        }
        e.endRows(rows);
    }

    /**
     * Writes the rows of runs {@code from} to {@code to - 1}, as a {@link RowSink} receives them: their levels (run
     * by run, design point by design point, cell by cell, decided then implemented) and their input values (run by
     * run), one row per run and design point, or per run in the wide layout.
     */
    public void write(byte[] levels, long from, double[] values, long to, Writer w) throws IOException {
        int inputs = setup.inputs();
        int points = pointText.length;
        int at = 0;
        if (wide) {
            String[] text = pointText[0];
            for (long k = from; k < to; k++) {
                int base = (int) (k - from) * inputs;
                w.text(text[0]);
                w.text(text[1]);
                w.int64(k);
                w.int64(setup.seedOf(k));
                for (int i = 0; i < inputs; i++) {
                    w.float64(values[base + i]);
                }
                for (int j = 0; j < 2 * cells * points; j++) {
                    w.int32(levels[at++]);
                }
                w.endRow();
            }
            return;
        }
        for (long k = from; k < to; k++) {
            long seed = setup.seedOf(k);
            int base = (int) (k - from) * inputs;
            for (int d = 0; d < points; d++) {
                String[] text = pointText[d];
                w.text(text[0]);
                w.text(text[1]);
                w.text(text[2]);
                for (int f = 0; f < booleanFactor.length; f++) {
                    if (booleanFactor[f]) {
                        w.bool(text[3 + f].equals("true"));
                    } else {
                        w.text(text[3 + f]);
                    }
                }
                w.int64(k);
                w.int64(seed);
                for (int i = 0; i < inputs; i++) {
                    w.float64(values[base + i]);
                }
                for (int j = 0; j < 2 * cells; j++) {
                    w.int32(levels[at++]);
                }
                w.endRow();
            }
        }
    }
}
