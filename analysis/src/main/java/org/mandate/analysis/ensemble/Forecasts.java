package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import org.mandate.analysis.backtest.Forecast;
import java.util.List;
import java.util.SplittableRandom;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Parameters;
import org.mandate.core.engine.RunResult;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Scenario;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.Observation;

/**
 * The model's predicted distributions for a case's observed cells: an ensemble of runs with the inputs jittered as
 * {@link #JITTER} says. Run r of a case draws from the r-th generator split, in run order, from a root seeded by the
 * seed and the case id, so the same case gets the same draws whatever library values it is run with (common random
 * numbers) and whatever else runs beside it.
 */
public final class Forecasts {
    /** How the ensemble forecast jitters the inputs. */
    public static final String JITTER = "every interest weight of every state jittered uniformly by up to 0.15, "
            + "severities by up to 0.1, stated alignments by up to 0.2, local resistance by up to 0.15";

    private Forecasts() {
    }

    /** The forecasts of the case's observed cells, in the order of its {@code observed:} list. */
    public static List<Forecast> of(LoadedScenario loaded, int runs, long seed) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        Scenario sc = loaded.scenario();
        CompiledScenario c = CompiledScenario.compile(sc);
        Engine engine = new Engine(c);
        Parameters base = c.parameters();
        Parameters p = c.parameters();
        RunResult result = new RunResult(c.cellCount());
        long[][][] counts = new long[c.cellCount()][2][5];
        SplittableRandom root = new SplittableRandom(seed ^ sc.id().hashCode());
        Interest[] interests = Interest.values();
        for (int r = 0; r < runs; r++) {
            SplittableRandom g = root.split();
            p.copyFrom(base);
            for (int s = 0; s < c.stateCount(); s++) {
                for (Interest i : interests) {
                    double lo = i == Interest.HUMAN_DIMENSION ? -1 : 0;
                    p.interest(s, i, clamp(base.interest(s, i) + g.nextDouble(-0.15, 0.15), lo, 1));
                }
            }
            for (int e = 0; e < sc.episodes().size(); e++) {
                p.severity(e, clamp(base.severity(e) + g.nextDouble(-0.1, 0.1), 0, 1));
                for (int s = 0; s < c.stateCount(); s++) {
                    if (base.alignment(e, s) != 0) {
                        p.alignment(e, s, clamp(base.alignment(e, s) + g.nextDouble(-0.2, 0.2), -1, 1));
                    }
                }
            }
            for (int a = 0; a < sc.localActors().size(); a++) {
                p.resistance(a, clamp(base.resistance(a) + g.nextDouble(-0.15, 0.15), 0, 1));
            }
            engine.run(p, result);
            for (int k = 0; k < c.cellCount(); k++) {
                counts[k][0][result.decided(k)]++;
                counts[k][1][result.implemented(k)]++;
            }
        }
        List<Forecast> out = new ArrayList<>();
        for (Observation o : loaded.observed()) {
            for (int k = 0; k < c.cellCount(); k++) {
                if (c.episodeOf(k).equals(o.episode()) && c.organizationOf(k).equals(o.organization())) {
                    double[] dec = new double[5];
                    double[] imp = new double[5];
                    for (int l = 0; l < 5; l++) {
                        dec[l] = (double) counts[k][0][l] / runs;
                        imp[l] = (double) counts[k][1][l] / runs;
                    }
                    normalise(dec);
                    normalise(imp);
                    out.add(new Forecast(sc.id(), o.episode(), o.organization(), dec, imp));
                }
            }
        }
        return out;
    }

    private static void normalise(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int l = 0; l < p.length; l++) {
            p[l] /= sum;
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
