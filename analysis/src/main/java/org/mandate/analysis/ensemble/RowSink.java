package org.mandate.analysis.ensemble;

import java.io.IOException;

/** Where an ensemble's rows go, in run order. */
public interface RowSink {

    /** Receives a slice of formatted rows, the run after the slice, and the summary including it. */
    void write(byte[] rows, long nextRun, EnsembleSummary soFar) throws IOException;

    /**
     * Receives a slice of runs {@code from} to {@code nextRun - 1}: their rows formatted as CSV (empty when the sink
     * does not {@link #needsText()}), their input values (run by run, {@code inputs} values each, as the rows record
     * them), their levels when the rows are not formatted (null otherwise: run by run, design point by design point,
     * cell by cell, decided then implemented) and the summary including them. By default only the text is used.
     */
    default void write(byte[] rows, long from, double[] values, byte[] levels, long nextRun, EnsembleSummary soFar)
            throws IOException {
        write(rows, nextRun, soFar);
    }

    /**
     * Work on a slice that the sink hands to the worker thread that computed it, before the slice reaches
     * {@link #write(byte[], long, double[], byte[], Object, long, EnsembleSummary)} on the writing thread: called with
     * the slice's input values and levels (as {@code write} receives them) only when the sink keeps rows and needs no
     * text, from any thread and for several slices at once, so it must touch no state of the sink that is not the
     * calling thread's own. What it returns is handed to {@code write} as {@code prepared}. By default nothing.
     */
    default Object prepare(byte[] levels, long from, double[] values, long to) throws IOException {
        return null;
    }

    /**
     * As {@link #write(byte[], long, double[], byte[], long, EnsembleSummary)}, with what {@link #prepare} made of
     * the slice (null when it was not called or made nothing). By default {@code prepared} is ignored.
     */
    default void write(byte[] rows, long from, double[] values, byte[] levels, Object prepared, long nextRun,
                       EnsembleSummary soFar) throws IOException {
        write(rows, from, values, levels, nextRun, soFar);
    }

    /**
     * The rows the sink would have a slice hold at least (a Parquet row group is a slice), or 0 for no wish; the
     * runner then makes its slices longer, up to {@link EnsembleRunner#MAX_SLICE} runs.
     */
    default int rowsPerSlice() {
        return 0;
    }

    /** Whether the sink needs the rows as CSV text; a sink that does not saves the workers formatting them. */
    default boolean needsText() {
        return true;
    }

    /**
     * Whether the sink keeps rows at all; a sink that does not receives empty text and null values and levels, and
     * saves the workers keeping them.
     */
    default boolean needsRows() {
        return true;
    }

    /** A sink that keeps nothing, for analyses that need only the summary. */
    static RowSink none() {
        return new RowSink() {
            @Override
            public void write(byte[] rows, long nextRun, EnsembleSummary soFar) {
            }

            @Override
            public boolean needsText() {
                return false;
            }

            @Override
            public boolean needsRows() {
                return false;
            }
        };
    }
}
