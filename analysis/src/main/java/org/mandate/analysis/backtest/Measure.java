package org.mandate.analysis.backtest;

/** The two measures of a response: what was decided, and what was implemented on the ground. */
public enum Measure {
    /** The level decided. */
    DECIDED("decided"),
    /** The level implemented by the assessment date. */
    IMPLEMENTED("implemented");

    private final String id;

    Measure(String id) {
        this.id = id;
    }

    /** The measure's name in output. */
    public String id() {
        return id;
    }

    /** The observed value of this measure in a cell. */
    public Observed of(CaseCell cell) {
        return this == DECIDED ? cell.decided() : cell.implemented();
    }
}
