package org.mandate.analysis.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProbabilisticScoresTest {

    @Test
    void aCertainRightGuess_scoresZero_andACertainWrongOne_scoresTwoOnBrier() {
        assertThat(ProbabilisticScores.brier(ProbabilisticScores.oneHot(2), 2)).isZero();
        assertThat(ProbabilisticScores.brier(ProbabilisticScores.oneHot(0), 2)).isEqualTo(2.0);
        assertThat(ProbabilisticScores.rps(ProbabilisticScores.oneHot(2), 2)).isZero();
    }

    @Test
    void rankedProbabilityScore_countsANearMissAsBetterThanAFarOne() {
        double near = ProbabilisticScores.rps(ProbabilisticScores.oneHot(1), 2);
        double far = ProbabilisticScores.rps(ProbabilisticScores.oneHot(4), 0);
        assertThat(near).isEqualTo(0.25);
        assertThat(far).isEqualTo(1.0);
        // the Brier score cannot tell them apart
        assertThat(ProbabilisticScores.brier(ProbabilisticScores.oneHot(1), 2))
                .isEqualTo(ProbabilisticScores.brier(ProbabilisticScores.oneHot(4), 0));
    }

    @Test
    void aSpreadForecast_scoresByHand() {
        double[] p = {0.1, 0.2, 0.7, 0, 0};
        assertThat(ProbabilisticScores.brier(p, 2)).isCloseTo(0.01 + 0.04 + 0.09, within(1e-12));
        // cumulative 0.1, 0.3, 1, 1 against 0, 0, 1, 1
        assertThat(ProbabilisticScores.rps(p, 2)).isCloseTo((0.01 + 0.09) / 4, within(1e-12));
    }

    @Test
    void forecasts_mustBeDistributions() {
        assertThatThrownBy(() -> new Forecast("c", "e", "o", new double[] {0.5, 0.4, 0, 0, 0},
                new double[] {1, 0, 0, 0, 0})).hasMessage("decided probabilities must sum to 1, summed to 0.9");
    }
}
