package org.mandate.analysis.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.mandate.core.calibration.CalibrationSpec;
import org.mandate.core.calibration.FittedParameter;
import org.mandate.core.scenario.Library;
import org.mandate.core.scenario.LibraryOverlay;

/**
 * Fits a calibration's parameters to a set of cases with CMA-ES (Commons Math), derivative-free because the model's
 * levels are steps: the objective is the mean score of the ensemble forecasts per observed level, on common random
 * numbers. The search runs in coordinates scaled to each parameter's bounds, starts at the hand-set values (clamped
 * into the bounds) with a step of 0.3 of the range, and restarts from the best point found, with a smaller step,
 * whenever CMA-ES stops before the budget of evaluations is spent. It returns the best point evaluated, which is never
 * worse than the hand-set start; ties keep the earlier point. CMA-ES draws from a Mersenne Twister seeded by the
 * calibration's seed, so a fit is the same on every run and at any thread count.
 */
final class Calibrator {
    /** Told after every evaluation. */
    interface Listener {
        /** {@code done} of {@code budget} evaluations spent. */
        void evaluated(int done, int budget);
    }

    private Calibrator() {
    }

    /** The hand-set value of each parameter in the library, clamped into its bounds. */
    static double[] start(CalibrationSpec spec, Library library) {
        List<FittedParameter> ps = spec.parameters();
        double[] x = new double[ps.size()];
        for (int i = 0; i < x.length; i++) {
            FittedParameter p = ps.get(i);
            x[i] = Math.max(p.min(), Math.min(p.max(), LibraryOverlay.valueOf(p.path(), library)));
        }
        return x;
    }

    /** Fits the parameters on the cases at {@code train}. */
    static Fit fit(Evaluator evaluator, int[] train, CalibrationSpec spec, Library library, long seed,
                   Listener listener) {
        List<FittedParameter> ps = spec.parameters();
        int d = ps.size();
        boolean log = spec.objective() == CalibrationSpec.Objective.LOG_LIKELIHOOD;
        int budget = spec.evaluations();
        double[] x0 = start(spec, library);
        double[] u0 = new double[d];
        for (int i = 0; i < d; i++) {
            FittedParameter p = ps.get(i);
            u0[i] = (x0[i] - p.min()) / (p.max() - p.min());
        }
        Search search = new Search(evaluator, train, ps, log, budget, listener);
        double handSet = search.value(u0);
        MersenneTwister random = new MersenneTwister(seed);
        double sigma = 0.3;
        double[] lower = new double[d];
        double[] upper = new double[d];
        java.util.Arrays.fill(upper, 1);
        while (search.evaluations < budget) {
            int before = search.evaluations;
            double[] sigmas = new double[d];
            java.util.Arrays.fill(sigmas, sigma);
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                    random, false, null);
            try {
                cmaes.optimize(new MaxEval(budget - search.evaluations), new ObjectiveFunction(search::value),
                        GoalType.MINIMIZE, new InitialGuess(search.best.clone()), new SimpleBounds(lower, upper),
                        new CMAESOptimizer.Sigma(sigmas),
                        new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(d))));
            } catch (TooManyEvaluationsException | Search.Spent e) {
                break;
            }
            if (search.evaluations == before) {
                break;
            }
            sigma = Math.max(0.05, sigma * 0.6);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < d; i++) {
            values.put(ps.get(i).path(), search.toValue(i, search.best[i]));
        }
        return new Fit(values, search.bestValue, handSet, search.evaluations);
    }

    /** The objective in scaled coordinates, keeping the best point seen. */
    private static final class Search {
        /** Thrown when the budget is spent inside CMA-ES. */
        static final class Spent extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Spent() {
                super("budget spent", null, false, false);
            }
        }

        final Evaluator evaluator;
        final int[] train;
        final List<FittedParameter> ps;
        final boolean log;
        final int budget;
        final Listener listener;
        int evaluations;
        double[] best;
        double bestValue = Double.POSITIVE_INFINITY;

        Search(Evaluator evaluator, int[] train, List<FittedParameter> ps, boolean log, int budget,
               Listener listener) {
            this.evaluator = evaluator;
            this.train = train;
            this.ps = ps;
            this.log = log;
            this.budget = budget;
            this.listener = listener;
        }

        double toValue(int i, double u) {
            FittedParameter p = ps.get(i);
            return p.min() + Math.max(0, Math.min(1, u)) * (p.max() - p.min());
        }

        double value(double[] u) {
            if (evaluations >= budget) {
                throw new Spent();
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < u.length; i++) {
                values.put(ps.get(i).path(), toValue(i, u[i]));
            }
            double v = Evaluator.mean(evaluator.score(LibraryOverlay.of("fit", values), train), log);
            evaluations++;
            if (v < bestValue) {
                bestValue = v;
                best = u.clone();
            }
            listener.evaluated(evaluations, budget);
            return v;
        }
    }
}
