package org.mandate.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.analysis.ensemble.RowColumns;
import org.mandate.analysis.ensemble.RowSink;

/**
 * The rows of one run-index range as Spark rows, computed a slice at a time as they are read, by the project's
 * ensemble runner on one thread; when the last row has been read, the range's summary goes to {@code done}.
 */
final class RangeRows implements Iterator<Row> {
    private final EnsembleRunner runner;
    private final RowColumns layout;
    private final long to;
    private final EnsembleSummary summary;
    private final Consumer<EnsembleSummary> done;
    private final ArrayDeque<Row> buffer = new ArrayDeque<>();
    private final RowSink sink;
    private long next;
    private boolean reported;

    RangeRows(EnsembleSetup setup, long from, long to, Consumer<EnsembleSummary> done) {
        this.runner = new EnsembleRunner(setup, 1);
        this.layout = new RowColumns(setup);
        this.next = from;
        this.to = to;
        this.done = done;
        this.summary = new EnsembleSummary(setup.points().size(), setup.compiled(0).cellCount());
        RowColumns.Writer writer = layout.values(values -> buffer.add(RowFactory.create(values)));
        this.sink = new RowSink() {
            @Override
            public void write(byte[] rows, long nextRun, EnsembleSummary soFar) {
                throw new IllegalStateException("the rows are built from the slice's values and levels");
            }

            @Override
            public void write(byte[] rows, long from, double[] values, byte[] levels, long nextRun,
                              EnsembleSummary soFar) throws IOException {
                layout.write(levels, from, values, nextRun, writer);
            }

            @Override
            public boolean needsText() {
                return false;
            }
        };
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && next < to) {
            long end = Math.min(to, next + EnsembleRunner.SLICE);
            try {
                runner.run(next, end, summary, sink, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted at run " + next, e);
            }
            next = end;
        }
        if (buffer.isEmpty() && !reported) {
            reported = true;
            done.accept(summary);
        }
        return !buffer.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    /** The rows of a range, read all at once (for tests and small ranges). */
    static List<Row> all(EnsembleSetup setup, long from, long to, Consumer<EnsembleSummary> done) {
        List<Row> rows = new java.util.ArrayList<>();
        new RangeRows(setup, from, to, done).forEachRemaining(rows::add);
        return rows;
    }
}
