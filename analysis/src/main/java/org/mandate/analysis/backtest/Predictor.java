package org.mandate.analysis.backtest;

/** Who predicts a cell: the model, or one of the rules of thumb it is compared with. */
public enum Predictor {
    /** The engine with the one library. */
    MODEL("model", "the engine, unchanged, with the one library"),
    /** Baseline (a). */
    MAJORITY("majority", "the most common observed level of the organization in the other cases "
            + "(leave-one-case-out; ties go to the lower level)"),
    /** Baseline (b). */
    LEAD_STATE("lead-state", "the lead state's preferred level alone (the most capable voting member's where there"
            + " is no lead)"),
    /** Baseline (c). */
    WEIGHTED_MEAN("weighted-mean", "the capability-weighted mean of the voting members' preferred levels, rounded "
            + "half up, with no rules or gates");

    private final String id;
    private final String description;

    Predictor(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The predictor's name in output, such as {@code lead-state}. */
    public String id() {
        return id;
    }

    /** What it predicts, in one phrase. */
    public String description() {
        return description;
    }

    /** Whether this is one of the baselines rather than the model. */
    public boolean baseline() {
        return this != MODEL;
    }
}
