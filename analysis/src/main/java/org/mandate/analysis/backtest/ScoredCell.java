package org.mandate.analysis.backtest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A case cell with every predictor's guess.
 *
 * @param caseId  the case it belongs to
 * @param group   that case's group
 * @param cell    the cell as run
 * @param guesses by predictor, in {@link Predictor} order
 */
public record ScoredCell(String caseId, Group group, CaseCell cell, Map<Predictor, Guess> guesses) {
    /** Checks that every predictor guessed and copies the guesses. */
    public ScoredCell {
        if (guesses.size() != Predictor.values().length) {
            throw new IllegalArgumentException("every predictor must guess, had " + guesses.keySet());
        }
        guesses = Collections.unmodifiableMap(new EnumMap<>(guesses));
    }

    /** A predictor's guess. */
    public Guess guess(Predictor predictor) {
        return guesses.get(predictor);
    }

    /**
     * The signed error {@code predicted - observed} of a predictor on a measure, or null where the measure is not a
     * level (not a member, or not recorded).
     */
    public Integer error(Predictor predictor, Measure measure) {
        if (measure.of(cell) instanceof Observed.Level level) {
            return guess(predictor).level(measure) - level.value();
        }
        return null;
    }

    /**
     * Whether the model and the case file disagree on membership: the file says not a member and the model says
     * member, or the file records a level and the model says not a member.
     */
    public boolean membershipDisagrees() {
        return cell.observedNotMember() == cell.model().member();
    }
}
