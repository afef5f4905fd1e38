package org.mandate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.bargaining.SmpInput;

/**
 * A generator of random SMP scenarios for benchmarks, following the recipe of the KTAB
 * reference runs with a seeded {@code L64X128MixRandom} in place of Python's generator.
 *
 * <p>For each actor in turn it draws a capability U(1, 100), K positions U(0, 100), a total
 * salience U(20, 95) and K weights U(0.1, 1); each salience is the total split in proportion to
 * the weights; every value is rounded to 2 decimals on the 0..100 scale and then divided by
 * 100 (capabilities are kept as drawn).
 */
public final class SmpScenarios {

    private SmpScenarios() {
    }

    /** Returns a scenario of {@code actors} actors on {@code dimensions} dimensions drawn from {@code seed}. */
    public static SmpInput random(int actors, int dimensions, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        List<String> names = new ArrayList<>(actors);
        double[] capabilities = new double[actors];
        double[][] positions = new double[actors][dimensions];
        double[][] saliences = new double[actors][dimensions];
        for (int i = 0; i < actors; i++) {
            names.add(String.format("A%03d", i + 1));
            capabilities[i] = round2(random.nextDouble(1, 100));
            for (int k = 0; k < dimensions; k++) {
                positions[i][k] = round2(random.nextDouble(0, 100)) / 100;
            }
            double total = random.nextDouble(20, 95);
            double[] weights = new double[dimensions];
            double weightSum = 0;
            for (int k = 0; k < dimensions; k++) {
                weights[k] = random.nextDouble(0.1, 1);
                weightSum += weights[k];
            }
            for (int k = 0; k < dimensions; k++) {
                saliences[i][k] = round2(total * weights[k] / weightSum) / 100;
            }
        }
        List<String> dims = new ArrayList<>(dimensions);
        for (int k = 0; k < dimensions; k++) {
            dims.add("dim" + k);
        }
        return new SmpInput("random-" + actors + "x" + dimensions + "-" + seed, "generated for benchmarks", names,
                dims, capabilities, positions, saliences);
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
