package org.mandate.analysis.ensemble;

import java.io.IOException;

/** Where an ensemble's rows go, in run order. */
public interface RowSink {

    /** Receives a slice of formatted rows, the run after the slice, and the summary including it. */
    void write(byte[] rows, long nextRun, EnsembleSummary soFar) throws IOException;

    /**
     * Receives a slice of runs {@code from} to {@code nextRun - 1}: their formatted rows, their input values (run by
     * run, {@code inputs} values each, as the rows record them) and the summary including them. By default the
     * values are ignored.
     */
    default void write(byte[] rows, long from, double[] values, long nextRun, EnsembleSummary soFar)
            throws IOException {
        write(rows, nextRun, soFar);
    }

    /** A sink that keeps nothing, for analyses that need only the summary. */
    static RowSink none() {
        return (rows, nextRun, soFar) -> { };
    }
}
