package org.mandate.analysis.backtest;

/**
 * One predictor's scores over a set of cells, per measure.
 *
 * @param decided     the score on decided levels
 * @param implemented the score on implemented levels
 */
public record Tally(Score decided, Score implemented) {
    /** Nothing scored. */
    public static final Tally EMPTY = new Tally(Score.EMPTY, Score.EMPTY);

    /** The score on one measure. */
    public Score of(Measure measure) {
        return measure == Measure.DECIDED ? decided : implemented;
    }

    /** Decided and implemented levels scored together. */
    public Score pooled() {
        return decided.plus(implemented);
    }

    /** This tally with one more score on a measure. */
    public Tally plus(Measure measure, Score score) {
        return measure == Measure.DECIDED ? new Tally(decided.plus(score), implemented)
                : new Tally(decided, implemented.plus(score));
    }

    /** Both tallies together. */
    public Tally plus(Tally other) {
        return new Tally(decided.plus(other.decided), implemented.plus(other.implemented));
    }
}
