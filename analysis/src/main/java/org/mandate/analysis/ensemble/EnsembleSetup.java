package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.analysis.sampling.Design;
import org.mandate.analysis.sampling.Distribution;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignFactor;
import org.mandate.core.experiment.DesignPoint;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.experiment.InputBinding;
import org.mandate.core.experiment.Sampling;
import org.mandate.core.experiment.UncertainInput;

/**
 * An experiment made ready to run: one compiled scenario per design point, the uncertain inputs bound to each, and
 * the sampling design that gives run {@code k} its uniforms.
 */
public final class EnsembleSetup {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    final ExperimentSpec spec;
    final List<DesignPoint> points;
    final CompiledScenario[] compiled;
    final InputBinding[][] bindings;
    final Distribution[] distributions;
    private final TabulatedQuantile[] tabulated;
    private final Design design;

    /** Prepares the experiment. */
    public EnsembleSetup(ExperimentSpec spec) {
        this.spec = spec;
        this.points = spec.designPoints();
        compiled = new CompiledScenario[points.size()];
        bindings = new InputBinding[points.size()][spec.uncertain().size()];
        for (int d = 0; d < points.size(); d++) {
            DesignFactor.Variant v = DesignFactor.variant(spec.scenario(), spec.factors(), points.get(d));
            compiled[d] = CompiledScenario.compile(v.scenario(), v.mechanisms());
            for (int i = 0; i < spec.uncertain().size(); i++) {
                bindings[d][i] = InputBinding.bind(compiled[d], spec.uncertain().get(i).path());
            }
        }
        distributions = new Distribution[spec.uncertain().size()];
        tabulated = new TabulatedQuantile[distributions.length];
        for (int i = 0; i < distributions.length; i++) {
            distributions[i] = Samplers.of(spec.uncertain().get(i).distribution());
            if (distributions[i] instanceof Distribution.Beta || distributions[i] instanceof Distribution.TruncatedNormal) {
                tabulated[i] = new TabulatedQuantile(distributions[i]);
            }
        }
        int d = Math.max(1, distributions.length);
        RandomGenerator root = FACTORY.create(spec.seed());
        if (spec.runs() > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("runs must be below 2^31 - 1, was " + spec.runs());
        }
        int n = (int) spec.runs();
        design = switch (spec.sampling()) {
            case MONTE_CARLO -> null;
            case LATIN_HYPERCUBE -> Design.permutedLatinHypercube(n, d, root);
            case SOBOL -> Design.shiftedSobol(n, d, root);
        };
    }

    /** The experiment. */
    public ExperimentSpec spec() {
        return spec;
    }

    /** The design points. */
    public List<DesignPoint> points() {
        return points;
    }

    /** The compiled scenario of a design point. */
    public CompiledScenario compiled(int point) {
        return compiled[point];
    }

    /** Number of uncertain inputs. */
    public int inputs() {
        return distributions.length;
    }

    /** The seed of run {@code k}'s own stream (Monte Carlo), or the master seed for joint designs. */
    public long seedOf(long k) {
        return spec.sampling() == Sampling.MONTE_CARLO ? mix(spec.seed() + (k + 1) * GOLDEN_GAMMA) : spec.seed();
    }

    /** Fills {@code values} with run {@code k}'s input values. */
    public void values(long k, double[] values) {
        double[] u;
        if (design == null) {
            // each run's own splittable stream, seeded from the master seed and the run index
            RandomGenerator r = new java.util.SplittableRandom(seedOf(k));
            u = new double[distributions.length];
            for (int i = 0; i < u.length; i++) {
                u[i] = ((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
            }
        } else {
            u = design.row((int) k);
        }
        for (int i = 0; i < distributions.length; i++) {
            values[i] = rounded(i, u[i]);
        }
    }

    /** Input {@code i}'s value at probability {@code u}, rounded to {@link #DECIMALS} places: what a run uses. */
    double rounded(int i, double u) {
        return tabulated[i] != null ? tabulated[i].rounded(u) : round(distributions[i].quantile(u));
    }

    /** Decimal places kept of every sampled value: what the rows record is exactly what the model ran on. */
    public static final int DECIMALS = 6;
    private static final double SCALE = 1e6;

    /** A value rounded to {@link #DECIMALS} places. */
    static double round(double v) {
        return Math.rint(v * SCALE) / SCALE;
    }

    /** The uncertain inputs. */
    public List<UncertainInput> uncertain() {
        return spec.uncertain();
    }

    /** Column names of the input values. */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>();
        for (UncertainInput u : spec.uncertain()) {
            names.add(u.path());
        }
        return names;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
