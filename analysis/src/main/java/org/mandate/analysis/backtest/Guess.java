package org.mandate.analysis.backtest;

/**
 * One predictor's levels for a cell.
 *
 * @param decided     the predicted decided level, 0 to 4
 * @param implemented the predicted implemented level, 0 to 4
 */
public record Guess(int decided, int implemented) {
    /** Checks the levels. */
    public Guess {
        Prediction.checkLevel("decided", decided);
        Prediction.checkLevel("implemented", implemented);
    }

    /** The predicted level for a measure. */
    public int level(Measure measure) {
        return measure == Measure.DECIDED ? decided : implemented;
    }
}
