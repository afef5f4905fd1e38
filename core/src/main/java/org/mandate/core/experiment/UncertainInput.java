package org.mandate.core.experiment;

/**
 * An uncertain input: a path into the scenario and the distribution of its value.
 *
 * @param path         such as {@code states.RUS.interests.costAversion}
 * @param distribution its distribution
 */
public record UncertainInput(String path, DistributionSpec distribution) {
}
