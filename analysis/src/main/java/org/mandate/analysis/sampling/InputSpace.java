package org.mandate.analysis.sampling;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The ordered list of a model's uncertain inputs, which turns a design row of uniforms into input values.
 *
 * <p>Column {@code j} of a design belongs to input {@code j}. Sensitivity methods work on the unit cube, so a model
 * written on input values enters them through {@link #onUnitCube}.
 *
 * @param inputs the inputs, at least one, with distinct names
 */
public record InputSpace(List<Input> inputs) {
    /** Validates and copies the inputs. */
    public InputSpace {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("input space needs at least one input, was " + inputs);
        }
        inputs = List.copyOf(inputs);
        Set<String> seen = new HashSet<>();
        for (Input input : inputs) {
            if (!seen.add(input.name())) {
                throw new IllegalArgumentException("input names must be distinct, \"" + input.name()
                        + "\" appears twice");
            }
        }
    }

    /** Returns an input space of the given inputs. */
    public static InputSpace of(Input... inputs) {
        return new InputSpace(List.of(inputs));
    }

    /** Returns the number of inputs, the number of columns a design for this space needs. */
    public int dimension() {
        return inputs.size();
    }

    /** Returns the input names in column order. */
    public List<String> names() {
        return inputs.stream().map(Input::name).toList();
    }

    /**
     * Maps a row of uniforms to input values, column by column through each input's distribution.
     *
     * @throws IllegalArgumentException if the row's length is not {@link #dimension()}
     */
    public double[] values(double[] uniforms) {
        if (uniforms.length != inputs.size()) {
            throw new IllegalArgumentException(
                    "row must have " + inputs.size() + " uniforms, had " + uniforms.length);
        }
        double[] values = new double[uniforms.length];
        for (int j = 0; j < values.length; j++) {
            values[j] = inputs.get(j).distribution().quantile(uniforms[j]);
        }
        return values;
    }

    /** Returns {@code model} as a function of a row of uniforms, for the sensitivity methods. */
    public ToDoubleFunction<double[]> onUnitCube(ToDoubleFunction<double[]> model) {
        return uniforms -> model.applyAsDouble(values(uniforms));
    }
}
