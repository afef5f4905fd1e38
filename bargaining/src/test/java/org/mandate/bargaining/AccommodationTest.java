package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests the accommodation rules that move ideal points after each turn. */
class AccommodationTest {

    private static final SmpInput INPUT = KtabReference.load("ref-05x1").read();

    @Test
    void identity_keepsIdealsEqualToPositions() {
        SmpResult result = SmpModel.run(INPUT, SmpOptions.ktabDefaults());

        assertThat(result.ideals()).isEqualTo(result.positions());
    }

    @Test
    void identityMatrix_givesExactlyTheIdentityRun() {
        double[][] identity = new double[5][5];
        for (int i = 0; i < 5; i++) {
            identity[i][i] = 1;
        }
        SmpResult matrix = SmpModel.run(INPUT, SmpOptions.ktabDefaults().withAccommodation(
                Accommodation.matrix(identity)));

        assertThat(matrix.positions()).isEqualTo(SmpModel.run(INPUT, SmpOptions.ktabDefaults()).positions());
    }

    @Test
    void zeroRate_keepsIdealsAtTheInitialPositions() {
        SmpResult result = SmpModel.run(INPUT, SmpOptions.ktabDefaults().withAccommodation(Accommodation.diagonal(0)));

        for (int s = 0; s < result.states(); s++) {
            for (int i = 0; i < 5; i++) {
                assertThat(result.ideal(s, i, 0)).isEqualTo(result.position(0, i, 0));
            }
        }
    }

    @Test
    void halfRate_movesIdealsHalfWayToTheNewPosition() {
        SmpResult result = SmpModel.run(INPUT,
                SmpOptions.ktabDefaults().withAccommodation(Accommodation.diagonal(0.5)));

        for (int i = 0; i < 5; i++) {
            double expected = (result.position(1, i, 0) + result.position(0, i, 0)) / 2;
            assertThat(result.ideal(1, i, 0)).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void matrixRowsSummingAboveOne_areClippedSoOldIdealsDropOut() {
        double[][] weights = new double[5][5];
        for (int i = 0; i < 5; i++) {
            weights[i][0] = 1;
            weights[i][1] = 1;
        }
        SmpResult result = SmpModel.run(INPUT,
                SmpOptions.ktabDefaults().withAccommodation(Accommodation.matrix(weights)).withMaxTurns(1));

        double expected = result.position(1, 0, 0) + result.position(1, 1, 0);
        assertThat(result.ideal(1, 3, 0)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void matrixOfTheWrongSize_isRejected() {
        SmpOptions options = SmpOptions.ktabDefaults().withAccommodation(Accommodation.matrix(new double[3][3]));

        assertThatThrownBy(() -> SmpModel.run(INPUT, options)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the accommodation matrix must be 5 x 5 (one row per actor), got 3 x 3");
    }

    @Test
    void invalidRateAndWeights_areRejectedWithTheValue() {
        assertThatThrownBy(() -> Accommodation.diagonal(1.5))
                .hasMessage("accommodation rate must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> Accommodation.matrix(new double[][] {{1, -1}, {0, 1}}))
                .hasMessage("accommodation weight [0][1] must be finite and >= 0, got -1.0");
        assertThatThrownBy(() -> Accommodation.matrix(new double[][] {{1, 0}, {0}}))
                .hasMessage("accommodation matrix must be square: row 1 has 1 entries, expected 2");
    }
}
