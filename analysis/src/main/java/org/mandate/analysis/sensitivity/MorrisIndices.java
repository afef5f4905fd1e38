package org.mandate.analysis.sensitivity;

import java.util.Comparator;
import java.util.List;

/**
 * The result of a Morris screening: the elementary-effect measures of every input.
 *
 * @param trajectories the number of trajectories r behind each measure
 * @param levels the number of grid levels p
 * @param bootstrap the number of bootstrap resamples behind the intervals
 * @param effects one entry per input, in column order
 */
public record MorrisIndices(int trajectories, int levels, int bootstrap, List<ElementaryEffects> effects) {
    /** Validates and copies the effects. */
    public MorrisIndices {
        if (effects == null || effects.isEmpty()) {
            throw new IllegalArgumentException("Morris indices need at least one input, were " + effects);
        }
        effects = List.copyOf(effects);
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i).input() != i) {
                throw new IllegalArgumentException(
                        "effects must be in column order, position " + i + " holds input " + effects.get(i).input());
            }
        }
    }

    /** Returns the measures of the input in column {@code input}. */
    public ElementaryEffects effect(int input) {
        return effects.get(input);
    }

    /** Returns the inputs' columns from the largest mu* to the smallest, ties in column order. */
    public int[] rankingByMuStar() {
        return effects.stream()
                .sorted(Comparator.comparingDouble(ElementaryEffects::muStar).reversed()
                        .thenComparingInt(ElementaryEffects::input))
                .mapToInt(ElementaryEffects::input)
                .toArray();
    }
}
