package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks that the 80-actor reference run stays well under a second (KTAB needs about 100 s). */
class SpeedTest {

    @Test
    void eightyActorReferenceRun_takesUnderASecond() {
        SmpInput input = KtabReference.load("dummyData-a080").read();
        long best = Long.MAX_VALUE;
        for (int repeat = 0; repeat < 3; repeat++) {
            long start = System.nanoTime();
            SmpResult result = SmpModel.run(input, SmpOptions.ktabDefaults());
            best = Math.min(best, System.nanoTime() - start);
            assertThat(result.turns()).isEqualTo(17);
        }
        assertThat(best / 1e9).as("best of 3 runs, seconds").isLessThan(1.0);
    }
}
