package org.mandate.core.experiment;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.model.Scenario;

/**
 * An experiment: a scenario, the inputs that vary and their distributions, the design factors whose combinations
 * make the design points, the number of runs per design point, the sampling and the master seed.
 *
 * @param id        experiment id
 * @param title     display title
 * @param scenario  the scenario it varies
 * @param runs      runs per design point
 * @param seed      the master seed
 * @param sampling  the sampling design
 * @param uncertain the uncertain inputs
 * @param factors   the design factors
 * @param outcomes  outcomes of interest (for discovery and sensitivity)
 * @param questions the questions it answers, as text
 */
public record ExperimentSpec(String id, String title, Scenario scenario, long runs, long seed, Sampling sampling,
                             List<UncertainInput> uncertain, List<DesignFactor> factors, List<String> outcomes,
                             List<String> questions) {

    /** Copies collections. */
    public ExperimentSpec {
        uncertain = List.copyOf(uncertain);
        factors = List.copyOf(factors);
        outcomes = List.copyOf(outcomes);
        questions = List.copyOf(questions);
    }

    /** Every design point: the combinations of factor levels, the first factor varying slowest. */
    public List<DesignPoint> designPoints() {
        List<DesignPoint> points = new ArrayList<>();
        int total = 1;
        for (DesignFactor f : factors) {
            total *= f.levels().size();
        }
        for (int i = 0; i < total; i++) {
            List<String> levels = new ArrayList<>();
            int rest = i;
            int stride = total;
            for (DesignFactor f : factors) {
                stride /= f.levels().size();
                levels.add(f.levels().get(rest / stride));
                rest %= stride;
            }
            points.add(new DesignPoint(i, levels));
        }
        return points;
    }

    /** A copy with another number of runs. */
    /** The most runs per design point. */
    public static final long MAX_RUNS = 2_000_000_000L;
    /** The most uncertain inputs under Sobol sampling: the direction numbers' table has this many columns. */
    public static final int MAX_SOBOL_INPUTS = 1000;
    /** The most design points (the product of the factors' level counts). */
    public static final int MAX_DESIGN_POINTS = 1024;

    /**
     * Why an experiment of this sampling, runs and inputs is too large to run, or null when it is not. Monte Carlo
     * and Latin hypercube runs need no memory per run (the hypercube's permutations are computed, not stored);
     * Sobol's table bounds its inputs.
     */
    public static String sizeProblem(Sampling sampling, long runs, int inputs) {
        if (runs < 1 || runs > MAX_RUNS) {
            return "expected runs from 1 to " + MAX_RUNS;
        }
        if (sampling == Sampling.SOBOL && inputs > MAX_SOBOL_INPUTS) {
            return "expected at most " + MAX_SOBOL_INPUTS + " uncertain inputs under sobol sampling, got " + inputs;
        }
        return null;
    }

    /** The experiment with another number of runs per design point. */
    public ExperimentSpec withRuns(long newRuns) {
        return new ExperimentSpec(id, title, scenario, newRuns, seed, sampling, uncertain, factors, outcomes,
                questions);
    }
}
