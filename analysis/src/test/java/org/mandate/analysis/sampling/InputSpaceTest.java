package org.mandate.analysis.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputSpaceTest {

    private final InputSpace space = InputSpace.of(
            new Input("costAversion[RUS]", Distribution.uniform(0, 2)),
            new Input("decisionRule[SCO]", Distribution.categories(3)));

    @Test
    void values_mapEachColumnThroughItsDistribution() {
        assertThat(space.values(new double[] {0.25, 0.5})).containsExactly(0.5, 1.0);
        assertThat(space.names()).containsExactly("costAversion[RUS]", "decisionRule[SCO]");
    }

    @Test
    void onUnitCube_feedsTheModelValuesNotUniforms() {
        assertThat(space.onUnitCube(values -> values[0] + 10 * values[1]).applyAsDouble(new double[] {0.75, 0.9}))
                .isEqualTo(21.5);
    }

    @Test
    void inputSpace_badInputs_areRejectedWithTheirValues() {
        assertThatThrownBy(() -> space.values(new double[] {0.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row must have 2 uniforms, had 1");
        assertThatThrownBy(() -> InputSpace.of(
                        new Input("a", Distribution.uniform(0, 1)), new Input("a", Distribution.uniform(0, 1))))
                .hasMessage("input names must be distinct, \"a\" appears twice");
        assertThatThrownBy(() -> new Input(" ", Distribution.uniform(0, 1)))
                .hasMessage("input name must not be blank, was \" \"");
    }
}
