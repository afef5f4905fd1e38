package org.mandate.analysis.discovery;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a PRIM peel: the trajectory of boxes from the whole space to the smallest box peeled, from which
 * one is chosen and pasted.
 *
 * <p>Along the trajectory coverage falls and density usually rises. Choose a box either by a density threshold
 * ({@link #selectByDensity}) or by its step ({@link #select}); either way the chosen box is then pasted, which
 * can only widen it without lowering its density.
 */
public final class PrimResult {
    private final Prim.Search search;
    private final List<Bounds> bounds;
    private final List<PrimBox> trajectory;
    private final List<Column> columns;
    private final PrimOptions options;

    PrimResult(List<Column> columns, PrimOptions options, Prim.Search search, List<Prim.Search.Step> steps) {
        this.columns = columns;
        this.options = options;
        this.search = search;
        this.bounds = steps.stream().map(Prim.Search.Step::bounds).toList();
        this.trajectory = steps.stream().map(s -> search.describe(s.bounds(), s.points(), s.hits())).toList();
    }

    /** Returns the input columns the boxes are over. */
    public List<Column> columns() {
        return columns;
    }

    /** Returns the settings of the search. */
    public PrimOptions options() {
        return options;
    }

    /** Returns the peeled boxes in order, step 0 being the whole space; none of them is pasted. */
    public List<PrimBox> trajectory() {
        return trajectory;
    }

    /**
     * Returns the box at {@code step} of the trajectory, pasted.
     *
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public PrimBox select(int step) {
        if (step < 0 || step >= bounds.size()) {
            throw new IndexOutOfBoundsException(
                    "step must be in [0, " + bounds.size() + "), was " + step);
        }
        return search.describe(search.paste(bounds.get(step)));
    }

    /**
     * Returns, pasted, the first box of the trajectory (the one of highest coverage) whose density is at least
     * {@code minDensity}, or nothing if no box is that dense.
     */
    public Optional<PrimBox> selectByDensity(double minDensity) {
        if (!(minDensity >= 0 && minDensity <= 1)) {
            throw new IllegalArgumentException("density threshold must be in [0, 1], was " + minDensity);
        }
        for (int step = 0; step < trajectory.size(); step++) {
            if (trajectory.get(step).density() >= minDensity) {
                return Optional.of(select(step));
            }
        }
        return Optional.empty();
    }
}
