package org.mandate.core.experiment;

import java.util.List;
import java.util.Map;

/**
 * A distribution as written in an experiment file: its kind and parameters. The analysis module turns it into a
 * sampler.
 *
 * @param kind    uniform, triangular, truncatedNormal, beta or choice
 * @param params  numeric parameters by name (min, max, mode, mean, sd, alpha, beta)
 * @param values  the values of a discrete choice
 * @param weights the weights of a discrete choice (empty for equal weights)
 */
public record DistributionSpec(String kind, Map<String, Double> params, List<Double> values, List<Double> weights) {
    /** Copies collections. */
    public DistributionSpec {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        values = List.copyOf(values);
        weights = List.copyOf(weights);
    }

    /** A parameter, or the fallback. */
    public double param(String name, double fallback) {
        return params.getOrDefault(name, fallback);
    }
}
