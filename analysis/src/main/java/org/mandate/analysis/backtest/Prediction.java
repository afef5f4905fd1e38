package org.mandate.analysis.backtest;

import java.util.List;

/**
 * The model's answer for one (episode, organization) cell, with the voting members' stances behind it.
 *
 * @param member      whether the model says the host was a member
 * @param decided     the decided level, 0 to 4 (0 when not a member)
 * @param implemented the implemented level, 0 to {@code decided}
 * @param stances     the voting members' stances, in the model's order; empty when not a member
 * @param leadState   the organization's lead state, or null where it has none
 */
public record Prediction(boolean member, int decided, int implemented, List<Stance> stances, String leadState) {
    /** Checks the levels and copies the stances. */
    public Prediction {
        checkLevel("decided", decided);
        checkLevel("implemented", implemented);
        if (implemented > decided) {
            throw new IllegalArgumentException("implemented must not exceed decided (" + decided + "), was "
                    + implemented);
        }
        stances = List.copyOf(stances);
    }

    static void checkLevel(String what, int level) {
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException(what + " must be a level from 0 to 4, was " + level);
        }
    }
}
