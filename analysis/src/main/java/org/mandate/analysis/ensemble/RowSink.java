package org.mandate.analysis.ensemble;

import java.io.IOException;

/** Where an ensemble's rows go, in run order. */
public interface RowSink {

    /** Receives a slice of formatted rows, the run after the slice, and the summary including it. */
    void write(byte[] rows, long nextRun, EnsembleSummary soFar) throws IOException;

    /** A sink that keeps nothing, for analyses that need only the summary. */
    static RowSink none() {
        return (rows, nextRun, soFar) -> { };
    }
}
