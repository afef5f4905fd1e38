package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the validation and immutability of {@link SmpInput}. */
class SmpInputTest {

    private static SmpInput input(double[] caps, double[][] positions, double[][] saliences) {
        return SmpInput.of(List.of("A", "B", "C"), caps, positions, saliences);
    }

    private static final double[] CAPS = {1, 2, 3};
    private static final double[][] POS = {{0.1}, {0.5}, {0.9}};
    private static final double[][] SAL = {{0.5}, {0.5}, {0.5}};

    @Test
    void of_givesDefaultScenarioAndDimensionNames() {
        SmpInput input = input(CAPS, POS, SAL);

        assertThat(input.name()).isEqualTo("scenario");
        assertThat(input.dimensionNames()).containsExactly("dim0");
        assertThat(input.actorCount()).isEqualTo(3);
    }

    @Test
    void zeroCapability_isRejectedWithTheActorAndValue() {
        assertThatThrownBy(() -> input(new double[] {1, 0, 3}, POS, SAL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capability of actor 1 (\"B\") must be finite and > 0, got 0.0");
    }

    @Test
    void positionOutsideTheUnitInterval_isRejected() {
        assertThatThrownBy(() -> input(CAPS, new double[][] {{0.1}, {50}, {0.9}}, SAL))
                .hasMessage("position of actor 1 (\"B\") on dimension 0 must be in [0, 1], got 50.0");
    }

    @Test
    void saliencesSummingToZero_areRejected() {
        assertThatThrownBy(() -> input(CAPS, POS, new double[][] {{0.5}, {0.0}, {0.5}}))
                .hasMessage("saliences of actor 1 (\"B\") must sum to more than 0, got [0.0]");
    }

    @Test
    void saliencesSummingAboveOne_areRejected() {
        assertThatThrownBy(() -> SmpInput.of(List.of("A", "B", "C"), CAPS,
                new double[][] {{0.1, 0.1}, {0.5, 0.5}, {0.9, 0.9}},
                new double[][] {{0.5, 0.5}, {0.6, 0.6}, {0.5, 0.5}}))
                .hasMessage("saliences of actor 1 (\"B\") must sum to at most 1, got 1.2 from [0.6, 0.6]");
    }

    @Test
    void rowCountThatDoesNotMatchTheActors_isRejected() {
        assertThatThrownBy(() -> input(new double[] {1, 2}, POS, SAL))
                .hasMessage("capabilities must have one row per actor (3), got 2");
    }

    @Test
    void singleActor_isRejected() {
        assertThatThrownBy(() -> SmpInput.of(List.of("A"), new double[] {1}, new double[][] {{0.5}},
                new double[][] {{0.5}})).hasMessage("a bargaining run needs at least 2 actors, got 1");
    }

    @Test
    void arrays_areCopiedInAndOut() {
        double[][] positions = {{0.1}, {0.5}, {0.9}};
        SmpInput input = input(CAPS, positions, SAL);
        positions[0][0] = 0.7;
        input.positions()[1][0] = 0.7;

        assertThat(input.position(0, 0)).isEqualTo(0.1);
        assertThat(input.position(1, 0)).isEqualTo(0.5);
        assertThat(input).isEqualTo(input(CAPS, POS, SAL));
    }
}
