package org.mandate.analysis.sampling;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Per-row random streams: row {@code k} of a design gets its own L64X128MixRandom generator, seeded from the
 * design's seed and {@code k}, so rows can be generated in any order and on any thread with the same result.
 */
final class RowStreams {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double ULP = 0x1.0p-53;

    private RowStreams() {
    }

    /** Returns the generator of row {@code row} of a design seeded with {@code seed}. */
    static RandomGenerator forRow(long seed, long row) {
        return FACTORY.create(mix(seed + (row + 1) * GOLDEN_GAMMA));
    }

    /** Returns a uniform strictly inside (0, 1): the centre of one of 2^53 equal cells. */
    static double openUniform(RandomGenerator random) {
        return ((random.nextLong() >>> 11) + 0.5) * ULP;
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, which spreads nearby seeds far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
