package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests the shape and immutability of {@link SmpResult}. */
class SmpResultTest {

    private final SmpResult result = SmpModel.run(KtabReference.load("ref-05x1").read(), SmpOptions.ktabDefaults());

    @Test
    void result_holdsOneStatePerTurnPlusTheInput() {
        assertThat(result.states()).isEqualTo(result.turns() + 1);
        assertThat(result.positions()).hasDimensions(result.states(), 5);
        assertThat(result.probabilities()).hasDimensions(result.states(), 5);
        assertThat(result.changeRatios()).hasSize(result.turns());
        assertThat(result.finalPositions()).isEqualTo(result.positions()[result.turns()]);
    }

    @Test
    void positions_areOnTheKtabScaleFrom0To100() {
        assertThat(result.position(0, 0, 0)).isCloseTo(62.87, within(1e-12));
    }

    @Test
    void accessors_returnCopies() {
        result.positions()[0][0][0] = -1;
        result.probabilities()[0][0] = -1;
        result.changeRatios()[0] = -1;

        assertThat(result.position(0, 0, 0)).isCloseTo(62.87, within(1e-12));
        assertThat(result.probability(0, 0)).isPositive();
        assertThat(result.changeRatio(1)).isPositive();
    }
}
