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
