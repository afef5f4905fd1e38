package org.mandate.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.sampling.Distribution;
import org.mandate.core.experiment.DistributionSpec;

/** Turns the distributions written in experiment files into samplers. */
public final class Samplers {
    private Samplers() {
    }

    /** The sampler for a distribution spec. */
    public static Distribution of(DistributionSpec d) {
        return switch (d.kind()) {
            case "uniform" -> Distribution.uniform(d.param("min", 0), d.param("max", 1));
            case "triangular" -> Distribution.triangular(d.param("min", 0), d.param("mode", 0.5), d.param("max", 1));
            case "truncatedNormal" -> Distribution.truncatedNormal(d.param("mean", 0.5), d.param("sd", 0.1),
                    d.param("min", 0), d.param("max", 1));
            case "beta" -> Distribution.beta(d.param("alpha", 1), d.param("beta", 1), d.param("min", 0),
                    d.param("max", 1));
            case "choice" -> {
                List<Double> weights = d.weights();
                if (weights.isEmpty()) {
                    weights = new ArrayList<>();
                    for (int i = 0; i < d.values().size(); i++) {
                        weights.add(1.0);
                    }
                }
                yield Distribution.choice(d.values(), weights);
            }
            default -> throw new IllegalArgumentException("unknown distribution '" + d.kind() + "'");
        };
    }
}
