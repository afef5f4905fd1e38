package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.analysis.sensitivity.ElementaryEffects;
import org.mandate.analysis.sensitivity.MorrisAnalysis;
import org.mandate.analysis.sensitivity.MorrisDesign;
import org.mandate.analysis.sensitivity.MorrisIndices;
import org.mandate.analysis.sensitivity.SaltelliDesign;
import org.mandate.analysis.sensitivity.SobolAnalysis;
import org.mandate.analysis.sensitivity.SobolIndex;
import org.mandate.analysis.sensitivity.SobolIndices;
import org.mandate.analysis.stats.Moments;
import org.mandate.core.experiment.OutcomeSelector;

/**
 * The sensitivity analysis of an experiment's model, as {@code mandate sensitivity} runs it: the Saltelli and Morris
 * designs its options and seed fix, and the Sobol indices and elementary effects of outcomes computed from the levels
 * the model gave on those designs' rows, as the tree that {@code sensitivity.json} holds.
 *
 * <p>In order: build it from the model's column names (uncertain inputs, then design factors), the experiment's seed
 * and the options; evaluate the model on {@link #saltelli()} and {@link #morris()} (whichever are not null), anywhere
 * and in any number of pieces, keeping row {@code k}'s levels at position {@code k}; give the levels of each outcome to
 * {@link #outcome}; put the results together with {@link #json}. The same seed, options and levels give the same
 * result, whoever evaluated the rows.
 */
public final class ExperimentSensitivity {
    /** The file a command writes into its output folder. */
    public static final String RESULT = "sensitivity.json";
    /** Fewest bootstrap resamples: fewer give no meaningful interval. */
    public static final int MIN_BOOTSTRAP = 10;
    /** Most base samples or trajectories. */
    public static final int MAX_SAMPLES = 1 << 20;
    /** Most inputs: the Saltelli design's Sobol base has twice as many columns, at most 1000. */
    public static final int MAX_DIMENSION = 500;
    /** The methods, as {@code --method} names them. */
    public static final List<String> METHODS = List.of("sobol", "morris", "both");
    /** Morris grid levels. */
    private static final int MORRIS_LEVELS = 4;

    private final String experiment;
    private final List<String> names;
    private final long seed;
    private final int samples;
    private final int trajectories;
    private final int bootstrap;
    private final SaltelliDesign saltelli;
    private final MorrisDesign morris;

    /**
     * The analysis of an experiment.
     *
     * @param experiment   the experiment's id
     * @param names        the model's column names: uncertain inputs, then design factors (2 to {@link #MAX_DIMENSION})
     * @param seed         the experiment's seed: it fixes the designs and the bootstrap
     * @param method       sobol, morris or both
     * @param samples      Saltelli base samples (2 to {@link #MAX_SAMPLES})
     * @param trajectories Morris trajectories (2 to {@link #MAX_SAMPLES})
     * @param bootstrap    bootstrap resamples (at least {@link #MIN_BOOTSTRAP})
     * @throws IllegalArgumentException when a value is out of range, with the value in the message
     */
    public ExperimentSensitivity(String experiment, List<String> names, long seed, String method, int samples,
                                 int trajectories, int bootstrap) {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method: expected sobol, morris or both, was '" + method + "'");
        }
        if (names.size() < 2 || names.size() > MAX_DIMENSION) {
            throw new IllegalArgumentException("expected 2 to " + MAX_DIMENSION + " inputs, was " + names.size());
        }
        if (samples < 2 || samples > MAX_SAMPLES || trajectories < 2 || trajectories > MAX_SAMPLES
                || bootstrap < MIN_BOOTSTRAP) {
            throw new IllegalArgumentException("expected samples and trajectories from 2 to " + MAX_SAMPLES
                    + " and bootstrap at least " + MIN_BOOTSTRAP + ", were " + samples + ", " + trajectories + " and "
                    + bootstrap);
        }
        this.experiment = experiment;
        this.names = List.copyOf(names);
        this.seed = seed;
        this.samples = samples;
        this.trajectories = trajectories;
        this.bootstrap = bootstrap;
        this.saltelli = method.equals("morris") ? null : saltelliDesign(names.size(), samples, seed);
        this.morris = method.equals("sobol") ? null : morrisDesign(names.size(), trajectories, seed);
    }

    /** The Saltelli design of {@code dimension} columns, {@code samples} base samples and the seed. */
    public static SaltelliDesign saltelliDesign(int dimension, int samples, long seed) {
        return SobolAnalysis.design(dimension, samples, seed);
    }

    /** The Morris design of {@code dimension} columns, {@code trajectories} trajectories and the seed. */
    public static MorrisDesign morrisDesign(int dimension, int trajectories, long seed) {
        return MorrisAnalysis.design(dimension, trajectories, MORRIS_LEVELS, seed);
    }

    /** The Saltelli design whose rows the model evaluates for the Sobol indices, or null when Morris's only. */
    public SaltelliDesign saltelli() {
        return saltelli;
    }

    /** The Morris design whose rows the model evaluates for the elementary effects, or null when Sobol's only. */
    public MorrisDesign morris() {
        return morris;
    }

    /** The model's column names. */
    public List<String> names() {
        return names;
    }

    /**
     * An outcome's result, as an entry of {@code outcomes} in {@code sensitivity.json}.
     *
     * @param json        the entry: outcome, probability (or mean), sobol, morris, each when computed
     * @param probability the outcome's share of the Saltelli rows (or the outputs' mean), or null without them
     * @param sobol       the Sobol indices, or null when not computed or when the outcome never varies
     * @param morris      the elementary effects, or null when not computed
     */
    public record Outcome(Map<String, Object> json, Double probability, SobolIndices sobol, MorrisIndices morris) {
    }

    /**
     * The indices of an outcome.
     *
     * @param o          the outcome
     * @param sobolRuns  the levels of the Saltelli rows ({@code [row][2 * cell]} decided, {@code + 1} implemented), or
     *                   null when Morris's only
     * @param morrisRuns the levels of the Morris rows, or null when Sobol's only
     */
    public Outcome outcome(OutcomeSelector o, byte[][] sobolRuns, byte[][] morrisRuns) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("outcome", o.toString());
        Double probability = null;
        SobolIndices sobol = null;
        MorrisIndices effects = null;
        if (sobolRuns != null) {
            double[] y = indicator(sobolRuns, o);
            probability = Moments.mean(y);
            r.put("probability", probability);
            if (Moments.variance(y) > 0) {
                sobol = SobolAnalysis.analyse(saltelli, y, seed, bootstrap);
                r.put("sobol", sobolJson(sobol));
            } else {
                r.put("sobol", "the outcome never varies in the sample: every index is 0");
            }
        }
        if (morrisRuns != null) {
            effects = MorrisAnalysis.analyse(morris, indicator(morrisRuns, o), seed, bootstrap);
            r.put("morris", morrisJson(effects));
        }
        return new Outcome(r, probability, sobol, effects);
    }

    /**
     * The Sobol indices of outputs computed elsewhere for the Saltelli rows, one a row.
     *
     * @param label what the outputs are, such as the file they came from
     * @param y     the outputs, as many as the Saltelli design has rows
     */
    public Outcome outputs(String label, double[] y) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("outcome", label);
        double mean = Moments.mean(y);
        r.put("mean", mean);
        SobolIndices sobol = null;
        if (Moments.variance(y) > 0) {
            sobol = SobolAnalysis.analyse(saltelli, y, seed, bootstrap);
            r.put("sobol", sobolJson(sobol));
        } else {
            r.put("sobol", "the outputs never vary: every index is 0");
        }
        return new Outcome(r, mean, sobol, null);
    }

    /** The tree {@code sensitivity.json} holds: the experiment, the inputs, the outcomes' results and the sizes. */
    public Map<String, Object> json(List<Outcome> outcomes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("experiment", experiment);
        root.put("inputs", names);
        List<Object> results = new ArrayList<>();
        for (Outcome o : outcomes) {
            results.add(o.json());
        }
        root.put("outcomes", results);
        root.put("samples", samples);
        root.put("trajectories", trajectories);
        root.put("bootstrap", bootstrap);
        return root;
    }

    /** The outcome's indicator (1 or 0) for each row of levels. */
    public static double[] indicator(byte[][] levels, OutcomeSelector o) {
        double[] y = new double[levels.length];
        int col = 2 * o.cell() + (o.implemented() ? 1 : 0);
        for (int k = 0; k < y.length; k++) {
            y[k] = o.test(levels[k][col]) ? 1 : 0;
        }
        return y;
    }

    private List<Object> sobolJson(SobolIndices s) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            SobolIndex ix = s.index(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", names.get(i));
            m.put("firstOrder", ix.firstOrder());
            m.put("firstOrderLower", ix.firstOrderInterval().lower());
            m.put("firstOrderUpper", ix.firstOrderInterval().upper());
            m.put("totalOrder", ix.totalOrder());
            m.put("totalOrderLower", ix.totalOrderInterval().lower());
            m.put("totalOrderUpper", ix.totalOrderInterval().upper());
            out.add(m);
        }
        return out;
    }

    private List<Object> morrisJson(MorrisIndices mi) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ElementaryEffects e = mi.effect(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", names.get(i));
            m.put("mu", e.mu());
            m.put("muStar", e.muStar());
            m.put("sigma", e.sigma());
            m.put("muStarLower", e.muStarInterval().lower());
            m.put("muStarUpper", e.muStarInterval().upper());
            out.add(m);
        }
        return out;
    }
}
