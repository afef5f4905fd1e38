/**
 * Distributions of uncertain inputs and sampling designs over the unit cube.
 *
 * <p>A {@link org.mandate.analysis.sampling.Design} is a matrix of uniforms, one row per model run and one column
 * per input, readable row by row in any order; a {@link org.mandate.analysis.sampling.Distribution} maps a
 * uniform to an input value through its inverse cumulative distribution function; an
 * {@link org.mandate.analysis.sampling.InputSpace} names the inputs and maps whole rows. Designs draw their
 * randomness from a {@link java.util.random.RandomGenerator} given to them, once, when built.
 */
package org.mandate.analysis.sampling;
