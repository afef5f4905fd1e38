package org.mandate.core.engine;

/**
 * The levels and stages of every cell of one run, in cell order (episode-major). Reusable: a runner refills it.
 */
public final class RunResult {
    final int[] decided;
    final int[] implemented;
    final Stage[] stage;

    /** An empty result for a scenario with the given number of cells. */
    public RunResult(int cells) {
        decided = new int[cells];
        implemented = new int[cells];
        stage = new Stage[cells];
    }

    /** Number of cells. */
    public int cells() {
        return decided.length;
    }

    /** The decided level of a cell. */
    public int decided(int cell) {
        return decided[cell];
    }

    /** The implemented level of a cell. */
    public int implemented(int cell) {
        return implemented[cell];
    }

    /** The stage that set a cell's outcome. */
    public Stage stage(int cell) {
        return stage[cell];
    }
}
