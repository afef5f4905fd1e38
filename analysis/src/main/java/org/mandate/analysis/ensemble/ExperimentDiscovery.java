package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.analysis.discovery.Column;
import org.mandate.analysis.discovery.Prim;
import org.mandate.analysis.discovery.PrimBox;
import org.mandate.analysis.discovery.PrimResult;
import org.mandate.analysis.sampling.Design;
import org.mandate.core.experiment.OutcomeSelector;

/**
 * Scenario discovery on an experiment's model, as {@code mandate discover} runs it: the Latin hypercube its runs and
 * seed fix, and the PRIM box of an outcome found from the levels the model gave on the design's rows, as the tree
 * that {@code discovery.json} holds.
 *
 * <p>In order: build it from the model's columns, its map from a row of uniforms to input values, the experiment's
 * seed and the options; evaluate the model on {@link #design()}, anywhere and in any number of pieces, keeping row
 * {@code k}'s levels at position {@code k}; give the levels to {@link #analyse}. The same seed, options and levels give
 * the same result, whoever evaluated the rows.
 */
public final class ExperimentDiscovery {
    /** The file a command writes into its output folder. */
    public static final String RESULT = "discovery.json";
    /** Most runs: the Latin hypercube behind them is kept in memory. */
    public static final int MAX_RUNS = 1_000_000;
    /** Fewest runs a caller may ask for (an experiment may have fewer, and then gives all of them). */
    public static final int MIN_RUNS = 10;
    /** Most runs taken from the experiment when none are given. */
    public static final int DEFAULT_MAX_RUNS = 20000;

    private final String experiment;
    private final List<Column> columns;
    private final UnaryOperator<double[]> values;
    private final OutcomeSelector outcome;
    private final double density;
    private final Design design;

    /**
     * The discovery of an outcome.
     *
     * @param experiment the experiment's id
     * @param columns    the model's columns as PRIM sees them: uncertain inputs, then design factors
     * @param values     the model's map from a design row of uniforms to the columns' values
     * @param seed       the experiment's seed: it fixes the design
     * @param outcome    the outcome of interest
     * @param runs       model runs, 1 to {@link #MAX_RUNS} (see {@link #runs(Integer, long)})
     * @param density    the least density of the reported box, in (0, 1]
     * @throws IllegalArgumentException when a value is out of range, with the value in the message
     */
    public ExperimentDiscovery(String experiment, List<Column> columns, UnaryOperator<double[]> values, long seed,
                               OutcomeSelector outcome, int runs, double density) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs: expected 1 to " + MAX_RUNS + ", was " + runs);
        }
        if (!(density > 0 && density <= 1)) {
            throw new IllegalArgumentException("density: expected a number in (0, 1], was " + density);
        }
        this.experiment = experiment;
        this.columns = List.copyOf(columns);
        this.values = values;
        this.outcome = outcome;
        this.density = density;
        this.design = design(runs, columns.size(), seed);
    }

    /** The runs to sample: those given, or the experiment's runs up to {@link #DEFAULT_MAX_RUNS}. */
    public static int runs(Integer given, long experimentRuns) {
        return given != null ? given : (int) Math.min(DEFAULT_MAX_RUNS, experimentRuns);
    }

    /** The Latin hypercube of {@code runs} rows over {@code dimension} columns (at least one) and the seed. */
    public static Design design(int runs, int dimension, long seed) {
        return Design.latinHypercube(runs, Math.max(1, dimension),
                RandomGeneratorFactory.of("L64X128MixRandom").create(seed));
    }

    /** The design whose rows the model evaluates. */
    public Design design() {
        return design;
    }

    /**
     * What discovery found.
     *
     * @param json   the tree of {@code discovery.json}
     * @param runs   rows evaluated
     * @param hits   rows with the outcome
     * @param note   why there is no box (the outcome never or always happens, or nothing varies), or null
     * @param prim   PRIM's peeling trajectory, or null with a note
     * @param chosen the first box of the trajectory with at least the density asked for, if any
     * @param box    the reported box: the chosen one, else the trajectory's last; null with a note
     */
    public record Result(Map<String, Object> json, int runs, int hits, String note, PrimResult prim,
                         Optional<PrimBox> chosen, PrimBox box) {
    }

    /**
     * Finds the box of the outcome.
     *
     * @param levels the levels of the design's rows ({@code [row][2 * cell]} decided, {@code + 1} implemented)
     */
    public Result analyse(byte[][] levels) {
        int n = design.rows();
        if (levels.length != n) {
            throw new IllegalArgumentException("expected the levels of " + n + " rows, got " + levels.length);
        }
        int col = 2 * outcome.cell() + (outcome.implemented() ? 1 : 0);
        boolean[] hit = new boolean[n];
        double[][] x = new double[n][];
        int hits = 0;
        for (int k = 0; k < n; k++) {
            hit[k] = outcome.test(levels[k][col]);
            hits += hit[k] ? 1 : 0;
            x[k] = values.apply(design.row(k));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", experiment);
        root.put("outcome", outcome.toString());
        root.put("runs", n);
        root.put("hits", hits);
        if (hits == 0 || hits == n || columns.isEmpty()) {
            String why = hits == 0 ? "the outcome never happens in " + n + " runs"
                    : hits == n ? "the outcome happens in every one of " + n + " runs" : "nothing varies";
            root.put("boxes", List.of());
            root.put("note", why + "; there is no box to find");
            return new Result(root, n, hits, why, null, Optional.empty(), null);
        }
        PrimResult result = Prim.run(columns, x, hit);
        Optional<PrimBox> chosen = result.selectByDensity(density);
        PrimBox box = chosen.orElseGet(() -> result.select(result.trajectory().size() - 1));
        List<Object> trajectory = new ArrayList<>();
        for (PrimBox b : result.trajectory()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("coverage", b.coverage());
            step.put("density", b.density());
            step.put("mass", b.mass());
            step.put("rule", b.describe());
            trajectory.add(step);
        }
        root.put("baseRate", (double) hits / n);
        Map<String, Object> boxJson = new LinkedHashMap<>();
        boxJson.put("rule", box.describe());
        boxJson.put("coverage", box.coverage());
        boxJson.put("density", box.density());
        boxJson.put("mass", box.mass());
        boxJson.put("runs", box.points());
        boxJson.put("hits", box.hits());
        root.put("box", boxJson);
        root.put("densityTarget", density);
        root.put("metTarget", chosen.isPresent());
        root.put("trajectory", trajectory);
        return new Result(root, n, hits, null, result, chosen, box);
    }
}
